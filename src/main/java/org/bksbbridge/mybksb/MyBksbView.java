package org.bksbbridge.mybksb;

import java.util.List;
import org.bksbbridge.results.ResultView;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The caller's own learner records, each with its bksb link and latest results. */
public record MyBksbView(String user, List<Record> records) {

  /** What the record's "bksb" button does; asking bksb for a sign-in link waits for the press. */
  @Schema(name = "MyBksbButton")
  public enum Button {
    /** Asks bksb for a sign-in link for the linked bksb user (the centre's link URL if none). */
    AUTO_LOGIN,
    /** Opens the address the centre set as its link button URL. */
    LINK_URL,
    /** No button: see {@link Record#buttonNote}. */
    NONE
  }

  /**
   * One learner record of the caller's.
   *
   * @param latest the latest result of each subject and type, empty while not linked
   * @param buttonNote why there is no button (null when there is one)
   */
  @Schema(name = "MyBksbRecord")
  public record Record(
      String centreId,
      String centreName,
      String reference,
      String firstName,
      String lastName,
      boolean linked,
      String bksbUsername,
      Button button,
      String buttonNote,
      List<ResultView> latest) {}

  /**
   * Where the button leads now.
   *
   * @param source {@code AUTO_LOGIN} (bksb's sign-in link) or {@code LINK_URL} (the centre's)
   */
  @Schema(name = "LoginLink")
  public record LoginLink(String url, String source) {}
}

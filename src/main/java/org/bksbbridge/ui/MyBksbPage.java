package org.bksbbridge.ui;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.bksbbridge.mybksb.MyBksbService;
import org.bksbbridge.mybksb.MyBksbView;
import org.bksbbridge.refusal.Refusal;
import org.bksbbridge.results.ResultView;

/**
 * The learner's own dashboard: their records' latest results and the "bksb" button. Stateless: a
 * press reads the caller's records again, so a stale page can never open someone else's bksb.
 */
@Named("myBksb")
@RequestScoped
public class MyBksbPage {
  private static final DateTimeFormatter COMPLETED =
      DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.UK);

  @Inject MyBksbService mine;

  private MyBksbView view;
  private String link;

  /** The view action; a caller who is no learner gets the refusal and a 404. */
  public void load() {
    view();
  }

  public MyBksbView getView() {
    return view();
  }

  private MyBksbView view() {
    if (view == null) {
      try {
        view = mine.dashboard();
      } catch (Refusal e) {
        view = new MyBksbView(null, java.util.List.of());
        Messages.refusePage(e);
      }
    }
    return view;
  }

  /**
   * The "bksb" button: asks for the sign-in link now; the page answering the press sends the
   * browser there. Not an HTTP redirect: the Content-Security-Policy's {@code form-action 'self'}
   * makes browsers refuse a form post that redirects to another site, and it stays.
   */
  public void open(String centreId, String reference) {
    try {
      link = mine.loginLink(centreId, reference).url();
      // The link signs the learner in: nothing may keep the page that carries it.
      FacesContext.getCurrentInstance()
          .getExternalContext()
          .setResponseHeader("Cache-Control", "no-store");
    } catch (Refusal e) {
      Messages.show(e);
    }
  }

  /** The sign-in link the last press got, for the page to go to; null before a press. */
  public String getLink() {
    return link;
  }

  public String subject(ResultView r) {
    return switch (r.subject()) {
      case "ENGLISH" -> "English";
      case "MATHS" -> "Maths";
      case "ICT" -> "ICT";
      default -> r.subject();
    };
  }

  public String type(ResultView r) {
    return "INITIAL".equals(r.type()) ? "Initial assessment" : "Diagnostic";
  }

  /** bksb's own result text when no rule knew its level. */
  public String level(ResultView r) {
    return "UNKNOWN".equals(r.level()) ? r.result() : r.levelLabel();
  }

  /** bksb's local time, as it gives it (no zone). */
  public String completed(LocalDateTime at) {
    return at == null ? "" : COMPLETED.format(at);
  }

  public String completedIso(LocalDateTime at) {
    return at == null ? "" : at.toString();
  }
}

package org.bksbbridge.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.bksbbridge.access.CentreAccess;
import org.bksbbridge.access.Command;
import org.bksbbridge.access.Effective;
import org.bksbbridge.centre.CentreService;
import org.bksbbridge.centre.CentreView;
import org.bksbbridge.refusal.Refusal;

/**
 * Reads a centre's outbox. For those who create the centre's bksb accounts ("Create BKSB User"):
 * the emails are theirs, and they show learners' addresses and bksb user names.
 */
@ApplicationScoped
public class OutboxService {
  public static final Command COMMAND = Command.CREATE_BKSB_USER;
  static final int MAX_SIZE = 100;
  static final int MAX_PAGE = 10_000;

  @Inject CentreAccess access;
  @Inject CentreService centres;
  @Inject Outbox outbox;
  @Inject MailSessions sessions;

  public OutboxView.Page list(String centreId, Integer page, Integer size) {
    access.require(COMMAND, centreId);
    centres.require(centreId);
    int p = page == null ? 1 : page;
    int s = size == null ? 20 : size;
    if (p < 1 || p > MAX_PAGE) {
      throw Refusal.invalid("page", "must be between 1 and " + MAX_PAGE);
    }
    if (s < 1 || s > MAX_SIZE) {
      throw Refusal.invalid("size", "must be between 1 and " + MAX_SIZE);
    }
    List<OutboxView> items =
        outbox.page(centreId, (p - 1) * s, s).stream().map(OutboxView::of).toList();
    return new OutboxView.Page(
        centreId, sessions.configured(), items, p, s, outbox.count(centreId));
  }

  /** The centres whose outbox the caller may read. */
  public List<CentreView> centres() {
    Effective e = access.effective();
    return centres.list().stream().filter(c -> e.may(COMMAND, c.id())).toList();
  }
}

package org.bksbbridge.events;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import org.bksbbridge.access.CentreAccess;
import org.bksbbridge.access.Command;
import org.bksbbridge.refusal.Refusal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A centre's events in commit order, a page at a time after a cursor ("View BKSB Reports"). The
 * cursor is a feed position; a page with fewer events than asked for moves it to the end of the
 * feed, past other centres' events, so a reader that keeps polling never falls behind retention.
 */
@ApplicationScoped
public class EventFeed {
  static final int DEFAULT_LIMIT = 100;
  static final int MAX_LIMIT = 1000;

  @Inject MisEventRepository events;
  @Inject CentreAccess access;

  /** A page, and the cursor to ask after next. */
  @Schema(name = "EventPage")
  public record Page(List<EventView> events, String next) {}

  /**
   * @param after the cursor of the previous page; null: from the oldest event kept
   * @param limit how many at most (1 to 1000; 0 gives only the cursor of the feed's end: take it
   *     before a full resynchronisation)
   */
  @Transactional
  public Page page(String centreId, String after, String limit) {
    access.require(Command.VIEW_BKSB_REPORTS, centreId);
    long from = cursor(after);
    int n = limit(limit);
    EventSequence s = events.sequence();
    if (after != null && from < s.purgedThrough()) {
      throw Refusal.gone(
          "cursor "
              + after
              + " is older than the events kept: resynchronise in full (take the cursor of"
              + " limit=0 first), then follow the feed from that cursor");
    }
    // Read before the page: every position up to it was committed, so the page holds them.
    long end = s.lastGiven();
    if (n == 0) {
      return new Page(List.of(), Long.toString(Math.max(from, end)));
    }
    List<MisEvent> page = events.page(centreId, from, n);
    long last = page.isEmpty() ? from : page.get(page.size() - 1).getPosition();
    long next = page.size() < n ? Math.max(last, end) : last;
    return new Page(page.stream().map(EventView::of).toList(), Long.toString(next));
  }

  private static int limit(String limit) {
    if (limit == null || limit.isBlank()) {
      return DEFAULT_LIMIT;
    }
    try {
      int n = Integer.parseInt(limit.strip());
      if (n >= 0 && n <= MAX_LIMIT) {
        return n;
      }
    } catch (NumberFormatException e) {
      // answered below
    }
    throw Refusal.invalid("limit", "must be a whole number from 0 to " + MAX_LIMIT);
  }

  private static long cursor(String after) {
    if (after == null || after.isBlank()) {
      return 0;
    }
    try {
      long c = Long.parseLong(after.strip());
      if (c >= 0) {
        return c;
      }
    } catch (NumberFormatException e) {
      // answered below
    }
    throw Refusal.invalid("after", "not a cursor of this feed: use the next of a page");
  }
}

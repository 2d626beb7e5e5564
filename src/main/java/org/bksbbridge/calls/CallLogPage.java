package org.bksbbridge.calls;

import java.util.List;

/**
 * A page of a centre's call log, newest first. {@code logging} says whether the centre records
 * calls now ("Log scheduled sync API calls"); calls recorded while it was on stay listed until the
 * retention sweep removes them.
 */
public record CallLogPage(
    String centreId, boolean logging, List<CallView> items, int page, int size, long total) {
  public int pages() {
    return total == 0 ? 1 : (int) Math.min(Integer.MAX_VALUE, (total + size - 1) / size);
  }
}

package org.bksbbridge.calls;

import java.util.List;

/**
 * A page of a centre's call log, newest first. {@code logging} says whether the centre records
 * calls now ("Log scheduled sync API calls"); calls recorded while it was on stay listed until the
 * retention sweep removes them. {@code total} is exact when {@code totalExact}; otherwise at least
 * that many match (totals are counted to 10,000, or to the end of the page asked for).
 */
public record CallLogPage(
    String centreId,
    boolean logging,
    List<CallView> items,
    int page,
    int size,
    long total,
    boolean totalExact) {
  /** Pages counted so far: all of them when the total is exact. */
  public int pages() {
    return total == 0 ? 1 : (int) ((total + size - 1) / size);
  }

  public boolean hasNext() {
    return (long) page * size < total || !totalExact;
  }
}

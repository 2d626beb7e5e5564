package org.bksbbridge.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class IdWindowsTest {
  /** Ids in clusters with long gaps, as centres that imported at different times have them. */
  private final List<Long> ids =
      LongStream.concat(LongStream.rangeClosed(3, 40), LongStream.rangeClosed(10_000, 10_012))
          .boxed()
          .toList();

  private final List<long[]> windows = new ArrayList<>();

  private List<Long> rows(long after, long upTo, int max) {
    windows.add(new long[] {after, upTo});
    return ids.stream().filter(i -> i > after && i <= upTo).limit(max).toList();
  }

  private List<Long> walk(long span, int max) {
    List<Long> seen = new ArrayList<>();
    IdWindows.Page<Long> p = new IdWindows.Page<>(List.of(), 0, true);
    while (p.more()) {
      p = IdWindows.next(p.after(), 10_012, span, max, this::rows, Long::longValue);
      assertTrue(p.more() || p.rows().isEmpty() || p.after() == 10_012);
      seen.addAll(p.rows());
    }
    return seen;
  }

  @Test
  void everyRowOnceInOrderWhateverTheSpanAndPage() {
    for (long span : new long[] {1, 7, 10, 64, 5_000, 100_000}) {
      for (int max : new int[] {1, 5, 10, 100}) {
        windows.clear();
        assertEquals(ids, walk(span, max), "span " + span + ", page " + max);
        for (long[] w : windows) {
          assertTrue(w[1] - w[0] <= span, "a window never spans more than asked");
        }
      }
    }
  }

  @Test
  void emptyWindowsAreSteppedOverAndOnlyTheEndIsEmpty() {
    IdWindows.Page<Long> p = IdWindows.next(40, 10_012, 1_000, 50, this::rows, Long::longValue);
    assertEquals(LongStream.rangeClosed(10_000, 10_012).boxed().toList(), p.rows());
    assertFalse(p.more());
    IdWindows.Page<Long> end =
        IdWindows.next(10_012, 10_012, 1_000, 50, this::rows, Long::longValue);
    assertEquals(List.of(), end.rows());
    assertFalse(end.more());
  }

  @Test
  void aFullPageGoesOnFromItsLastRowNotFromTheWindowsEnd() {
    IdWindows.Page<Long> p = IdWindows.next(0, 10_012, 1_000, 10, this::rows, Long::longValue);
    assertEquals(LongStream.rangeClosed(3, 12).boxed().toList(), p.rows());
    assertEquals(12, p.after());
    assertTrue(p.more());
  }
}

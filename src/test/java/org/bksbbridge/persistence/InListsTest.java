package org.bksbbridge.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashSet;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class InListsTest {
  private static List<Integer> upTo(int n) {
    return IntStream.rangeClosed(1, n).boxed().toList();
  }

  @Test
  void everyValueOnceInListsOfTheFixedLengths() {
    for (int n : new int[] {1, 7, 8, 9, 63, 64, 65, 511, 512, 513, 1500}) {
      List<List<Integer>> lists = InLists.of(upTo(n));
      var seen = new HashSet<Integer>();
      for (List<Integer> l : lists) {
        assertEquals(true, l.size() == 8 || l.size() == 64 || l.size() == 512, n + ": " + l.size());
        seen.addAll(l);
      }
      assertEquals(new HashSet<>(upTo(n)), seen, "n=" + n);
      assertEquals((n + 511) / 512, lists.size(), "n=" + n);
    }
  }

  @Test
  void paddingRepeatsTheLastValue() {
    assertEquals(List.of(List.of(1, 2, 3, 3, 3, 3, 3, 3)), InLists.of(List.of(1, 2, 3)));
  }

  @Test
  void nothingGivesNoList() {
    assertEquals(List.of(), InLists.of(List.of()));
  }
}

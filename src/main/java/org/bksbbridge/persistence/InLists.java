package org.bksbbridge.persistence;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Values cut into IN lists of a few fixed lengths, the last list padded by repeating its last
 * value. The database compiles a statement for each distinct SQL text, and an IN list of n values
 * is n markers: lists of any length made a page of matching compile its queries anew (and made
 * Derby refresh index statistics again). Repeated values change no answer.
 */
public final class InLists {
  /** The lengths a list takes; the longest is the most values one statement carries. */
  static final int[] LENGTHS = {8, 64, 512};

  private InLists() {}

  public static <T> List<List<T>> of(Collection<T> values) {
    List<T> all = new ArrayList<>(values);
    List<List<T>> lists = new ArrayList<>();
    int max = LENGTHS[LENGTHS.length - 1];
    for (int from = 0; from < all.size(); from += max) {
      List<T> list = new ArrayList<>(all.subList(from, Math.min(all.size(), from + max)));
      int length = 0;
      for (int l : LENGTHS) {
        if (l >= list.size()) {
          length = l;
          break;
        }
      }
      T last = list.get(list.size() - 1);
      while (list.size() < length) {
        list.add(last);
      }
      lists.add(list);
    }
    return lists;
  }
}

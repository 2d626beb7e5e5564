package org.bksbbridge.learner;

import java.util.List;

/** One page of a learner listing; {@code page} counts from 1. */
public record LearnerPage(List<LearnerView> items, int page, int size, long total) {
  public int pages() {
    return total == 0 ? 1 : (int) ((total + size - 1) / size);
  }
}

package org.bksbbridge.jobs;

import java.util.List;

/** A page of rows an import skipped, each with its row number and reason. */
public record SkippedRowView(List<Item> items, long total) {
  /** One skipped row. */
  public record Item(long row, String reference, String reason) {}
}

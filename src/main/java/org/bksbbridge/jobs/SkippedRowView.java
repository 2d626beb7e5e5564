package org.bksbbridge.jobs;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A page of rows an import skipped, each with its row number and reason. */
public record SkippedRowView(List<Item> items, long total) {
  /** One skipped row. */
  @Schema(name = "SkippedRow")
  public record Item(long row, String reference, String reason) {}
}

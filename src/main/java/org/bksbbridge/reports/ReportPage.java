package org.bksbbridge.reports;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A page of one section of "BKSB Unmatched", with the filters it answers to; {@code page} counts
 * from 1, {@code total} is every row matching the filters.
 */
@Schema(name = "UnmatchedSectionPage")
public record ReportPage<T>(
    String centreId,
    String section,
    String q,
    String reason,
    List<T> items,
    int page,
    int size,
    long total) {
  public int pages() {
    return total == 0 ? 1 : (int) ((total + size - 1) / size);
  }
}

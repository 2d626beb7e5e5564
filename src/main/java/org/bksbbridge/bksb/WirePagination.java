package org.bksbbridge.bksb;

import jakarta.json.bind.annotation.JsonbProperty;

/** bksb's paging object: {@code { CurrentPage, TotalRecords, RecordsPerPage }}. */
public class WirePagination {
  @JsonbProperty("CurrentPage")
  public int currentPage;

  @JsonbProperty("TotalRecords")
  public long totalRecords;

  @JsonbProperty("RecordsPerPage")
  public int recordsPerPage;

  public WirePagination() {}

  public WirePagination(int currentPage, long totalRecords, int recordsPerPage) {
    this.currentPage = currentPage;
    this.totalRecords = totalRecords;
    this.recordsPerPage = recordsPerPage;
  }

  /** Whether a page after this one exists. */
  public boolean hasNext() {
    return recordsPerPage > 0 && (long) currentPage * recordsPerPage < totalRecords;
  }
}

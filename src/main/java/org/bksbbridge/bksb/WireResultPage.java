package org.bksbbridge.bksb;

import jakarta.json.bind.annotation.JsonbProperty;
import java.util.List;

/**
 * A page of results, newest first. Initial results arrive as {@code InitialAssessmentResults};
 * diagnostics, we assume, as {@code DiagnosticAssessmentResults}.
 */
public class WireResultPage {
  @JsonbProperty("InitialAssessmentResults")
  public List<WireResult> initial;

  @JsonbProperty("DiagnosticAssessmentResults")
  public List<WireResult> diagnostic;

  @JsonbProperty("Pagination")
  public WirePagination pagination;

  /** Whichever list the page carries. */
  public List<WireResult> results() {
    if (initial != null) {
      return initial;
    }
    return diagnostic == null ? List.of() : diagnostic;
  }
}

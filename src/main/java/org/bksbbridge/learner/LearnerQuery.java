package org.bksbbridge.learner;

import java.util.Map;
import org.bksbbridge.refusal.Refusal;

/**
 * A learner search: text matched at the start of reference, names or email (case-insensitive),
 * optional kind and eligibility filters, and a page.
 */
public record LearnerQuery(String text, LearnerKind kind, Boolean eligible, int page, int size) {
  public static final int MAX_SIZE = 500;
  public static final int DEFAULT_SIZE = 50;

  /** Keeps (page - 1) * size well inside an int. */
  public static final int MAX_PAGE = 1_000_000;

  /** Builds a query from request parameters, answering 400 for values out of range. */
  public static LearnerQuery of(
      String text, String kind, String eligible, Integer page, Integer size) {
    LearnerKind k = null;
    if (kind != null && !kind.isBlank()) {
      try {
        k = LearnerKind.valueOf(kind.strip().toUpperCase(java.util.Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw Refusal.invalid("kind", "must be LEARNER or APPLICANT");
      }
    }
    Boolean e = null;
    if (eligible != null && !eligible.isBlank()) {
      if (!eligible.equals("true") && !eligible.equals("false")) {
        throw Refusal.invalid("eligible", "must be true or false");
      }
      e = Boolean.valueOf(eligible);
    }
    int p = page == null ? 1 : page;
    int s = size == null ? DEFAULT_SIZE : size;
    if (p < 1 || p > MAX_PAGE) {
      throw Refusal.invalid("invalid request", Map.of("page", "must be between 1 and " + MAX_PAGE));
    }
    if (s < 1 || s > MAX_SIZE) {
      throw Refusal.invalid("invalid request", Map.of("size", "must be between 1 and " + MAX_SIZE));
    }
    String t = text == null || text.isBlank() ? null : text.strip();
    return new LearnerQuery(t, k, e, p, s);
  }
}

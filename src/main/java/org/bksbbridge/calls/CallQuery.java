package org.bksbbridge.calls;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.bksbbridge.bksb.CallLog;
import org.bksbbridge.bksb.CallPaths;
import org.bksbbridge.refusal.Refusal;

/**
 * The call log's filters and paging as a caller sends them, as text (a page or REST query), checked
 * only after the caller's permission: {@code executionId} a job execution; {@code status} {@code
 * ok} (2xx), {@code failed} (anything else, no answer included), {@code none} (no answer: timeout,
 * refused connection) or one HTTP status; {@code endpoint} a bksb path without ids, such as {@code
 * /users/search} (ids in it are folded, so a path copied from a row works too).
 */
public record CallQuery(
    String executionId, String status, String endpoint, String page, String size) {
  public static final int DEFAULT_SIZE = 50;
  public static final int MAX_SIZE = 200;

  /**
   * How far into a list paging may go: far enough for any real reading, and it bounds what one
   * request makes the database walk. Older calls are found by narrowing the filters.
   */
  public static final int MAX_OFFSET = 100_000;

  private static final int ENDPOINT_MAX = 200;

  /** No filter, the first page. */
  public static CallQuery first() {
    return new CallQuery(null, null, null, null, null);
  }

  /** The checked query, or a refusal naming the problem of every bad field. */
  Checked check(String centreId) {
    Map<String, String> problems = new LinkedHashMap<>();
    Long execution = null;
    if (present(executionId)) {
      execution = number(executionId, 1, Long.MAX_VALUE);
      if (execution == null) {
        problems.put("executionId", "must be a job execution id (a whole number from 1)");
      }
    }
    Boolean ok = null;
    Integer exact = null;
    if (present(status)) {
      switch (status.strip().toLowerCase(Locale.ROOT)) {
        case "ok" -> ok = true;
        case "failed" -> ok = false;
        case "none" -> exact = 0;
        default -> {
          Long n = number(status, 100, 599);
          if (n == null) {
            problems.put(
                "status", "must be ok, failed, none (no answer) or an HTTP status from 100 to 599");
          } else {
            exact = n.intValue();
          }
        }
      }
    }
    String folded = null;
    if (present(endpoint)) {
      if (endpoint.strip().length() > ENDPOINT_MAX) {
        problems.put("endpoint", "must be at most " + ENDPOINT_MAX + " characters");
      } else {
        folded = CallPaths.endpoint(endpoint.strip());
      }
    }
    Long p = present(page) ? number(page, 1, Integer.MAX_VALUE) : Long.valueOf(1);
    if (p == null) {
      problems.put("page", "must be a whole number from 1");
    }
    Long s = present(size) ? number(size, 1, MAX_SIZE) : Long.valueOf(DEFAULT_SIZE);
    if (s == null) {
      problems.put("size", "must be a whole number from 1 to " + MAX_SIZE);
    }
    if (p != null && s != null && (p - 1) * s >= MAX_OFFSET) {
      problems.put(
          "page",
          "goes beyond the newest "
              + MAX_OFFSET
              + " matching calls: narrow the filters (an execution, an endpoint, a status)");
    }
    if (!problems.isEmpty()) {
      throw Refusal.invalid("invalid call log filter", problems);
    }
    return new Checked(
        new CallLog.Filter(centreId, execution, ok, exact, folded), p.intValue(), s.intValue());
  }

  /** What the log is asked for. */
  record Checked(CallLog.Filter filter, int page, int size) {}

  private static boolean present(String s) {
    return s != null && !s.isBlank();
  }

  private static Long number(String s, long min, long max) {
    try {
      long n = Long.parseLong(s.strip());
      return n >= min && n <= max ? n : null;
    } catch (NumberFormatException notANumber) {
      return null;
    }
  }
}

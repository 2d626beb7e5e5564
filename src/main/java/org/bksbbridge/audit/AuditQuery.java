package org.bksbbridge.audit;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.bksbbridge.refusal.Refusal;

/**
 * The audit list's filters as a caller sends them, as text: {@code from} and {@code to} an instant
 * ({@code 2026-12-07T09:30:00Z}) or a day in UTC ({@code 2026-12-07}; {@code to} then includes the
 * whole day), {@code from} inclusive and {@code to} exclusive; {@code action} one {@link
 * AuditAction}; {@code limit} how many of the newest entries (default {@value #DEFAULT_LIMIT}).
 */
public record AuditQuery(String from, String to, String action, String limit) {
  public static final int DEFAULT_LIMIT = 100;
  public static final int MAX_LIMIT = 1000;

  /** The checked filter and limit, or a refusal naming the problem of every bad field. */
  Checked check(String centreId) {
    Map<String, String> problems = new LinkedHashMap<>();
    Instant start = time("from", from, false, problems);
    Instant end = time("to", to, true, problems);
    if (start != null && end != null && !start.isBefore(end)) {
      problems.put("to", "must be later than from");
    }
    AuditAction a = null;
    if (present(action)) {
      try {
        a = AuditAction.valueOf(action.strip().toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException unknown) {
        problems.put("action", "must be one of " + Arrays.toString(AuditAction.values()));
      }
    }
    int n = DEFAULT_LIMIT;
    if (present(limit)) {
      try {
        n = Integer.parseInt(limit.strip());
      } catch (NumberFormatException notANumber) {
        n = 0;
      }
      if (n < 1 || n > MAX_LIMIT) {
        problems.put("limit", "must be a whole number from 1 to " + MAX_LIMIT);
      }
    }
    if (!problems.isEmpty()) {
      throw Refusal.invalid("invalid audit filter", problems);
    }
    return new Checked(new AuditLog.Filter(centreId, start, end, a), n);
  }

  record Checked(AuditLog.Filter filter, int limit) {}

  private static Instant time(String field, String s, boolean end, Map<String, String> problems) {
    if (!present(s)) {
      return null;
    }
    String t = s.strip();
    try {
      if (t.length() == 10) {
        LocalDate day = LocalDate.parse(t);
        return (end ? day.plusDays(1) : day).atStartOfDay(ZoneOffset.UTC).toInstant();
      }
      return Instant.parse(t);
    } catch (DateTimeParseException e) {
      problems.put(field, "must be a day (2026-12-07) or an instant in UTC (2026-12-07T09:30:00Z)");
      return null;
    }
  }

  private static boolean present(String s) {
    return s != null && !s.isBlank();
  }
}

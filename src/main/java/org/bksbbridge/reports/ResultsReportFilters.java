package org.bksbbridge.reports;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.bksbbridge.bksb.Level;
import org.bksbbridge.bksb.ResultType;
import org.bksbbridge.learner.LearnerKind;
import org.bksbbridge.refusal.Refusal;

/** The results report's query parameters, checked; a bad one is a 400 naming it. */
record ResultsReportFilters(
    String subject, ResultType type, Level level, LocalDate from, LocalDate to, LearnerKind kind) {
  static final int MIN_YEAR = 1900;
  static final int MAX_YEAR = 9999;

  static ResultsReportFilters parse(
      String subject, String type, String level, String from, String to) {
    return parse(subject, type, level, from, to, null);
  }

  /**
   * @param kind LEARNER or APPLICANT (either case), or absent for both
   */
  static ResultsReportFilters parse(
      String subject, String type, String level, String from, String to, String kind) {
    Map<String, String> problems = new TreeMap<>();
    ResultType t = ResultType.INITIAL;
    if (present(type)) {
      t = named(ResultType.class, type, "type", problems, ResultType.INITIAL);
    }
    Level l = present(level) ? named(Level.class, level, "level", problems, null) : null;
    LearnerKind k = present(kind) ? named(LearnerKind.class, kind, "kind", problems, null) : null;
    LocalDate f = date(from, "from", problems);
    LocalDate u = date(to, "to", problems);
    if (f != null && u != null && u.isBefore(f)) {
      problems.put("to", "must not be before from");
    }
    if (!problems.isEmpty()) {
      throw Refusal.invalid("invalid report filters", problems);
    }
    String s = present(subject) ? subject.strip().toUpperCase(Locale.ROOT) : null;
    return new ResultsReportFilters(s, t, l, f, u, k);
  }

  ResultsReport.Filters shown() {
    return new ResultsReport.Filters(
        subject,
        type.name(),
        level == null ? null : level.name(),
        from == null ? null : from.toString(),
        to == null ? null : to.toString(),
        kind == null ? null : kind.name());
  }

  private static boolean present(String s) {
    return s != null && !s.isBlank();
  }

  private static <E extends Enum<E>> E named(
      Class<E> type, String value, String field, Map<String, String> problems, E fallback) {
    try {
      return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      problems.put(
          field,
          "must be one of "
              + Arrays.stream(type.getEnumConstants())
                  .map(Enum::name)
                  .collect(Collectors.joining(", ")));
      return fallback;
    }
  }

  private static LocalDate date(String value, String field, Map<String, String> problems) {
    if (!present(value)) {
      return null;
    }
    try {
      LocalDate date = LocalDate.parse(value.strip());
      // ISO dates may carry a sign and nine-digit years, which the database cannot compare.
      if (date.getYear() < MIN_YEAR || date.getYear() > MAX_YEAR) {
        problems.put(field, "must be a date between " + MIN_YEAR + " and " + MAX_YEAR);
        return null;
      }
      return date;
    } catch (DateTimeParseException e) {
      problems.put(field, "must be a date like 2026-09-01");
      return null;
    }
  }
}

package org.bksbbridge.learner;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.bksbbridge.text.EmailAddress;
import org.bksbbridge.text.FreeText;

/**
 * Turns text values (from JSON, CSV or a form) into {@link LearnerFields}, naming every bad field
 * and its problem. One validator for every way in, so an MIS sees the same message everywhere.
 */
public final class LearnerValidator {
  public static final String REFERENCE = "reference";

  /** The learner fields in the order CSV exports list them: {@link LearnerFields}' own. */
  public static final List<String> FIELDS = LearnerFields.NAMES;

  public static final Set<String> FIELD_SET = Set.copyOf(FIELDS);

  /** Every name an input may carry: the reference and the fields. */
  public static final Set<String> ALL_NAMES = allNames();

  // No '/': a reference is one segment of the API's paths.
  private static final Pattern REFERENCE_PATTERN = Pattern.compile("[A-Za-z0-9._-]{1,50}");
  // Deliberately loose: bksb and the MIS decide deliverability; this only catches typing slips.
  // Derby's DATE ends at 9999 (PostgreSQL's much later): a later year passed validation and failed
  // in the database (a 500, or an import failing after its retries). No learner date is before
  // 1900. One range for every field and database, so a file imports alike everywhere.
  private static final LocalDate EARLIEST_DATE = LocalDate.of(1900, 1, 1);
  private static final LocalDate LATEST_DATE = LocalDate.of(9999, 12, 31);

  private LearnerValidator() {}

  /** Thrown with every problem found, keyed by field name. */
  public static class Invalid extends RuntimeException {
    private final Map<String, String> problems;

    public Invalid(Map<String, String> problems) {
      super(describe(problems));
      this.problems = Map.copyOf(problems);
    }

    public Map<String, String> problems() {
      return problems;
    }

    public static String describe(Map<String, String> problems) {
      StringBuilder b = new StringBuilder();
      new TreeMap<>(problems)
          .forEach((k, v) -> b.append(b.isEmpty() ? "" : "; ").append(k).append(' ').append(v));
      return b.toString();
    }
  }

  private static Set<String> allNames() {
    Set<String> s = new java.util.HashSet<>(FIELDS);
    s.add(REFERENCE);
    return Set.copyOf(s);
  }

  public static String referenceProblem(String reference) {
    if (reference == null || reference.isBlank()) {
      return "is required";
    }
    if (!REFERENCE_PATTERN.matcher(reference).matches()) {
      return "must be 1 to 50 letters, digits or . _ -";
    }
    return null;
  }

  /**
   * The problem with a stripped, non-empty text value of at most {@code max}, or null: names by
   * {@link FreeText}'s rule, user names and emails by its stricter rule for identifiers.
   */
  public static String textProblem(String value, int max, boolean identifier) {
    return FreeText.problem(value, max, identifier);
  }

  /**
   * @param values field name to text; absent or blank means "not given"
   * @param today the date "not in the future" is checked against
   */
  public static LearnerFields parse(Map<String, String> values, LocalDate today) {
    Map<String, String> problems = new TreeMap<>();
    for (String name : values.keySet()) {
      if (!FIELD_SET.contains(name) && !REFERENCE.equals(name)) {
        problems.put(name, "unknown field");
      }
    }
    Parser p = new Parser(values, problems);
    LearnerKind kind = p.enumValue("kind", LearnerKind.class, LearnerKind.LEARNER);
    String firstName = p.text("firstName", 100, true);
    String lastName = p.text("lastName", 100, true);
    String email = p.identifier("email", 254);
    if (email != null && !EmailAddress.looksValid(email)) {
      problems.put("email", EmailAddress.PROBLEM);
    }
    boolean emailVerified = p.bool("emailVerified");
    String webUsername = p.identifier("webUsername", 100);
    LocalDate dateOfBirth = p.date("dateOfBirth", today, "today");
    SystemStatus status = p.enumValue("systemStatus", SystemStatus.class, SystemStatus.LIVE);
    LocalDate startDate = p.date("startDate", LATEST_DATE, LATEST_DATE.toString());
    LocalDate endDate = p.date("endDate", LATEST_DATE, LATEST_DATE.toString());
    if (startDate != null && endDate != null && endDate.isBefore(startDate)) {
      problems.put("endDate", "must not be before startDate");
    }
    boolean bksbUser = p.bool("bksbUser");
    String bksbUsername = p.identifier("bksbUsername", 100);
    if (!problems.isEmpty()) {
      throw new Invalid(problems);
    }
    return new LearnerFields(
        kind,
        firstName,
        lastName,
        email == null ? null : email.toLowerCase(Locale.ROOT),
        emailVerified,
        webUsername,
        dateOfBirth,
        status,
        startDate,
        endDate,
        bksbUser,
        bksbUsername);
  }

  /** Reads one field at a time, recording problems instead of stopping at the first. */
  private record Parser(Map<String, String> values, Map<String, String> problems) {
    String raw(String name) {
      String v = values.get(name);
      return v == null || v.isBlank() ? null : v.strip();
    }

    String text(String name, int max, boolean required) {
      return text(name, max, required, false);
    }

    String identifier(String name, int max) {
      return text(name, max, false, true);
    }

    String text(String name, int max, boolean required, boolean identifier) {
      String v = raw(name);
      if (v == null && required) {
        problems.put(name, "is required");
      } else if (v != null) {
        String problem = textProblem(v, max, identifier);
        if (problem != null) {
          problems.put(name, problem);
        }
      }
      return v;
    }

    boolean bool(String name) {
      String v = raw(name);
      if (v == null) {
        return false;
      }
      switch (v.toLowerCase(Locale.ROOT)) {
        case "true", "yes", "y", "1":
          return true;
        case "false", "no", "n", "0":
          return false;
        default:
          problems.put(name, "must be true or false");
          return false;
      }
    }

    /** A date from 1900-01-01 to {@code latest}; null if absent or refused. */
    LocalDate date(String name, LocalDate latest, String latestName) {
      String v = raw(name);
      if (v == null) {
        return null;
      }
      LocalDate d;
      try {
        d = LocalDate.parse(v);
      } catch (DateTimeParseException e) {
        problems.put(name, "must be a date as YYYY-MM-DD");
        return null;
      }
      if (d.isBefore(EARLIEST_DATE) || d.isAfter(latest)) {
        problems.put(name, "must be between " + EARLIEST_DATE + " and " + latestName);
        return null;
      }
      return d;
    }

    <E extends Enum<E>> E enumValue(String name, Class<E> type, E fallback) {
      String v = raw(name);
      if (v == null) {
        return fallback;
      }
      try {
        return Enum.valueOf(type, v.toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        StringBuilder allowed = new StringBuilder();
        for (E c : type.getEnumConstants()) {
          allowed.append(allowed.isEmpty() ? "" : " or ").append(c.name());
        }
        problems.put(name, "must be " + allowed);
        return fallback;
      }
    }
  }
}

package org.bksbbridge.sandbox;

import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.bksbbridge.bksb.ResultType;
import org.bksbbridge.bksb.Subject;
import org.bksbbridge.json.FlatJson;
import org.bksbbridge.refusal.Refusal;

/** Reads and checks the admin API's bodies, naming every bad field. */
final class SandboxRequests {
  private SandboxRequests() {}

  static SandboxGenerator generator(JsonObject body) {
    Fields f = new Fields(body, Set.of("users", "resultsPerUser", "seed"));
    int users = (int) f.number("users", 0, 10_000_000, 300);
    int perUser = (int) f.number("resultsPerUser", 0, SandboxGenerator.SESSIONS_PER_USER - 1, 6);
    long seed = f.number("seed", Long.MIN_VALUE, Long.MAX_VALUE, 42);
    f.done();
    return new SandboxGenerator(seed, users, perUser);
  }

  static SandboxUser user(long userId, JsonObject body) {
    Fields f =
        new Fields(body, Set.of("username", "email", "firstName", "lastName", "dateOfBirth"));
    String username = f.required("username");
    LocalDate dob = f.date("dateOfBirth");
    SandboxUser u =
        new SandboxUser(
            userId,
            username,
            f.text("email"),
            f.required("firstName"),
            f.required("lastName"),
            dob);
    f.done();
    return u;
  }

  static SandboxResult result(long sessionId, JsonObject body) {
    Fields f = new Fields(body, Set.of("type", "subject", "result", "percent", "completed"));
    ResultType type = f.choice("type", ResultType.class);
    Subject subject = f.choice("subject", Subject.class);
    String result = f.required("result");
    Integer percent = f.has("percent") ? (int) f.number("percent", 0, 100, 0) : null;
    LocalDateTime completed = f.dateTime("completed");
    f.done();
    return new SandboxResult(sessionId, type, subject, result, percent, completed);
  }

  static SandboxFaults faults(JsonObject body) {
    Fields f =
        new Fields(
            body,
            Set.of("errorRate", "errorStatus", "latencyMs", "rateLimitPerSecond", "malformedRate"));
    SandboxFaults faults =
        new SandboxFaults(
            f.rate("errorRate"),
            (int) f.number("errorStatus", 400, 599, 503),
            (int) f.number("latencyMs", 0, 60_000, 0),
            (int) f.number("rateLimitPerSecond", 0, 1_000_000, 0),
            f.rate("malformedRate"));
    f.done();
    return faults;
  }

  /** {@code {"closed":true|false}}: whether the hold closes (400 naming the field otherwise). */
  static boolean holdClosed(JsonObject body) {
    Fields f = new Fields(body, Set.of("closed"));
    String v = f.required("closed");
    if (v != null && !v.equals("true") && !v.equals("false")) {
      f.problems.put("closed", "must be true or false");
    }
    f.done();
    return Boolean.parseBoolean(v);
  }

  /** The body's values with the problems found so far; {@link #done} answers 400 if any. */
  private static final class Fields {
    private final Map<String, String> values;
    private final Map<String, String> problems = new TreeMap<>();

    Fields(JsonObject body, Set<String> allowed) {
      if (body == null) {
        throw Refusal.invalid("a JSON object body is required", Map.of());
      }
      values = FlatJson.flatten(body, allowed, problems);
    }

    boolean has(String name) {
      return values.get(name) != null;
    }

    String text(String name) {
      String v = values.get(name);
      return v == null || v.isBlank() ? null : v.strip();
    }

    String required(String name) {
      String v = text(name);
      if (v == null) {
        problems.put(name, "is required");
      }
      return v;
    }

    long number(String name, long min, long max, long fallback) {
      String v = text(name);
      if (v == null) {
        return fallback;
      }
      try {
        long n = Long.parseLong(v);
        if (n >= min && n <= max) {
          return n;
        }
      } catch (NumberFormatException e) {
        // reported below
      }
      problems.put(name, "must be a whole number from " + min + " to " + max);
      return fallback;
    }

    double rate(String name) {
      String v = text(name);
      try {
        double d = v == null ? 0 : Double.parseDouble(v);
        if (d >= 0 && d <= 1) {
          return d;
        }
      } catch (NumberFormatException e) {
        // reported below
      }
      problems.put(name, "must be a number from 0 to 1");
      return 0;
    }

    <E extends Enum<E>> E choice(String name, Class<E> type) {
      String v = required(name);
      try {
        return v == null ? null : Enum.valueOf(type, v.toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        problems.put(name, "must be one of " + java.util.Arrays.toString(type.getEnumConstants()));
        return null;
      }
    }

    LocalDate date(String name) {
      String v = text(name);
      try {
        return v == null ? null : LocalDate.parse(v);
      } catch (DateTimeParseException e) {
        problems.put(name, "must be a date as YYYY-MM-DD");
        return null;
      }
    }

    LocalDateTime dateTime(String name) {
      String v = required(name);
      try {
        return v == null ? null : LocalDateTime.parse(v);
      } catch (DateTimeParseException e) {
        problems.put(name, "must be a local date-time as YYYY-MM-DDTHH:MM:SS");
        return null;
      }
    }

    void done() {
      if (!problems.isEmpty()) {
        throw Refusal.invalid("invalid request", problems);
      }
    }
  }
}

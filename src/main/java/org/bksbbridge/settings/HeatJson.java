package org.bksbbridge.settings;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * Reads the {@code heat} object of a settings PUT into a {@link HeatChange}: switches are true or
 * false, weeks and days whole numbers (their range is the service's rule). Problems are named
 * {@code heat.<rule>}, as the service names its own.
 */
final class HeatJson {
  static final String FIELD = "heat";

  private static final Map<String, BiConsumer<HeatChange.Builder, Boolean>> SWITCHES =
      Map.of(
          "applicants", HeatChange.Builder::applicants,
          "recentStarts", HeatChange.Builder::recentStarts,
          "newAccounts", HeatChange.Builder::newAccounts,
          "recentResults", HeatChange.Builder::recentResults);

  private static final Map<String, BiConsumer<HeatChange.Builder, Integer>> NUMBERS =
      Map.of(
          "recentStartWeeks", HeatChange.Builder::recentStartWeeks,
          "newAccountDays", HeatChange.Builder::newAccountDays,
          "recentResultDays", HeatChange.Builder::recentResultDays);

  private HeatJson() {}

  /**
   * The change the object asks for; a rule with a value of the wrong shape is kept and reported to
   * {@code refuse} with its problem.
   */
  static HeatChange read(JsonObject heat, BiConsumer<String, String> refuse) {
    HeatChange.Builder b = HeatChange.builder();
    heat.forEach(
        (name, v) -> {
          String field = FIELD + "." + name;
          if (SWITCHES.containsKey(name)) {
            if (v == JsonValue.TRUE || v == JsonValue.FALSE) {
              SWITCHES.get(name).accept(b, v == JsonValue.TRUE);
            } else {
              refuse.accept(field, "must be true or false");
            }
          } else if (NUMBERS.containsKey(name)) {
            Integer n = wholeNumber(v);
            if (n == null) {
              refuse.accept(field, "must be a whole number");
            } else {
              NUMBERS.get(name).accept(b, n);
            }
          } else {
            refuse.accept(field, "unknown field");
          }
        });
    return b.build();
  }

  private static Integer wholeNumber(JsonValue v) {
    if (!(v instanceof JsonNumber n) || !n.isIntegral()) {
      return null;
    }
    try {
      return n.bigIntegerValueExact().intValueExact();
    } catch (ArithmeticException e) {
      // Far out of range: still a number, which the service refuses with its range.
      return n.bigIntegerValue().signum() < 0 ? -1 : Integer.MAX_VALUE;
    }
  }
}

package org.bksbbridge.jobs;

import org.bksbbridge.refusal.Refusal;

/** Checks the job parameters a caller may give, naming the field when one is wrong. */
final class JobParameters {
  /** The limit the jobs hold themselves (sync.claims.SyncJobParameters), for a 400 at once. */
  static final int MAX_PARTITIONS = 32;

  private JobParameters() {}

  static String check(String name, String value) {
    switch (name) {
      case "full" -> {
        if (!value.equals("true") && !value.equals("false")) {
          throw Refusal.invalid(name, "must be true or false");
        }
      }
      case "partitions" -> {
        int n;
        try {
          n = Integer.parseInt(value);
        } catch (NumberFormatException e) {
          n = 0;
        }
        if (n < 1 || n > MAX_PARTITIONS) {
          throw Refusal.invalid(name, "must be a whole number from 1 to " + MAX_PARTITIONS);
        }
      }
      default -> {
        if (value.isBlank()) {
          throw Refusal.invalid(name, "must not be blank");
        }
      }
    }
    return value;
  }
}

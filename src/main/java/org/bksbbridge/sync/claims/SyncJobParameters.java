package org.bksbbridge.sync.claims;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.Properties;

/**
 * The sync jobs' parameters as the jobs themselves check them, whoever started them: the API checks
 * the same before starting, but Liberty's batch REST API and batchManager pass anything along.
 */
public final class SyncJobParameters {
  /** More would exceed the bksb client's connection pool and be unkind to bksb. */
  public static final int MAX_PARTITIONS = 32;

  private SyncJobParameters() {}

  /** The first parameter that is wrong, as "name: problem". */
  public static Optional<String> problem(String jobName, Properties params) {
    String centreId = params.getProperty("centreId");
    if (centreId != null && fetchesEveryAccount(jobName, params)) {
      // Its user fetch reads every centre's bksb account: one centre's permission cannot start it.
      return Optional.of(
          "centreId: "
              + jobName
              + " fetches the users of every bksb account; start it without centreId");
    }
    if (jobName.equals(CREATE_USERS)) {
      if (centreId == null) {
        return Optional.of("centreId: " + CREATE_USERS + " creates one centre's accounts; name it");
      }
      String dryRun = params.getProperty("dryRun");
      if (dryRun != null && !dryRun.equals("true") && !dryRun.equals("false")) {
        return Optional.of("dryRun: must be true or false");
      }
    }
    return problem(params);
  }

  /** The job that creates bksb accounts: for one centre only. */
  static final String CREATE_USERS = "bksb-create-users";

  /** bksb-get-users, and bksb-nightly unless incremental, fetch the users of every account. */
  static boolean fetchesEveryAccount(String jobName, Properties params) {
    String since = params.getProperty("since");
    return jobName.equals("bksb-get-users")
        || (jobName.equals("bksb-nightly") && (since == null || since.isEmpty()));
  }

  private static Optional<String> problem(Properties params) {
    for (String name : new String[] {"partitions", "matchPartitions"}) {
      String partitions = params.getProperty(name);
      if (partitions != null && !wholeNumberIn(partitions, 1, MAX_PARTITIONS)) {
        return Optional.of(name + ": must be a whole number from 1 to " + MAX_PARTITIONS);
      }
    }
    String full = params.getProperty("full");
    if (full != null && !full.equals("true") && !full.equals("false")) {
      return Optional.of("full: must be true or false");
    }
    String since = params.getProperty("since");
    if (since != null && !since.isEmpty()) {
      try {
        Instant.parse(since);
      } catch (DateTimeParseException e) {
        return Optional.of("since: must be an ISO instant such as 2026-11-29T02:00:00Z");
      }
    }
    String centreId = params.getProperty("centreId");
    if (centreId != null && centreId.isBlank()) {
      return Optional.of("centreId: must not be blank");
    }
    return Optional.empty();
  }

  private static boolean wholeNumberIn(String value, int min, int max) {
    try {
      int n = Integer.parseInt(value.strip());
      return n >= min && n <= max;
    } catch (NumberFormatException e) {
      return false;
    }
  }
}

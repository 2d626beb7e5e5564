package org.bksbbridge.sync.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class SyncJobParametersTest {
  private static Optional<String> problem(String job, Map<String, String> values) {
    Properties p = new Properties();
    p.putAll(values);
    return SyncJobParameters.problem(job, p);
  }

  @Test
  void aJobThatFetchesEveryAccountTakesNoCentre() {
    String refused =
        "centreId: bksb-get-users fetches the users of every bksb account; start it without"
            + " centreId";
    assertEquals(Optional.of(refused), problem("bksb-get-users", Map.of("centreId", "NORTH")));
    assertEquals(
        Optional.of(refused.replace("bksb-get-users", "bksb-nightly")),
        problem("bksb-nightly", Map.of("centreId", "NORTH")));
    assertEquals(Optional.empty(), problem("bksb-get-users", Map.of()));
  }

  @Test
  void oneCentresJobsTakeItsCentre() {
    assertEquals(Optional.empty(), problem("bksb-match-users", Map.of("centreId", "NORTH")));
    assertEquals(Optional.empty(), problem("bksb-get-assessments", Map.of("centreId", "NORTH")));
    // Incremental: no user fetch, so one centre's run is that centre's.
    assertEquals(
        Optional.empty(),
        problem("bksb-nightly", Map.of("centreId", "NORTH", "since", "2026-11-29T02:00:00Z")));
  }

  @Test
  void creatingAccountsNeedsItsCentreAndATrueOrFalseDryRun() {
    assertEquals(
        Optional.of("centreId: bksb-create-users creates one centre's accounts; name it"),
        problem("bksb-create-users", Map.of("dryRun", "true")));
    assertEquals(
        Optional.of("dryRun: must be true or false"),
        problem("bksb-create-users", Map.of("centreId", "NORTH", "dryRun", "yes")));
    assertEquals(
        Optional.empty(),
        problem("bksb-create-users", Map.of("centreId", "NORTH", "dryRun", "false")));
  }

  @Test
  void otherParametersAreStillChecked() {
    assertEquals(
        Optional.of("partitions: must be a whole number from 1 to 32"),
        problem("bksb-get-assessments", Map.of("partitions", "none")));
  }
}

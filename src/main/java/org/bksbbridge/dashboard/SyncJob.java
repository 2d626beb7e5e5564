package org.bksbbridge.dashboard;

import java.util.Arrays;
import java.util.List;

/** The sync jobs an overview reports on, in the order they run each night, with their names. */
public enum SyncJob {
  GET_USERS("bksb-get-users", "Get BKSB Users"),
  MATCH_USERS("bksb-match-users", "Match BKSB Users"),
  GET_ASSESSMENTS("bksb-get-assessments", "Get BKSB Assessments"),
  NIGHTLY("bksb-nightly", "Nightly sync (all three)");

  /** The jobs that download results: their last full run dates a centre's results. */
  static final List<String> RESULT_DOWNLOADS = List.of(GET_ASSESSMENTS.jobName, NIGHTLY.jobName);

  private final String jobName;
  private final String label;

  SyncJob(String jobName, String label) {
    this.jobName = jobName;
    this.label = label;
  }

  public String jobName() {
    return jobName;
  }

  public String label() {
    return label;
  }

  static List<String> jobNames() {
    return Arrays.stream(values()).map(SyncJob::jobName).toList();
  }
}

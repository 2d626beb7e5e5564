package org.bksbbridge.jobs;

import java.util.Map;

/**
 * How far a results download has come: learners done (downloaded or skipped) of the learners its
 * run covers. The counters are the sync jobs' own: their partition mapper sets the total when the
 * download step begins, their writer and skip listener add to the others. Over a restart they go on
 * counting in the same job instance, as the download goes on from its checkpoint.
 */
public record JobProgress(long done, long total) {
  /** Learners whose results were downloaded (counter of the results writer). */
  public static final String DONE = "learners";

  /** Learners skipped, with their reason among the skipped records. */
  public static final String SKIPPED = "learnersSkipped";

  /** Learners the download covers, set when its step begins. */
  public static final String TOTAL = "learnersTotal";

  /**
   * Learners done when the step began (in this execution): above zero after a restart, whose counts
   * go on from the earlier executions'. The rate so far counts from here.
   */
  public static final String AT_START = "learnersAtStart";

  /** Null while there is no total: not a results download, or before its step began. */
  public static JobProgress of(Map<String, Long> counters) {
    Long total = counters.get(TOTAL);
    if (total == null) {
      return null;
    }
    long done = counters.getOrDefault(DONE, 0L) + counters.getOrDefault(SKIPPED, 0L);
    return new JobProgress(Math.min(done, total), total);
  }

  /**
   * When the step should end at the rate so far: learners done in this execution over the time
   * since the step began. Null before enough are done to judge.
   */
  public java.time.Instant estimatedEnd(
      long doneAtStart, java.time.Instant stepStart, java.time.Instant now) {
    long doneHere = done - doneAtStart;
    if (stepStart == null || doneHere < MIN_DONE || done >= total || !now.isAfter(stepStart)) {
      return null;
    }
    long elapsed = java.time.Duration.between(stepStart, now).toMillis();
    return now.plusMillis(elapsed * (total - done) / doneHere);
  }

  /** When the running step of a results download should end; null when it cannot be judged. */
  static java.time.Instant estimatedEnd(
      java.util.List<JobExecutionView.Step> steps,
      Map<String, Long> totals,
      java.time.Instant now) {
    JobProgress p = of(totals);
    JobExecutionView.Step running =
        steps.stream()
            .filter(s -> "STARTED".equals(s.batchStatus()))
            .reduce((a, b) -> b)
            .orElse(null);
    return p == null || running == null
        ? null
        : p.estimatedEnd(totals.getOrDefault(AT_START, 0L), running.startTime(), now);
  }

  /** Fewer done than this: the start-up (plans, connections) would still weigh on the rate. */
  static final int MIN_DONE = 20;

  /** Whole percent, rounded down: 100 only when every learner is done. */
  public int percent() {
    return total == 0 ? 100 : (int) (done * 100 / total);
  }
}

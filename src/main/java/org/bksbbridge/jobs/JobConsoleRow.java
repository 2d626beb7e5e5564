package org.bksbbridge.jobs;

import java.util.List;
import java.util.Map;

/**
 * One run as the jobs console shows it: the listed run, the counts of its steps, its job's counters
 * and progress (null when it has none), and whether the caller may stop or restart it now.
 */
public record JobConsoleRow(
    JobRunView run,
    List<JobExecutionView.Step> steps,
    Map<String, Long> counters,
    JobProgress progress,
    boolean stoppable,
    boolean restartable) {

  /** A page of rows, newest first, and how many runs match in all. */
  public record Page(List<JobConsoleRow> items, int page, int size, long total) {
    public long pages() {
      return Math.max(1, (total + size - 1) / size);
    }
  }
}

package org.bksbbridge.jobs;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * The one log line a job writes at its end, for ops reading logs (or a log search over the JSON
 * console): which job, where, how it ended, how long it took, and its counts, as {@code key=value}
 * pairs so a search can pick any of them out.
 */
final class JobSummary {
  private JobSummary() {}

  static String line(
      String jobName,
      long executionId,
      long instanceId,
      String centreId,
      String server,
      String batchStatus,
      String exitStatus,
      Duration took,
      List<JobExecutionView.Step> steps,
      Map<String, Long> counters) {
    long read = 0;
    long written = 0;
    long filtered = 0;
    long skipped = 0;
    long rolledBack = 0;
    for (JobExecutionView.Step s : steps) {
      read += s.readCount();
      written += s.writeCount();
      filtered += s.filterCount();
      skipped += s.skipCount();
      rolledBack += s.rollbackCount();
    }
    StringBuilder b =
        new StringBuilder("bksb-bridge job ended: job=")
            .append(jobName)
            .append(" execution=")
            .append(executionId)
            .append(" instance=")
            .append(instanceId)
            .append(" centre=")
            .append(centreId == null ? "all" : centreId)
            .append(" server=")
            .append(server)
            .append(" status=")
            .append(batchStatus)
            .append(" exitStatus=")
            .append(quoted(exitStatus))
            .append(" seconds=")
            .append(
                took == null
                    ? "?"
                    : String.format(java.util.Locale.ROOT, "%.1f", took.toMillis() / 1000.0))
            .append(" steps=")
            .append(steps.size())
            .append(" read=")
            .append(read)
            .append(" written=")
            .append(written)
            .append(" filtered=")
            .append(filtered)
            .append(" skipped=")
            .append(skipped)
            .append(" rollbacks=")
            .append(rolledBack);
    counters.forEach((name, value) -> b.append(' ').append(name).append('=').append(value));
    return b.toString();
  }

  /** An exit status may hold spaces (a reason): quoted, so the pairs stay readable. */
  private static String quoted(String s) {
    if (s == null) {
      return "\"\"";
    }
    return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"").replace('\n', ' ') + "\"";
  }
}

package org.bksbbridge.jobs;

import java.util.List;
import java.util.Map;

/** The JPQL of {@link JobRuns} that depends on its input: the console's filters. */
final class JobRunQueries {
  private JobRunQueries() {}

  /**
   * The where clause on {@code JobRun r} for the filter and who looks, its parameters put in {@code
   * params}; null when the caller sees no centre (nothing to query).
   */
  static String where(JobRuns.Filter f, JobRuns.Visible v, Map<String, Object> params) {
    StringBuilder where = new StringBuilder(" where 1 = 1");
    if (!v.all()) {
      if (v.centres().isEmpty()) {
        return null;
      }
      where.append(" and r.centreId in :visible");
      params.put("visible", List.copyOf(v.centres()));
    }
    if (f.jobName() != null) {
      where.append(" and r.jobName = :job");
      params.put("job", f.jobName());
    }
    if (f.centreId() != null) {
      where.append(" and r.centreId = :centre");
      params.put("centre", f.centreId());
    }
    if (f.status() != null) {
      where.append(" and r.batchStatus = :status");
      params.put("status", f.status());
    }
    return where.toString();
  }
}

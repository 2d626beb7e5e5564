package org.bksbbridge.jobs;

import java.util.Properties;

/**
 * A feature's check before one of its jobs starts through the API, so a caller hears 400 or 409 at
 * once instead of finding a failed execution later. The jobs check again themselves: this is the
 * courtesy, theirs is the rule.
 */
public interface JobStartCheck {
  /** Throws what the caller should hear; returns when the job may start. */
  void check(String jobName, Properties params);
}

/**
 * Starting, stopping and restarting the application's batch jobs for callers allowed to, as the
 * batch service user (the only non-admin holder of Liberty's batch roles), and reporting on their
 * executions (status, step metrics, counters, skipped rows) in one JSON shape, and to the jobs
 * console page (pages of runs with their counts, progress, what the caller may start, stop and
 * restart), and Liberty's job logs and job history kept for {@code bksb.jobLogs.keepDays} and
 * {@code bksb.jobs.keepDays} (Liberty keeps both for ever).
 */
package org.bksbbridge.jobs;

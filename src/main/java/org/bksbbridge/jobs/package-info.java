/**
 * Starting, stopping and restarting the application's batch jobs for callers allowed to, as the
 * batch service user (the only non-admin holder of Liberty's batch roles), and reporting on their
 * executions (status, step metrics, counters, skipped rows) in one JSON shape.
 */
package org.bksbbridge.jobs;

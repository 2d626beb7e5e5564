/**
 * Starting the application's batch jobs as the calling user and reporting on their executions
 * (status, step metrics, skipped rows) in one JSON shape.
 */
package org.bksbbridge.jobs;

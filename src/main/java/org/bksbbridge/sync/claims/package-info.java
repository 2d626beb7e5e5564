/**
 * One sync job per bksb account at a time, on every server: jobs claim their accounts in the
 * database before they start ({@code SyncJobListener}), API starts ask first ({@code SyncClaims}),
 * and claims of dead executions go stale. Also checks sync jobs' parameters inside the job, so no
 * route around the API (Liberty's batch REST, batchManager) can start what the API refuses.
 */
package org.bksbbridge.sync.claims;

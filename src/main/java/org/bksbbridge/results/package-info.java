/**
 * bksb assessment results as bksb-bridge keeps them: one row per finished assessment session, keyed
 * by (bksb account, session id), with per-topic rows for diagnostics; reading them per learner, and
 * counting a centre's recent ones for the dashboard. Downloading them is the job of {@code
 * sync.assessments}. {@code AssessmentResultRepository} alone queries results and their topics.
 */
package org.bksbbridge.results;

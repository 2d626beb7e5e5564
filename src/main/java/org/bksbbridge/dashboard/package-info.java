/**
 * The centres dashboard: for each centre a caller may see, its licence and integration status,
 * learner and match counts, recent results and the last run of each sync job, gathered from the
 * classes that own those tables with one count query each.
 */
package org.bksbbridge.dashboard;

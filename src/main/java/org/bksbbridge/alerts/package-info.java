/**
 * Alerts: what went wrong for a centre and needs a person (a job failed, the centre's bksb account
 * skipped, a change held for approval, results not downloaded for too long, a login email given up
 * on). An alert stays open on the dashboard until resolved, by the condition clearing or by a
 * person; it is emailed through the outbox to the centre's alert addresses, at most once per centre
 * and kind in the quiet period, with a count of what happened meanwhile. Raised once what it tells
 * of is committed, in a transaction of its own. {@code AlertRepository} alone queries the table.
 */
package org.bksbbridge.alerts;

/**
 * Events for the MIS: each committed change an MIS cares about (a result created or updated, a
 * learner linked or unlinked, a bksb account created or failed, a job's end or held change) is one
 * row written by {@code Events} in the change's own transaction, positioned in commit order by
 * {@code EventSequencer} once committed, and read a page at a time after a cursor through {@code
 * EventFeed} ({@code GET /api/v1/centres/{c}/events}). Kept {@code bksb.events.keepDays}. Features
 * call {@code Events}; {@code events} observes the jobs' CDI events itself, and imports no feature.
 * {@code MisEventRepository} alone queries the tables.
 */
package org.bksbbridge.events;

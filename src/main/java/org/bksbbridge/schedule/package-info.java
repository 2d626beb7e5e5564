/**
 * The sync's schedule: the nightly run and the optional frequent incremental run of {@code
 * bksb-nightly}. Every server ticks once a minute; the schedule and the claims of each run live in
 * the database, so with several servers each run starts once and a change reaches every server.
 */
package org.bksbbridge.schedule;

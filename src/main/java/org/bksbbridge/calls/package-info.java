/**
 * The API call log as people and programs read it: a centre's recorded bksb calls (for centres with
 * "Log scheduled sync API calls" on), filtered by job execution, status and endpoint and paged in
 * the database, for callers with "Run BKSB Jobs" there; and the retention sweep that deletes calls
 * older than {@code bksb.callLog.keepDays}. The calls themselves are recorded by the bksb client
 * into {@link org.bksbbridge.bksb.CallLog}.
 */
package org.bksbbridge.calls;

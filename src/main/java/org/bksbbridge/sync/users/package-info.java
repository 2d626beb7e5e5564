/**
 * "Get BKSB Users": the bksb accounts the enabled centres use (centres with the same API URL and
 * access key share one account, fetched once) and the job {@code bksb-get-users} that copies each
 * account's users. Users gone from bksb are marked, not deleted, and only once a complete listing
 * missed them; an account bksb will not list is skipped and named, the others go on. The failed
 * account mechanism every sync step shares lives here too: {@code AccountFailedException}, {@code
 * AccountFailures} (which accounts failed in the run) and {@code accountSkipListener} (records
 * them).
 */
package org.bksbbridge.sync.users;

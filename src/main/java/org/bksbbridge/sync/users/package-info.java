/**
 * "Get BKSB Users": the bksb accounts the enabled centres use (centres with the same API URL and
 * access key share one account, fetched once) and the job {@code bksb-get-users} that copies each
 * account's users, marking those gone from bksb rather than deleting them.
 */
package org.bksbbridge.sync.users;

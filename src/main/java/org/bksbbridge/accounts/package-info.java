/**
 * Creating learners' bksb accounts: one learner through the API ({@code POST .../bksb/account}), or
 * a centre's eligible learners with the {@code bksb-create-users} job. Never twice: a pending
 * creation is committed before bksb's createUser, and a later try looks the user name up in bksb
 * before creating again. The new user is linked (method CREATED) and, when the centre says so, a
 * login email is queued in the outbox ({@link org.bksbbridge.mail}).
 */
package org.bksbbridge.accounts;

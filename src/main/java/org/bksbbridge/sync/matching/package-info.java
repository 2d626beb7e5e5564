/**
 * "Match BKSB Users": links a centre's eligible, unlinked learners to bksb users of the centre's
 * account by the rules of the seeds (flagged user name, web user name, verified email), never
 * guessing: two candidates, or a bksb user already linked in the centre, leave a learner unlinked.
 * Also linking by hand: the suggestions for an unmatched learner, the search over the account's
 * users a person links from, and the link and unlink themselves.
 */
package org.bksbbridge.sync.matching;

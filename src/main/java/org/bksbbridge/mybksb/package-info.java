/**
 * A learner's own bksb, for the learner: the records whose web username is their sign-in name (in
 * every centre that has one), the latest result per subject, and the sign-in into bksb behind the
 * "bksb" button. No grant is involved: the caller must be a learner and nothing else ({@link
 * org.bksbbridge.access.CentreAccess#requireLearnerOnly}: in the learners' group, in no staff
 * group, holding no grant), and being the record's person is the permission ({@link
 * org.bksbbridge.access.CentreAccess#isSelf}). Each way into bksb handed out is recorded in the
 * audit trail ({@link org.bksbbridge.audit}).
 */
package org.bksbbridge.mybksb;

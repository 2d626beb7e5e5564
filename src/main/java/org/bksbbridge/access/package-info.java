/**
 * Who may do what, in which centre: the commands of the "BKSB API Integration" module, grants of
 * them to user-registry groups or single users (per centre or for all centres), the defaults every
 * new database starts with, and {@link org.bksbbridge.access.CentreAccess}, the one check every
 * service asks before it reads or changes a centre's data; and who counts as a learner, for the
 * learner's own page ({@link org.bksbbridge.access.LearnerOnly}: the learners' group, no staff).
 */
package org.bksbbridge.access;

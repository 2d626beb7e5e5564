/**
 * The synchronisation with bksb: one sub-package per job (users, matching, assessments), the reader
 * base of the jobs that walk learners by id, and the claims that keep to one sync job per bksb
 * account at a time (claims).
 */
package org.bksbbridge.sync;

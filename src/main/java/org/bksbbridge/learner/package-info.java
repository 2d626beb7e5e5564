/**
 * Learners and applicants as the MIS holds them, the rule that decides who is synchronised with
 * bksb, and the REST resource an MIS uses to keep them current.
 */
package org.bksbbridge.learner;

/**
 * Learners and applicants as the MIS holds them, the rule that decides who is synchronised with
 * bksb, and the REST resource an MIS uses to keep them current; listings show each learner's bksb
 * link and latest initial levels (read by name from the sync's tables, which depend on learners).
 */
package org.bksbbridge.learner;

/**
 * Learners and applicants as the MIS holds them, the rule that decides who is synchronised with
 * bksb, and the REST resource an MIS uses to keep them current; listings show each learner's bksb
 * link and latest initial levels (asked of {@code org.bksbbridge.link}, which depends on nothing
 * here). {@code LearnerRepository} alone queries learners (its queries whose shape depends on the
 * input are built in {@code LearnerQueries}), including the results run's linked learners and which
 * are hot by a centre's {@code HeatRules}; {@code LearnerStore} is the upsert built on it. A
 * learner's MIS-held fields are one record, {@code LearnerFields}: the entity stores it, the
 * validator builds it, the view and matching read it.
 */
package org.bksbbridge.learner;

/**
 * Get BKSB Assessments: downloads the initial (and, where a centre asks, diagnostic) results of
 * linked, eligible learners, newest first and incrementally, in the partitioned job {@code
 * bksb-get-assessments} and on demand for one learner; an incremental run ({@code since}) takes the
 * learners linked or changed since and the hot ones of each centre's heat rules, picked in the
 * database by the learners' repository ({@code LearnerRepository.linked}); tags learners on their
 * first initial result in a subject.
 */
package org.bksbbridge.sync.assessments;

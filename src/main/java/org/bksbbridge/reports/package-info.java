/**
 * Reports for centre managers ("View BKSB Reports"). "BKSB Unmatched" (after OneFile's report of
 * that name) lists the eligible learners still without a bksb link, each with the reason and up to
 * three suggestions, and the bksb users of the centre's account linked to no learner of the centre;
 * whole, or one list filtered and paged in the database. "BKSB Results" gives each linked learner's
 * latest result per subject and the cohort's count at each level. Both as JSON or CSV.
 */
package org.bksbbridge.reports;

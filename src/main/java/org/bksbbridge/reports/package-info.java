/**
 * Reports for centre managers. "BKSB Unmatched" (after OneFile's report of that name) lists the
 * eligible learners still without a bksb link, each with the reason and up to three suggestions,
 * and the bksb users of the centre's account linked to no learner of the centre.
 */
package org.bksbbridge.reports;

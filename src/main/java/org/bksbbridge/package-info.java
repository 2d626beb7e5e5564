/**
 * bksb-bridge: brings bksb Live 2 accounts, matches and assessment results into a training
 * provider's learner records. Each sub-package is one capability; start with {@code learner} and
 * {@code centre} for the domain core, {@code imports} for the first batch job.
 */
package org.bksbbridge;

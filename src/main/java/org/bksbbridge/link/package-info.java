/**
 * A learner's link to a bksb user, and the one class that reads and writes links ({@link
 * org.bksbbridge.link.BksbLinkRepository}). Learners, results, matching and the results sync all
 * use links, so they live here, depending on none of them: each imports this package openly instead
 * of naming the link in JPQL of its own.
 */
package org.bksbbridge.link;

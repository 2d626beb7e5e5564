/**
 * The staff audit trail, append-only: who did what to which centre's learner, when, from which
 * client address and through what (the API, a page, an import run). Written in the same transaction
 * as the change it records ({@link org.bksbbridge.audit.AuditService#record}); no entry holds a
 * secret or a sign-in link. Read per centre by those who hold "Manage BKSB Data Protection" there.
 * Today it records the bksb sign-in links issued to learners, changes of a learner's web username,
 * links made and removed by hand, and bksb accounts created.
 */
package org.bksbbridge.audit;

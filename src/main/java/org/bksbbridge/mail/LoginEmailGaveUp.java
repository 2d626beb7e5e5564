package org.bksbbridge.mail;

/**
 * A learner's login email failed for good (every attempt made): a CDI event, fired in the
 * transaction that records it.
 */
public record LoginEmailGaveUp(String centreId, String reference, String reason) {}

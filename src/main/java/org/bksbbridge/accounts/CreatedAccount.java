package org.bksbbridge.accounts;

/**
 * The answer to a creation: the bksb user now linked to the learner. {@code recovered}: an earlier
 * try had made it in bksb and it is linked now instead of made again. {@code loginEmailId} names
 * the queued login email in the outbox (null when the centre does not send login details).
 */
public record CreatedAccount(
    String centreId,
    String reference,
    long bksbUserId,
    String username,
    boolean recovered,
    Long loginEmailId) {}

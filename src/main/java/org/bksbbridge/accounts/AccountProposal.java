package org.bksbbridge.accounts;

import java.util.List;

/**
 * What a creation for the learner would send (for a page to show and let people change before
 * Create), and what would stop it now, checked without calling bksb. {@code pending}: an earlier
 * try may have made the account; Create looks its user name up first.
 */
public record AccountProposal(
    String centreId,
    String reference,
    String firstName,
    String lastName,
    String email,
    String username,
    boolean autoSendLoginDetails,
    boolean autoEnrolCourses,
    boolean pending,
    List<String> problems) {}

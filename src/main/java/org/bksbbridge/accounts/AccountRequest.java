package org.bksbbridge.accounts;

import java.io.Serializable;
import java.time.LocalDate;

/** What is sent to bksb for a learner's new account (the password comes from the centre). */
public record AccountRequest(
    String centreId,
    long learnerId,
    String reference,
    String firstName,
    String lastName,
    String email,
    LocalDate dateOfBirth,
    String username)
    implements Serializable {

  AccountRequest withUsername(String other) {
    return new AccountRequest(
        centreId, learnerId, reference, firstName, lastName, email, dateOfBirth, other);
  }
}

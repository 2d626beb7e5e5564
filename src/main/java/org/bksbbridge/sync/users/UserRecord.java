package org.bksbbridge.sync.users;

import java.time.LocalDate;
import org.bksbbridge.bksb.ResultTranslator;
import org.bksbbridge.bksb.WireUser;

/** A bksb user of one account, as the reader hands it to the writer. */
public record UserRecord(
    long accountId,
    long bksbUserId,
    String username,
    String email,
    String firstName,
    String lastName,
    LocalDate dateOfBirth) {

  static UserRecord of(long accountId, WireUser w) {
    var dob = ResultTranslator.localDateTime(w.dateOfBirth);
    return new UserRecord(
        accountId,
        w.userId,
        w.username,
        w.email == null || w.email.isBlank() ? null : w.email.strip(),
        w.firstName,
        w.lastName,
        dob == null ? null : dob.toLocalDate());
  }
}

package org.bksbbridge.sync.matching;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.bksbbridge.sync.users.AccountDirectory;

/** A centre whose learners are matched, and the bksb account its users come from. */
record CentreAccount(String centreId, long accountId) {
  /** The centres of the enabled accounts (only {@code onlyCentre} when given), by centre id. */
  static List<CentreAccount> enabled(AccountDirectory directory, String onlyCentre) {
    List<CentreAccount> out = new ArrayList<>();
    for (AccountDirectory.Account a : directory.enabledAccounts()) {
      for (String c : a.centreIds()) {
        if (onlyCentre == null || onlyCentre.isBlank() || onlyCentre.equals(c)) {
          out.add(new CentreAccount(c, a.id()));
        }
      }
    }
    out.sort(Comparator.comparing(CentreAccount::centreId));
    return out;
  }
}

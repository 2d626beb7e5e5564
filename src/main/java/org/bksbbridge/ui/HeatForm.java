package org.bksbbridge.ui;

import java.io.Serializable;
import org.bksbbridge.learner.HeatRules;
import org.bksbbridge.settings.HeatChange;

/**
 * The heat rules part of the settings form. Weeks and days are held as typed: text that is not a
 * whole number is sent as -1, so the service refuses it with its own message ("must be a whole
 * number of days from 0 to 365") beside the field, as it does for any number out of range.
 */
public class HeatForm implements Serializable {
  private static final long serialVersionUID = 1L;

  private boolean applicants;
  private boolean recentStarts;
  private String recentStartWeeks;
  private boolean newAccounts;
  private String newAccountDays;
  private boolean recentResults;
  private String recentResultDays;

  static HeatForm of(HeatRules r) {
    HeatForm f = new HeatForm();
    f.applicants = r.applicants();
    f.recentStarts = r.recentStarts();
    f.recentStartWeeks = String.valueOf(r.recentStartWeeks());
    f.newAccounts = r.newAccounts();
    f.newAccountDays = String.valueOf(r.newAccountDays());
    f.recentResults = r.recentResults();
    f.recentResultDays = String.valueOf(r.recentResultDays());
    return f;
  }

  /** The rules that differ from {@code stored}. */
  HeatChange change(HeatRules stored) {
    HeatChange.Builder b = HeatChange.builder();
    if (applicants != stored.applicants()) {
      b.applicants(applicants);
    }
    if (recentStarts != stored.recentStarts()) {
      b.recentStarts(recentStarts);
    }
    if (number(recentStartWeeks) != stored.recentStartWeeks()) {
      b.recentStartWeeks(number(recentStartWeeks));
    }
    if (newAccounts != stored.newAccounts()) {
      b.newAccounts(newAccounts);
    }
    if (number(newAccountDays) != stored.newAccountDays()) {
      b.newAccountDays(number(newAccountDays));
    }
    if (recentResults != stored.recentResults()) {
      b.recentResults(recentResults);
    }
    if (number(recentResultDays) != stored.recentResultDays()) {
      b.recentResultDays(number(recentResultDays));
    }
    return b.build();
  }

  private static int number(String typed) {
    String t = typed == null ? "" : typed.strip();
    if (!t.matches("[0-9]{1,6}")) {
      return -1;
    }
    return Integer.parseInt(t);
  }

  public boolean isApplicants() {
    return applicants;
  }

  public void setApplicants(boolean applicants) {
    this.applicants = applicants;
  }

  public boolean isRecentStarts() {
    return recentStarts;
  }

  public void setRecentStarts(boolean recentStarts) {
    this.recentStarts = recentStarts;
  }

  public String getRecentStartWeeks() {
    return recentStartWeeks;
  }

  public void setRecentStartWeeks(String recentStartWeeks) {
    this.recentStartWeeks = recentStartWeeks;
  }

  public boolean isNewAccounts() {
    return newAccounts;
  }

  public void setNewAccounts(boolean newAccounts) {
    this.newAccounts = newAccounts;
  }

  public String getNewAccountDays() {
    return newAccountDays;
  }

  public void setNewAccountDays(String newAccountDays) {
    this.newAccountDays = newAccountDays;
  }

  public boolean isRecentResults() {
    return recentResults;
  }

  public void setRecentResults(boolean recentResults) {
    this.recentResults = recentResults;
  }

  public String getRecentResultDays() {
    return recentResultDays;
  }

  public void setRecentResultDays(String recentResultDays) {
    this.recentResultDays = recentResultDays;
  }
}

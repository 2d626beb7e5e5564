package org.bksbbridge.settings;

import java.util.Arrays;
import org.bksbbridge.edit.Edit;
import org.bksbbridge.learner.HeatRules;

/**
 * A change to a centre's {@link HeatRules}, rule by rule: each switch or number kept or set (never
 * cleared). The numbers are checked by the service (weeks 0 to 52, days 0 to 365), under the names
 * {@code heat.recentStartWeeks} and so on.
 */
public record HeatChange(
    Edit<Boolean> applicants,
    Edit<Boolean> recentStarts,
    Edit<Integer> recentStartWeeks,
    Edit<Boolean> newAccounts,
    Edit<Integer> newAccountDays,
    Edit<Boolean> recentResults,
    Edit<Integer> recentResultDays) {

  public static final HeatChange KEEP =
      new HeatChange(
          Edit.keep(),
          Edit.keep(),
          Edit.keep(),
          Edit.keep(),
          Edit.keep(),
          Edit.keep(),
          Edit.keep());

  public HeatChange {
    if (Arrays.asList(
            applicants,
            recentStarts,
            recentStartWeeks,
            newAccounts,
            newAccountDays,
            recentResults,
            recentResultDays)
        .stream()
        .anyMatch(e -> e == null || e.kind() == Edit.Kind.CLEAR)) {
      throw new IllegalArgumentException("a heat rule is set or kept, never null or cleared");
    }
  }

  /** Every rule set to {@code r}'s value. */
  public static HeatChange to(HeatRules r) {
    return new HeatChange(
        Edit.to(r.applicants()),
        Edit.to(r.recentStarts()),
        Edit.to(r.recentStartWeeks()),
        Edit.to(r.newAccounts()),
        Edit.to(r.newAccountDays()),
        Edit.to(r.recentResults()),
        Edit.to(r.recentResultDays()));
  }

  /** The rules this change makes of {@code stored}. */
  HeatRules applyTo(HeatRules stored) {
    return new HeatRules(
        applicants.applyTo(stored.applicants()),
        recentStarts.applyTo(stored.recentStarts()),
        recentStartWeeks.applyTo(stored.recentStartWeeks()),
        newAccounts.applyTo(stored.newAccounts()),
        newAccountDays.applyTo(stored.newAccountDays()),
        recentResults.applyTo(stored.recentResults()),
        recentResultDays.applyTo(stored.recentResultDays()));
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Builds a change: a rule not called is kept. */
  public static final class Builder {
    private Edit<Boolean> applicants = Edit.keep();
    private Edit<Boolean> recentStarts = Edit.keep();
    private Edit<Integer> recentStartWeeks = Edit.keep();
    private Edit<Boolean> newAccounts = Edit.keep();
    private Edit<Integer> newAccountDays = Edit.keep();
    private Edit<Boolean> recentResults = Edit.keep();
    private Edit<Integer> recentResultDays = Edit.keep();

    private Builder() {}

    public Builder applicants(boolean on) {
      applicants = Edit.to(on);
      return this;
    }

    public Builder recentStarts(boolean on) {
      recentStarts = Edit.to(on);
      return this;
    }

    public Builder recentStartWeeks(int weeks) {
      recentStartWeeks = Edit.to(weeks);
      return this;
    }

    public Builder newAccounts(boolean on) {
      newAccounts = Edit.to(on);
      return this;
    }

    public Builder newAccountDays(int days) {
      newAccountDays = Edit.to(days);
      return this;
    }

    public Builder recentResults(boolean on) {
      recentResults = Edit.to(on);
      return this;
    }

    public Builder recentResultDays(int days) {
      recentResultDays = Edit.to(days);
      return this;
    }

    public HeatChange build() {
      return new HeatChange(
          applicants,
          recentStarts,
          recentStartWeeks,
          newAccounts,
          newAccountDays,
          recentResults,
          recentResultDays);
    }
  }
}

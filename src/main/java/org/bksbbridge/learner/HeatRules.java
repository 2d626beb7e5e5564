package org.bksbbridge.learner;

/**
 * A centre's heat rules: which learners the frequent incremental run polls every time, because they
 * are the likely ones to have a new result. The rest wait for the nightly run, which polls
 * everyone. Without a change feed from bksb every poll costs calls, so only likely learners are
 * polled often.
 *
 * @param applicants applicants are hot
 * @param recentStarts learners whose start date lies in the last {@code recentStartWeeks} weeks
 *     (today included, future starts not) are hot
 * @param newAccounts learners whose bksb account was created or linked in the last {@code
 *     newAccountDays} days are hot
 * @param recentResults learners with a result completed in the last {@code recentResultDays} days
 *     are hot
 */
public record HeatRules(
    boolean applicants,
    boolean recentStarts,
    int recentStartWeeks,
    boolean newAccounts,
    int newAccountDays,
    boolean recentResults,
    int recentResultDays) {

  public static final HeatRules DEFAULTS = new HeatRules(true, true, 8, true, 14, true, 14);

  /** Nobody is hot: the incremental run polls only learners linked or changed since its start. */
  public static final HeatRules OFF = new HeatRules(false, false, 8, false, 14, false, 14);

  public static final int MAX_WEEKS = 52;
  public static final int MAX_DAYS = 365;

  public boolean any() {
    return applicants || recentStarts || newAccounts || recentResults;
  }
}

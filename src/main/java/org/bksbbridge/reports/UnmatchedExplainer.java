package org.bksbbridge.reports;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import org.bksbbridge.learner.Learner;
import org.bksbbridge.learner.LearnerFields;
import org.bksbbridge.persistence.IdWindows;
import org.bksbbridge.sync.matching.LookAlikes;
import org.bksbbridge.sync.matching.MatchLookups;
import org.bksbbridge.sync.matching.MatchSuggestions;
import org.bksbbridge.sync.matching.RangeMatches;
import org.bksbbridge.sync.users.BksbUser;

/**
 * Says why a learner is unmatched, with the matching job's own look-ups, and suggests up to three
 * look-alike bksb users nobody in the centre is linked to.
 */
@ApplicationScoped
public class UnmatchedExplainer {
  private static final int MAX_SUGGESTIONS = 3;
  private static final int PAGE = 1000;

  @Inject MatchLookups lookups;
  @Inject MatchSuggestions suggestions;

  /** Every eligible, unlinked learner of the centre, explained, in id order. */
  public List<UnmatchedReport.Learner> explainAll(String centreId, long accountId) {
    List<UnmatchedReport.Learner> learners = new ArrayList<>();
    long maxId = lookups.maxLearnerId(centreId);
    IdWindows.Page<Learner> page = new IdWindows.Page<>(List.of(), 0, true);
    while (page.more()) {
      page = lookups.unlinkedEligible(centreId, page.after(), maxId, PAGE);
      for (Learner l : page.rows()) {
        learners.add(explain(centreId, accountId, l));
      }
    }
    return learners;
  }

  public UnmatchedReport.Learner explain(String centreId, long accountId, Learner l) {
    return explain(centreId, accountId, l, null);
  }

  /**
   * As {@link #explain(String, long, Learner)}, taking the email rule's answers from {@code m}
   * (read for a range of learners at once) when it covers the learner.
   */
  public UnmatchedReport.Learner explain(
      String centreId, long accountId, Learner l, RangeMatches m) {
    return explain(centreId, accountId, l, m, null);
  }

  /**
   * As {@link #explain(String, long, Learner, RangeMatches)}, taking the suggestions from
   * look-alikes read for many learners at once when {@code alike} is given.
   */
  public UnmatchedReport.Learner explain(
      String centreId, long accountId, Learner l, RangeMatches m, LookAlikes alike) {
    LearnerFields f = l.fields();
    boolean covered = m != null && f.email() != null && m.covers(centreId, l.getId(), f.email());
    UnmatchedReason reason;
    String detail = null;
    if (f.bksbUser()) {
      String name = f.bksbUsername() != null ? f.bksbUsername() : f.webUsername();
      if (name == null) {
        reason = UnmatchedReason.NO_USERNAME;
      } else {
        reason = candidates(centreId, accountId, lookups.byUsername(accountId, name));
        if (reason == UnmatchedReason.NO_BKSB_USER_WITH_EMAIL) {
          reason = UnmatchedReason.USERNAME_NOT_FOUND;
          detail = name;
        }
      }
    } else if (f.email() == null) {
      reason = UnmatchedReason.NO_EMAIL;
    } else if (!f.emailVerified()) {
      reason = UnmatchedReason.EMAIL_NOT_VERIFIED;
    } else if (covered
        ? m.shared(l.getId())
        : lookups.emailSharedInCentre(centreId, f.email(), l.getId())) {
      reason = UnmatchedReason.AMBIGUOUS;
      detail = "another learner of the centre has this email";
    } else if (covered) {
      List<RangeMatches.User> found = m.users(l.getId());
      reason =
          found.isEmpty()
              ? UnmatchedReason.NO_BKSB_USER_WITH_EMAIL
              : found.size() > 1 || m.linked(found.get(0).bksbUserId())
                  ? UnmatchedReason.AMBIGUOUS
                  : UnmatchedReason.NOT_MATCHED_YET;
      if (found.size() > 1) {
        detail = found.size() + " bksb users have this email";
      }
    } else {
      List<BksbUser> found = lookups.byEmail(accountId, f.email());
      reason = candidates(centreId, accountId, found);
      if (reason == UnmatchedReason.AMBIGUOUS) {
        detail = found.size() > 1 ? found.size() + " bksb users have this email" : null;
      }
    }
    if (reason == UnmatchedReason.AMBIGUOUS && detail == null) {
      detail = "the bksb user is linked to another learner of the centre";
    }
    return new UnmatchedReport.Learner(
        l.getReference(),
        f.firstName(),
        f.lastName(),
        f.email(),
        reason.text(),
        reason.name(),
        detail,
        suggestions(centreId, accountId, f, alike));
  }

  private UnmatchedReason candidates(String centreId, long accountId, List<BksbUser> found) {
    if (found.isEmpty()) {
      return UnmatchedReason.NO_BKSB_USER_WITH_EMAIL;
    }
    if (found.size() > 1
        || lookups.linkedInCentre(centreId, accountId, found.get(0).getBksbUserId())) {
      return UnmatchedReason.AMBIGUOUS;
    }
    return UnmatchedReason.NOT_MATCHED_YET;
  }

  private List<UnmatchedReport.Suggestion> suggestions(
      String centreId, long accountId, LearnerFields f, LookAlikes alike) {
    return (alike == null
            ? suggestions.lookAlikes(centreId, accountId, f, MAX_SUGGESTIONS)
            : MatchSuggestions.lookAlikes(alike, f, MAX_SUGGESTIONS))
        .stream()
            .map(
                s ->
                    new UnmatchedReport.Suggestion(
                        s.user().getBksbUserId(),
                        s.user().getUsername(),
                        s.user().getEmail(),
                        s.why()))
            .toList();
  }
}

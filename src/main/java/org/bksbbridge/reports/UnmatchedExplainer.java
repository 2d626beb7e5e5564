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
import org.bksbbridge.sync.matching.PageMatches;
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

  public UnmatchedReport.Learner explain(String centreId, long accountId, Learner learner) {
    return explain(centreId, accountId, learner, null);
  }

  /**
   * As {@link #explain(String, long, Learner)}, taking the email and user-name rules' answers from
   * {@code m}, read for a page of learners (this one among them) at once.
   */
  public UnmatchedReport.Learner explain(
      String centreId, long accountId, Learner learner, PageMatches m) {
    return explain(centreId, accountId, learner, m, null);
  }

  /**
   * As {@link #explain(String, long, Learner, PageMatches)}, taking the suggestions from
   * look-alikes read for many learners at once when {@code alike} is given.
   */
  public UnmatchedReport.Learner explain(
      String centreId, long accountId, Learner learner, PageMatches m, LookAlikes alike) {
    LearnerFields f = learner.fields();
    UnmatchedReason reason;
    String detail = null;
    if (f.bksbUser()) {
      String name = f.bksbUsername() != null ? f.bksbUsername() : f.webUsername();
      if (name == null || name.isBlank()) {
        reason = UnmatchedReason.NO_USERNAME;
      } else {
        reason =
            candidates(
                m != null ? m.named(name) : users(lookups.byUsername(accountId, name)),
                linked(centreId, accountId, m));
        if (reason == UnmatchedReason.NO_BKSB_USER_WITH_EMAIL) {
          reason = UnmatchedReason.USERNAME_NOT_FOUND;
          detail = name;
        }
      }
    } else if (f.email() == null) {
      reason = UnmatchedReason.NO_EMAIL;
    } else if (!f.emailVerified()) {
      reason = UnmatchedReason.EMAIL_NOT_VERIFIED;
    } else if (m != null
        ? m.shared(f.email(), learner.getId())
        : lookups.emailSharedInCentre(centreId, f.email(), learner.getId())) {
      reason = UnmatchedReason.AMBIGUOUS;
      detail = "another learner of the centre has this email";
    } else {
      List<PageMatches.User> found =
          m != null ? m.withEmail(f.email()) : users(lookups.byEmail(accountId, f.email()));
      reason = candidates(found, linked(centreId, accountId, m));
      if (found.size() > 1) {
        detail = found.size() + " bksb users have this email";
      }
    }
    if (reason == UnmatchedReason.AMBIGUOUS && detail == null) {
      detail = "the bksb user is linked to another learner of the centre";
    }
    return new UnmatchedReport.Learner(
        learner.getReference(),
        f.firstName(),
        f.lastName(),
        f.email(),
        reason.text(),
        reason.name(),
        detail,
        suggestions(centreId, accountId, f, alike));
  }

  private static UnmatchedReason candidates(
      List<PageMatches.User> found, java.util.function.LongPredicate linked) {
    if (found.isEmpty()) {
      return UnmatchedReason.NO_BKSB_USER_WITH_EMAIL;
    }
    if (found.size() > 1 || linked.test(found.get(0).bksbUserId())) {
      return UnmatchedReason.AMBIGUOUS;
    }
    return UnmatchedReason.NOT_MATCHED_YET;
  }

  /** Whether a learner of the centre is linked to a user: from the page's answers, else asked. */
  private java.util.function.LongPredicate linked(String centreId, long accountId, PageMatches m) {
    return m != null ? m::linked : id -> lookups.linkedInCentre(centreId, accountId, id);
  }

  private static List<PageMatches.User> users(List<BksbUser> found) {
    return found.stream()
        .map(u -> new PageMatches.User(u.getBksbUserId(), u.getUsername()))
        .toList();
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

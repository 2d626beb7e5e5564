package org.bksbbridge.reports;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.bksbbridge.learner.Learner;
import org.bksbbridge.learner.LearnerRepository;
import org.bksbbridge.persistence.IdWindows;
import org.bksbbridge.sync.matching.LookAlikes;
import org.bksbbridge.sync.matching.MatchLookups;
import org.bksbbridge.sync.matching.PageMatches;
import org.bksbbridge.sync.users.BksbUser;
import org.bksbbridge.sync.users.BksbUserRepository;

/**
 * The two lists of "BKSB Unmatched", filtered and paged in the database where it can: the text
 * filter and the record's part of a reason always, counting and paging too unless the reason needs
 * the explainer's look-ups (then every candidate is explained, in chunks, and only the page's rows
 * are kept). Walks go by id in chunks, so memory stays bounded at any centre size. The conditions
 * are those of {@code MatchLookups.unlinkedEligible} and {@code unlinkedUsers}.
 */
@ApplicationScoped
public class UnmatchedLists {
  private static final int CHUNK = 500;

  @Inject EntityManager em;
  @Inject Clock clock;
  @Inject UnmatchedExplainer explainer;
  @Inject MatchLookups lookups;
  @Inject BksbUserRepository users;
  @Inject LearnerRepository learners;

  /** A page's rows and how many rows match in all. */
  record Found<T>(List<T> items, long total) {}

  Found<UnmatchedReport.Learner> learners(
      String centreId, long accountId, UnmatchedQuery.Checked q) {
    if (q.reason() == null || q.reason().decidedByRecord()) {
      LocalDate today = LocalDate.now(clock);
      var unmatched = new LearnerRepository.Unmatched(centreId, today, text(q), condition(q));
      long total = learners.countUnmatched(unmatched);
      List<Learner> page =
          learners.unmatched(
              unmatched, null, (int) Math.min(q.offset(), Integer.MAX_VALUE), q.size());
      PageMatches m = pageMatches(centreId, accountId, page);
      return new Found<>(
          page.stream().map(l -> explainer.explain(centreId, accountId, l, m)).toList(), total);
    }
    List<UnmatchedReport.Learner> items = new ArrayList<>();
    long[] total = {0};
    eachLearner(
        centreId,
        accountId,
        q,
        l -> {
          if (total[0] >= q.offset() && items.size() < q.size()) {
            items.add(l);
          }
          total[0]++;
        });
    return new Found<>(items, total[0]);
  }

  /** Every unmatched learner the filters keep, explained, in id order. */
  void eachLearner(
      String centreId,
      long accountId,
      UnmatchedQuery.Checked q,
      Consumer<? super UnmatchedReport.Learner> each) {
    long maxId = lookups.maxLearnerId(centreId);
    IdWindows.Page<Learner> chunk = new IdWindows.Page<>(List.of(), 0, true);
    while (chunk.more()) {
      chunk =
          IdWindows.next(
              chunk.after(),
              maxId,
              2L * CHUNK,
              CHUNK,
              (after, upTo, max) ->
                  learners.unmatched(
                      new LearnerRepository.Unmatched(
                          centreId, LocalDate.now(clock), text(q), condition(q)),
                      new long[] {after, upTo},
                      0,
                      max),
              Learner::getId);
      PageMatches m = pageMatches(centreId, accountId, chunk.rows());
      LookAlikes alike =
          LookAlikes.read(
              lookups, centreId, accountId, chunk.rows().stream().map(Learner::fields).toList());
      for (Learner l : chunk.rows()) {
        UnmatchedReport.Learner explained = explainer.explain(centreId, accountId, l, m, alike);
        if (q.reason() == null || q.reason().name().equals(explained.reasonCode())) {
          each.accept(explained);
        }
      }
    }
  }

  /** The email and user-name rules' answers for these learners. */
  private PageMatches pageMatches(String centreId, long accountId, List<Learner> learners) {
    return PageMatches.read(
        lookups, centreId, accountId, learners.stream().map(Learner::fields).toList());
  }

  Found<UnmatchedReport.BksbUser> users(String centreId, long accountId, UnmatchedQuery.Checked q) {
    String text = text(q);
    long total = users.countUnlinked(centreId, accountId, text);
    List<UnmatchedReport.BksbUser> items =
        users
            .unlinkedPage(
                centreId, accountId, text, (int) Math.min(q.offset(), Integer.MAX_VALUE), q.size())
            .stream()
            .map(UnmatchedLists::shown)
            .toList();
    return new Found<>(items, total);
  }

  /** Every bksb user of the account the filters keep that no learner of the centre has. */
  void eachUser(
      String centreId,
      long accountId,
      UnmatchedQuery.Checked q,
      Consumer<? super UnmatchedReport.BksbUser> each) {
    long after = Long.MIN_VALUE;
    List<BksbUser> chunk;
    do {
      chunk = users.unlinkedAfter(centreId, accountId, text(q), after, CHUNK);
      for (BksbUser u : chunk) {
        each.accept(shown(u));
        after = u.getBksbUserId();
      }
    } while (chunk.size() == CHUNK);
  }

  static UnmatchedReport.BksbUser shown(BksbUser u) {
    return new UnmatchedReport.BksbUser(
        u.getBksbUserId(),
        u.getUsername(),
        u.getEmail(),
        u.getFirstName(),
        u.getLastName(),
        u.getDateOfBirth());
  }

  /** The search text as a LIKE pattern, if any. */
  private static String text(UnmatchedQuery.Checked q) {
    return q.text() == null ? null : contains(q.text());
  }

  /** The reason's condition on the learner's own record, if any. */
  private static String condition(UnmatchedQuery.Checked q) {
    return q.reason() == null ? null : q.reason().recordCondition();
  }

  /** '!' escapes: Derby has no default escape character, PostgreSQL's is '\'. */
  private static String contains(String lowerText) {
    return "%" + lowerText.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
  }
}

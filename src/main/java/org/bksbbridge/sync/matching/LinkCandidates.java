package org.bksbbridge.sync.matching;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.bksbbridge.access.CentreAccess;
import org.bksbbridge.access.Command;
import org.bksbbridge.learner.Learner;
import org.bksbbridge.learner.LearnerService;
import org.bksbbridge.link.BksbLinkRepository;
import org.bksbbridge.sync.users.BksbUser;
import org.bksbbridge.sync.users.BksbUserRepository;

/**
 * Who a learner could be linked to: the users of the centre's bksb account, a bounded page at a
 * time. The matcher's suggestions for the learner come first, then users no learner of the centre
 * is linked to, then those linked to another learner (who cannot be taken without unlinking them
 * there). A query narrows all three to users whose user name, email, first or last name starts with
 * it, or whose bksb id it is.
 */
@ApplicationScoped
public class LinkCandidates {
  public static final int MAX_LIMIT = 200;
  private static final int MAX_SUGGESTIONS = 5;

  @Inject EntityManager em;
  @Inject CentreAccess access;
  @Inject LearnerService learners;
  @Inject LinkService links;
  @Inject BksbLinkRepository linkRepository;
  @Inject BksbUserRepository userRepository;
  @Inject MatchSuggestions suggestions;

  /**
   * A bksb user as the link search shows it.
   *
   * @param suggested why the matcher suggests it for this learner, or null
   * @param linkedTo the reference of the centre's learner it is linked to, or null
   */
  public record Candidate(
      long bksbUserId,
      String username,
      String email,
      String firstName,
      String lastName,
      LocalDate dateOfBirth,
      String suggested,
      String linkedTo) {}

  /** Up to {@code limit} candidates (suggestions on top of that); more: the query found more. */
  public record Page(List<Candidate> items, boolean more) {}

  @Transactional
  public Page find(String centreId, String reference, String query, int limit) {
    access.require(Command.LINK_BKSB_USERS, centreId);
    Learner learner = em.find(Learner.class, learners.idOf(centreId, reference));
    long accountId = links.accountOf(centreId).id();
    int max = Math.max(1, Math.min(limit, MAX_LIMIT));
    String q = query == null || query.isBlank() ? null : query.strip().toLowerCase(Locale.ROOT);
    Map<Long, Candidate> out = new LinkedHashMap<>();
    for (MatchSuggestions.Suggested s :
        suggestions.forLearner(centreId, accountId, learner.fields(), MAX_SUGGESTIONS)) {
      if (q == null || matches(s.user(), q)) {
        out.put(s.user().getBksbUserId(), candidate(s.user(), s.why(), null));
      }
    }
    List<BksbUser> free = users(centreId, accountId, q, false, max + 1);
    boolean more = free.size() > max;
    free.stream()
        .limit(max)
        .forEach(u -> out.putIfAbsent(u.getBksbUserId(), candidate(u, null, null)));
    int room = max - Math.min(free.size(), max);
    if (room > 0) {
      List<BksbUser> taken = users(centreId, accountId, q, true, room + 1);
      more = taken.size() > room;
      Map<Long, String> owners =
          owners(centreId, accountId, taken.subList(0, Math.min(room, taken.size())));
      taken.stream()
          .limit(room)
          .forEach(
              u ->
                  out.putIfAbsent(
                      u.getBksbUserId(), candidate(u, null, owners.get(u.getBksbUserId()))));
    }
    return new Page(List.copyOf(out.values()), more);
  }

  private List<BksbUser> users(String centreId, long accountId, String q, boolean linked, int max) {
    return userRepository.search(
        centreId, accountId, q, q == null ? null : escapeLike(q) + "%", linked, max);
  }

  /** The learner each of these users is linked to in the centre, by reference; one query. */
  private Map<Long, String> owners(String centreId, long accountId, List<BksbUser> users) {
    Map<Long, String> out = new HashMap<>();
    if (users.isEmpty()) {
      return out;
    }
    List<Long> ids = new ArrayList<>();
    users.forEach(u -> ids.add(u.getBksbUserId()));
    return linkRepository.owners(centreId, accountId, ids);
  }

  /** The query's rule, for suggestions found by other means. */
  private static boolean matches(BksbUser u, String q) {
    return starts(u.getUsername(), q)
        || starts(u.getEmail(), q)
        || starts(BksbUser.nameKey(u.getFirstName(), u.getLastName()), q)
        || starts(u.getLastName(), q)
        || String.valueOf(u.getBksbUserId()).equals(q);
  }

  private static boolean starts(String value, String q) {
    return value != null && value.strip().toLowerCase(Locale.ROOT).startsWith(q);
  }

  private static Candidate candidate(BksbUser u, String why, String linkedTo) {
    return new Candidate(
        u.getBksbUserId(),
        u.getUsername(),
        u.getEmail(),
        u.getFirstName(),
        u.getLastName(),
        u.getDateOfBirth(),
        why,
        linkedTo);
  }

  private static String escapeLike(String s) {
    // '!' rather than backslash: Derby has no default escape character, PostgreSQL's is '\'.
    return s.replace("!", "!!").replace("%", "!%").replace("_", "!_");
  }
}

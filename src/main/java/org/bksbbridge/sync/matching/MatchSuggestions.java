package org.bksbbridge.sync.matching;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bksbbridge.learner.LearnerFields;
import org.bksbbridge.sync.users.BksbUser;

/**
 * Who a learner's bksb user might be, when the matching rules did not prove it: the users the rules
 * would take (by user name or email, even unverified), then look-alikes (the loose email, or the
 * same name and date of birth). Only users no learner of the centre is linked to. The Unmatched
 * report and the learner page's link search both ask here.
 */
@ApplicationScoped
public class MatchSuggestions {
  public static final String SAME_EMAIL_LOOSELY = "same email ignoring case, dots and +tags";
  public static final String SAME_PERSON = "same name and date of birth";

  @Inject MatchLookups lookups;

  /** A user and why it is suggested. */
  public record Suggested(BksbUser user, String why) {}

  /** Look-alikes only, as the report suggests them. */
  public List<Suggested> lookAlikes(String centreId, long accountId, LearnerFields f, int max) {
    Map<Long, Suggested> out = new LinkedHashMap<>();
    addLookAlikes(out, centreId, accountId, f, max);
    return List.copyOf(out.values());
  }

  /** As {@link #lookAlikes(String, long, LearnerFields, int)}, from look-alikes read at once. */
  public static List<Suggested> lookAlikes(LookAlikes read, LearnerFields f, int max) {
    Map<Long, Suggested> out = new LinkedHashMap<>();
    for (BksbUser u : read.of(f)) {
      if (out.size() < max
          && !out.containsKey(u.getBksbUserId())
          && !read.linked(u.getBksbUserId())) {
        out.put(u.getBksbUserId(), new Suggested(u, why(u, f)));
      }
    }
    return List.copyOf(out.values());
  }

  private static String why(BksbUser u, LearnerFields f) {
    boolean sameEmail =
        f.email() != null && BksbUser.loose(f.email()).equals(BksbUser.loose(u.getEmail()));
    return sameEmail ? SAME_EMAIL_LOOSELY : SAME_PERSON;
  }

  /** What the rules would take first, then look-alikes. */
  public List<Suggested> forLearner(String centreId, long accountId, LearnerFields f, int max) {
    Map<Long, Suggested> out = new LinkedHashMap<>();
    if (f.bksbUsername() != null) {
      add(
          out,
          centreId,
          accountId,
          lookups.byUsername(accountId, f.bksbUsername()),
          max,
          "bksb user name as the learner's record gives it");
    }
    if (f.webUsername() != null) {
      add(
          out,
          centreId,
          accountId,
          lookups.byUsername(accountId, f.webUsername()),
          max,
          "bksb user name equals the learner's web user name");
    }
    if (f.email() != null) {
      add(
          out,
          centreId,
          accountId,
          lookups.byEmail(accountId, f.email()),
          max,
          f.emailVerified() ? "same email" : "same email (not verified by the MIS)");
    }
    addLookAlikes(out, centreId, accountId, f, max);
    return List.copyOf(out.values());
  }

  private void addLookAlikes(
      Map<Long, Suggested> out, String centreId, long accountId, LearnerFields f, int max) {
    List<BksbUser> found =
        lookups.lookAlikes(accountId, f.email(), f.firstName(), f.lastName(), f.dateOfBirth());
    for (BksbUser u : found) {
      add(out, centreId, accountId, List.of(u), max, why(u, f));
    }
  }

  private void add(
      Map<Long, Suggested> out,
      String centreId,
      long accountId,
      List<BksbUser> users,
      int max,
      String why) {
    for (BksbUser u : new ArrayList<>(users)) {
      if (out.size() < max
          && !out.containsKey(u.getBksbUserId())
          && !lookups.linkedInCentre(centreId, accountId, u.getBksbUserId())) {
        out.put(u.getBksbUserId(), new Suggested(u, why));
      }
    }
  }
}

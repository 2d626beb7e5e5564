package org.bksbbridge.sync.matching;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.bksbbridge.learner.LearnerFields;
import org.bksbbridge.sync.users.BksbUser;

/**
 * The look-alikes of many learners, read in a few queries (users by loose email and by name, in IN
 * lists) instead of two look-ups and a link check per learner: what the Unmatched report needs to
 * suggest users for a chunk of learners. {@link #of} answers as {@link MatchLookups#lookAlikes}
 * would for one learner, and {@link #linked} as {@link MatchLookups#linkedInCentre}.
 */
public final class LookAlikes {
  private final Map<String, List<BksbUser>> byLoose = new HashMap<>();
  private final Map<String, List<BksbUser>> byName = new HashMap<>();
  private final Set<Long> linked;

  private LookAlikes(List<BksbUser> loose, List<BksbUser> named, Set<Long> linked) {
    loose.forEach(
        u -> byLoose.computeIfAbsent(BksbUser.loose(u.getEmail()), k -> new ArrayList<>()).add(u));
    named.forEach(
        u ->
            byName
                .computeIfAbsent(
                    BksbUser.nameKey(u.getFirstName(), u.getLastName()), k -> new ArrayList<>())
                .add(u));
    // In bksb user id order, as the look-ups one at a time give them.
    byLoose.values().forEach(l -> l.sort(Comparator.comparingLong(BksbUser::getBksbUserId)));
    byName.values().forEach(l -> l.sort(Comparator.comparingLong(BksbUser::getBksbUserId)));
    this.linked = linked;
  }

  /** Reads the look-alikes of these learners of the centre. */
  public static LookAlikes read(
      MatchLookups lookups, String centreId, long accountId, Collection<LearnerFields> learners) {
    Set<String> looseKeys = new TreeSet<>();
    Set<String> nameKeys = new TreeSet<>();
    for (LearnerFields f : learners) {
      String loose = BksbUser.loose(f.email());
      if (loose != null) {
        looseKeys.add(loose);
      }
      String person = BksbUser.nameKey(f.firstName(), f.lastName());
      if (person != null && f.dateOfBirth() != null) {
        nameKeys.add(person);
      }
    }
    List<BksbUser> loose = lookups.usersWithKeys(accountId, "emailLoose", looseKeys);
    List<BksbUser> named = lookups.usersWithKeys(accountId, "nameKey", nameKeys);
    Set<Long> ids = new TreeSet<>();
    loose.forEach(u -> ids.add(u.getBksbUserId()));
    named.forEach(u -> ids.add(u.getBksbUserId()));
    return new LookAlikes(loose, named, lookups.linkedUsers(centreId, accountId, ids));
  }

  /** The learner's look-alikes: same loose email first, then same name and date of birth. */
  public List<BksbUser> of(LearnerFields f) {
    List<BksbUser> out = new ArrayList<>();
    String loose = BksbUser.loose(f.email());
    if (loose != null) {
      out.addAll(byLoose.getOrDefault(loose, List.of()));
    }
    String person = BksbUser.nameKey(f.firstName(), f.lastName());
    LocalDate dob = f.dateOfBirth();
    if (person != null && dob != null) {
      byName.getOrDefault(person, List.of()).stream()
          .filter(u -> Objects.equals(dob, u.getDateOfBirth()))
          .forEach(out::add);
    }
    return out;
  }

  /** Whether a learner of the centre is linked to the user (among the users read). */
  public boolean linked(long bksbUserId) {
    return linked.contains(bksbUserId);
  }
}

package org.bksbbridge.access;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.bksbbridge.security.Caller;
import org.junit.jupiter.api.Test;

/** Who may act as a learner: a member of the configured group, in no staff group, no grant. */
class LearnerOnlyTest {
  private static final Instant T = Instant.parse("2026-12-07T09:00:00Z");

  private static String refusal(Caller c, List<Grant> grants, String group) {
    return LearnerOnly.refusal(c, Effective.of(c, grants), group);
  }

  private static Grant grant(GranteeKind kind, String who, String centre, Command c) {
    return new Grant(kind, who, centre, c, "test", T);
  }

  @Test
  void aMemberOfTheLearnersGroupWithoutAnyGrantIsALearner() {
    assertNull(refusal(new Caller("ada", Set.of("learner")), List.of(), "learner"));
    // Grants of others do not count against her.
    assertNull(
        refusal(
            new Caller("ada", Set.of("learner")),
            List.of(grant(GranteeKind.USER, "bob", "A", Command.MODULE)),
            "learner"));
  }

  @Test
  void theGroupIsConfiguration() {
    Caller ldap = new Caller("ada", Set.of("cn=students,ou=groups,dc=college,dc=ac,dc=uk"));
    assertNull(refusal(ldap, List.of(), "cn=students,ou=groups,dc=college,dc=ac,dc=uk"));
    assertNotNull(refusal(ldap, List.of(), "learner"));
    assertNotNull(refusal(new Caller("ada", Set.of("learner")), List.of(), "students"));
    // Exactly as the registry names it; and no group configured means no learners.
    assertNotNull(refusal(new Caller("ada", Set.of("Learner")), List.of(), "learner"));
    assertNotNull(refusal(new Caller("ada", Set.of("learner")), List.of(), " "));
  }

  @Test
  void staffAreNeverLearnersWhateverElseTheyAre() {
    for (String staff : Caller.STAFF_GROUPS) {
      assertNotNull(
          refusal(new Caller("ada", Set.of("learner", staff)), List.of(), "learner"), staff);
    }
    Caller ada = new Caller("ada", Set.of("learner", "helpers"));
    // Any grant counts: by user or group, one centre or all, without the module too.
    for (Grant g :
        List.of(
            grant(GranteeKind.USER, "ada", "NORTH", Command.MANAGE_PERMISSIONS),
            grant(GranteeKind.USER, "ada", Grant.ALL_CENTRES, Command.MODULE),
            grant(GranteeKind.GROUP, "helpers", "A", Command.IMPORT_LEARNERS),
            grant(GranteeKind.GROUP, "learner", Grant.ALL_CENTRES, Command.GET_BKSB_RESULTS))) {
      assertNotNull(refusal(ada, List.of(g), "learner"), g.getGrantee() + " " + g.getCommand());
    }
  }

  @Test
  void nobodySignedInIsNoLearner() {
    assertNotNull(refusal(Caller.ANONYMOUS, List.of(), "learner"));
  }
}

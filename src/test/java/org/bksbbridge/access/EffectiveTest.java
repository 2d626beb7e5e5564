package org.bksbbridge.access;

import static org.bksbbridge.access.Command.BKSB_API_INTEGRATION;
import static org.bksbbridge.access.Command.EDIT_BKSB_SETTINGS;
import static org.bksbbridge.access.Command.GET_BKSB_RESULTS;
import static org.bksbbridge.access.Command.LINK_BKSB_USERS;
import static org.bksbbridge.access.Command.MANAGE_PERMISSIONS;
import static org.bksbbridge.access.Command.RUN_BKSB_JOBS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.bksbbridge.security.Caller;
import org.junit.jupiter.api.Test;

/** The grant rules and the defaults a new database starts with. */
class EffectiveTest {
  private static final Instant T = Instant.parse("2026-11-29T08:00:00Z");

  /** The defaults, as {@link DefaultGrants} writes them. */
  private static List<Grant> defaults() {
    List<Grant> out = new ArrayList<>();
    DefaultGrants.DEFAULTS.forEach(
        (group, commands) ->
            commands.forEach(c -> out.add(grant(GranteeKind.GROUP, group, Grant.ALL_CENTRES, c))));
    return out;
  }

  private static Grant grant(GranteeKind kind, String who, String centre, Command c) {
    return new Grant(kind, who, centre, c, "test", T);
  }

  private static Effective of(String user, Set<String> groups, List<Grant> grants) {
    return Effective.of(new Caller(user, groups), grants);
  }

  @Test
  void adminHoldsEveryCommandEverywhereWithoutAnyGrant() {
    Effective admin = of("ada", Set.of("admin"), List.of());
    assertEquals(EnumSet.allOf(Command.class), admin.in("ANY"));
    assertEquals(EnumSet.allOf(Command.class), admin.inAllCentres());
    assertTrue(admin.seesAllCentres());
  }

  @Test
  void managerByDefaultDoesAllButSettingsAndPermissionsInEveryCentre() {
    Effective m = of("mo", Set.of("manager"), defaults());
    Set<Command> expected =
        EnumSet.complementOf(
            EnumSet.of(
                EDIT_BKSB_SETTINGS, MANAGE_PERMISSIONS, Command.MANAGE_BKSB_DATA_PROTECTION));
    assertEquals(expected, m.in("DEMO"));
    assertEquals(expected, m.in("A-CENTRE-MADE-LATER"));
    assertTrue(m.seesAllCentres());
    assertFalse(m.may(EDIT_BKSB_SETTINGS, "DEMO"));
  }

  @Test
  void tutorByDefaultSeesTheModuleAndGetsResults() {
    Effective t = of("tu", Set.of("tutor"), defaults());
    assertEquals(EnumSet.of(BKSB_API_INTEGRATION, GET_BKSB_RESULTS), t.in("DEMO"));
    assertFalse(t.mayAnywhere(LINK_BKSB_USERS));
  }

  @Test
  void aSignedInUserWithNoGrantSeesNothing() {
    Effective nobody = of("nobody", Set.of("students"), defaults());
    assertEquals(Set.of(), nobody.in("DEMO"));
    assertFalse(nobody.seesAllCentres());
    assertFalse(nobody.mayAnywhere(BKSB_API_INTEGRATION));
    assertEquals(Set.of(), nobody.namedCentres());
  }

  @Test
  void anonymousSeesNothingEvenWithGrantsToItsName() {
    Effective anon =
        Effective.of(
            Caller.ANONYMOUS,
            List.of(grant(GranteeKind.GROUP, "admin", Grant.ALL_CENTRES, RUN_BKSB_JOBS)));
    assertEquals(Set.of(), anon.in("DEMO"));
    assertFalse(anon.admin());
  }

  @Test
  void aUserGrantInOneCentreCountsThereOnly() {
    List<Grant> grants = new ArrayList<>(defaults());
    for (Command c : DefaultGrants.DEFAULTS.get("manager")) {
      grants.add(grant(GranteeKind.USER, "manager.north", "NORTH", c));
    }
    Effective north = of("manager.north", Set.of(), grants);
    assertTrue(north.may(RUN_BKSB_JOBS, "NORTH"));
    assertEquals(Set.of(), north.in("DEMO"));
    assertTrue(north.sees("NORTH"));
    assertFalse(north.sees("DEMO"));
    assertFalse(north.seesAllCentres());
    assertEquals(Set.of(), north.inAllCentres());
    assertEquals(Set.of("NORTH"), north.namedCentres());
    assertTrue(north.mayAnywhere(RUN_BKSB_JOBS));
    assertEquals(Set.of(), north.in(null), "no centre named: all centres, which north lacks");
  }

  @Test
  void commandsWithoutTheModuleHaveNoEffect() {
    Effective e =
        of(
            "u",
            Set.of(),
            List.of(
                grant(GranteeKind.USER, "u", "DEMO", RUN_BKSB_JOBS),
                grant(GranteeKind.USER, "u", Grant.ALL_CENTRES, LINK_BKSB_USERS)));
    assertEquals(Set.of(), e.in("DEMO"));
    assertFalse(e.mayAnywhere(RUN_BKSB_JOBS));
  }

  @Test
  void grantsInAllCentresAndInOneCentreAddUp() {
    Effective e =
        of(
            "u",
            Set.of("tutor"),
            List.of(
                grant(GranteeKind.GROUP, "tutor", Grant.ALL_CENTRES, BKSB_API_INTEGRATION),
                grant(GranteeKind.USER, "u", "DEMO", LINK_BKSB_USERS)));
    assertEquals(EnumSet.of(BKSB_API_INTEGRATION, LINK_BKSB_USERS), e.in("DEMO"));
    assertEquals(EnumSet.of(BKSB_API_INTEGRATION), e.in("NORTH"));
    assertEquals(EnumSet.of(BKSB_API_INTEGRATION), e.inAllCentres());
  }

  @Test
  void otherPeoplesGrantsAreIgnored() {
    Effective e =
        of(
            "u",
            Set.of("tutor"),
            List.of(
                grant(GranteeKind.USER, "someone-else", "DEMO", BKSB_API_INTEGRATION),
                grant(GranteeKind.GROUP, "manager", "DEMO", BKSB_API_INTEGRATION),
                // A user named like a group is not that group.
                grant(GranteeKind.USER, "tutor", "DEMO", BKSB_API_INTEGRATION)));
    assertEquals(Set.of(), e.in("DEMO"));
  }

  @Test
  void commandsParseByKeyOrLabel() {
    assertEquals(RUN_BKSB_JOBS, Command.parse("RUN_BKSB_JOBS").orElseThrow());
    assertEquals(RUN_BKSB_JOBS, Command.parse(" run bksb jobs ").orElseThrow());
    assertTrue(Command.parse("Run Jobs").isEmpty());
    assertEquals(
        Map.of("manager", 7, "tutor", 2),
        Map.of(
            "manager", DefaultGrants.DEFAULTS.get("manager").size(),
            "tutor", DefaultGrants.DEFAULTS.get("tutor").size()));
  }
}

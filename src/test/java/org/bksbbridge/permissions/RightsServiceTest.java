package org.bksbbridge.permissions;

import static org.bksbbridge.access.Command.BKSB_API_INTEGRATION;
import static org.bksbbridge.access.Command.GET_BKSB_RESULTS;
import static org.bksbbridge.access.Command.LINK_BKSB_USERS;
import static org.bksbbridge.access.Command.MANAGE_PERMISSIONS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.bksbbridge.access.CentreAccess;
import org.bksbbridge.access.Command;
import org.bksbbridge.access.Effective;
import org.bksbbridge.access.Grant;
import org.bksbbridge.access.GranteeKind;
import org.bksbbridge.access.Grants;
import org.bksbbridge.centre.CentreService;
import org.bksbbridge.centre.CentreView;
import org.bksbbridge.refusal.Refusal;
import org.bksbbridge.security.Caller;
import org.junit.jupiter.api.Test;

/**
 * What another user may do, for an asker who manages permissions in NORTH only (and sees DEMO): the
 * rules of {@link Effective} over the stored grants, shown only where the asker manages them.
 */
class RightsServiceTest {
  private static final Instant T = Instant.parse("2026-11-29T08:00:00Z");
  private final List<Grant> stored = new ArrayList<>();
  private Caller asker = new Caller("nina", Set.of());

  private void grant(GranteeKind kind, String who, String centre, Command... commands) {
    for (Command c : commands) {
      stored.add(new Grant(kind, who, centre, c, "test", T));
    }
  }

  private RightsService service() {
    RightsService s = new RightsService();
    s.grants =
        new Grants() {
          @Override
          public List<Grant> heldBy(Caller caller) {
            return stored.stream().filter(g -> g.heldBy(caller)).toList();
          }
        };
    s.access =
        new CentreAccess() {
          @Override
          public Effective effective() {
            return Effective.of(asker, s.grants.heldBy(asker));
          }
        };
    s.centres =
        new CentreService() {
          @Override
          public List<CentreView> list() {
            Effective e = s.access.effective();
            return List.of(
                    new CentreView("DEMO", "Demo College", true),
                    new CentreView("NORTH", "North Campus", false),
                    new CentreView("SOUTH", "South", false))
                .stream()
                .filter(c -> e.sees(c.id()))
                .toList();
          }
        };
    return s;
  }

  private void defaults() {
    grant(GranteeKind.GROUP, "tutor", "*", BKSB_API_INTEGRATION, GET_BKSB_RESULTS);
    grant(GranteeKind.USER, "nina", "NORTH", BKSB_API_INTEGRATION, MANAGE_PERMISSIONS);
    grant(GranteeKind.USER, "nina", "DEMO", BKSB_API_INTEGRATION);
  }

  @Test
  void aUsersOwnGrantsAndAssumedGroupsCountOnlyWhereTheAskerManages() {
    defaults();
    grant(GranteeKind.USER, "tutor", "NORTH", LINK_BKSB_USERS);
    grant(GranteeKind.USER, "tutor", "DEMO", LINK_BKSB_USERS);
    RightsView v = service().of(" tutor ", "tutor");
    assertEquals("tutor", v.user());
    assertEquals(List.of("tutor"), v.groups());
    assertEquals(List.of(BKSB_API_INTEGRATION, GET_BKSB_RESULTS), v.allCentres());
    assertEquals(1, v.centres().size(), v.toString());
    assertEquals("NORTH", v.centres().get(0).centreId());
    assertEquals(
        List.of(BKSB_API_INTEGRATION, GET_BKSB_RESULTS, LINK_BKSB_USERS),
        v.centres().get(0).commands());

    RightsView alone = service().of("tutor", "");
    assertEquals(List.of(), alone.allCentres(), "without group tutor: no module everywhere");
    assertEquals(List.of(), alone.centres(), "LINK without the module in NORTH counts for nothing");
  }

  @Test
  void groupAdminIsEverythingEverywhere() {
    defaults();
    RightsView v = service().of("someone", "staff, admin");
    assertTrue(v.admin());
    assertEquals(List.of(Command.values()), v.allCentres());
    assertEquals(List.of("admin", "staff"), v.groups());
  }

  @Test
  void groupsAreSeparatedByCommasOrOnePerLineForNamesWithCommas() {
    assertEquals(Set.of("a", "b", "c"), RightsService.groups(" a, b ,,c "));
    assertEquals(
        List.of("cn=staff,dc=example", "cn=ops,dc=example"),
        List.copyOf(RightsService.groups("cn=staff,dc=example\r\ncn=ops,dc=example\n")));
  }

  @Test
  void badInputNamesItsFieldAndOnlyPermissionManagersMayAsk() {
    defaults();
    Refusal noUser = assertThrows(Refusal.class, () -> service().of("  ", "tutor"));
    assertEquals(Set.of("user"), noUser.fields().keySet());
    Refusal badGroup = assertThrows(Refusal.class, () -> service().of("t", "ok,bad\u0000"));
    assertEquals(Set.of("groups"), badGroup.fields().keySet());
    asker = new Caller("tutor", Set.of("tutor"));
    Refusal no = assertThrows(Refusal.class, () -> service().of("t", ""));
    assertEquals(Refusal.Kind.FORBIDDEN, no.kind());
    assertThrows(Refusal.class, () -> service().scopes());
  }

  @Test
  void scopesAreTheCentresWhereTheAskerManagesAndAllCentresOnlyForThoseWhoManageThemAll() {
    defaults();
    assertEquals(List.of(new RightsService.Scope("NORTH", "North Campus")), service().scopes());
    asker = new Caller("root", Set.of("admin"));
    assertEquals(
        List.of("*", "DEMO", "NORTH", "SOUTH"),
        service().scopes().stream().map(RightsService.Scope::id).toList());
  }
}

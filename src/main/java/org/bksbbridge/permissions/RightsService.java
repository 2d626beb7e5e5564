package org.bksbbridge.permissions;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.bksbbridge.access.CentreAccess;
import org.bksbbridge.access.Command;
import org.bksbbridge.access.Effective;
import org.bksbbridge.access.Grant;
import org.bksbbridge.access.Grants;
import org.bksbbridge.centre.CentreService;
import org.bksbbridge.refusal.Refusal;
import org.bksbbridge.security.Caller;

/**
 * For those who manage permissions: where they may grant, and what another user may do. The
 * registry's groups of another user cannot be read from here (only the signed-in caller's come with
 * its sign-in), so the asker says which groups to assume.
 */
@ApplicationScoped
public class RightsService {
  static final int MAX_GROUPS = 50;

  @Inject CentreAccess access;
  @Inject Grants grants;
  @Inject CentreService centres;

  /** A place to grant in: a centre, or all centres ({@code id} "*"). */
  public record Scope(String id, String name) {}

  /**
   * Where the caller may change grants: all centres first when it manages permissions in every
   * centre, then each centre where it does.
   */
  public List<Scope> scopes() {
    access.requireSomeCentre(Command.MANAGE_PERMISSIONS);
    Effective mine = access.effective();
    List<Scope> out = new ArrayList<>();
    if (mine.inAllCentres().contains(Command.MANAGE_PERMISSIONS)) {
      out.add(new Scope(Grant.ALL_CENTRES, "All centres"));
    }
    centres.list().stream()
        .filter(c -> mine.may(Command.MANAGE_PERMISSIONS, c.id()))
        .forEach(c -> out.add(new Scope(c.id(), c.name())));
    return out;
  }

  /**
   * What the user may do with the grants stored now, held as a user and through the groups assumed;
   * per centre only where the caller manages permissions (no one learns more of a centre than its
   * grants show them).
   *
   * @param groups separated by commas, or one per line (LDAP DNs contain commas); empty for none
   */
  public RightsView of(String user, String groups) {
    access.requireSomeCentre(Command.MANAGE_PERMISSIONS);
    Effective mine = access.effective();
    Caller them = new Caller(PermissionService.checkName("user", user), groups(groups));
    Effective theirs = Effective.of(them, grants.heldBy(them));
    List<RightsView.CentreRights> where =
        centres.list().stream()
            .filter(c -> mine.may(Command.MANAGE_PERMISSIONS, c.id()) && theirs.sees(c.id()))
            .map(c -> new RightsView.CentreRights(c.id(), c.name(), sorted(theirs.in(c.id()))))
            .toList();
    return new RightsView(
        them.name(),
        them.groups().stream().sorted().toList(),
        theirs.admin(),
        sorted(theirs.inAllCentres()),
        where);
  }

  static Set<String> groups(String text) {
    Set<String> out = new LinkedHashSet<>();
    if (text == null || text.isBlank()) {
      return out;
    }
    String[] parts = text.strip().contains("\n") ? text.strip().split("\\R") : text.split(",");
    for (String p : parts) {
      if (!p.isBlank()) {
        out.add(PermissionService.checkName("groups", p));
      }
    }
    if (out.size() > MAX_GROUPS) {
      throw Refusal.invalid("groups", "at most " + MAX_GROUPS + " groups");
    }
    return out;
  }

  private static List<Command> sorted(Set<Command> commands) {
    return Arrays.stream(Command.values()).filter(commands::contains).toList();
  }
}

package org.bksbbridge.permissions;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;
import org.bksbbridge.access.CentreAccess;
import org.bksbbridge.access.Command;
import org.bksbbridge.access.Effective;
import org.bksbbridge.access.Grant;
import org.bksbbridge.access.GranteeKind;
import org.bksbbridge.access.Grants;
import org.bksbbridge.centre.CentreService;
import org.bksbbridge.persistence.WriteClash;
import org.bksbbridge.refusal.Refusal;
import org.bksbbridge.security.Caller;
import org.bksbbridge.text.FreeText;

/**
 * Lists and changes grants, for callers with "Manage Permissions" where the grant applies (in all
 * centres for a grant in all centres). A change counts from the next request, on every server.
 */
@ApplicationScoped
public class PermissionService {
  private static final Logger LOG = Logger.getLogger(PermissionService.class.getName());
  static final int NAME_MAX = 256;

  @Inject CentreAccess access;
  @Inject Grants grants;
  @Inject CentreService centres;
  @Inject Clock clock;

  /**
   * The grants in centres where the caller manages permissions, and the grants in all centres (they
   * apply in the caller's centres too, so the caller sees them, changeable or not).
   *
   * @param centreId only this centre's grants and those in all centres; null for all
   */
  public PermissionsView list(String centreId) {
    Effective e = access.effective();
    access.requireSomeCentre(Command.MANAGE_PERMISSIONS);
    if (centreId != null) {
      access.require(Command.MANAGE_PERMISSIONS, centreId);
    }
    Map<List<String>, List<Grant>> byGrantee = new LinkedHashMap<>();
    for (Grant g : grants.all()) {
      boolean wanted = centreId == null || g.allCentres() || g.getCentreId().equals(centreId);
      boolean visible = g.allCentres() || e.may(Command.MANAGE_PERMISSIONS, g.getCentreId());
      if (wanted && visible) {
        byGrantee
            .computeIfAbsent(
                List.of(g.getCentreId(), g.getKind().name(), g.getGrantee()),
                k -> new ArrayList<>())
            .add(g);
      }
    }
    List<GrantView> out = new ArrayList<>();
    out.add(
        new GrantView(
            Grant.ALL_CENTRES,
            true,
            kindName(GranteeKind.GROUP),
            Caller.ADMIN_GROUP,
            Arrays.stream(Command.values()).map(Enum::name).toList(),
            null,
            null,
            true,
            false));
    byGrantee.values().forEach(rows -> out.add(view(rows, manages(e, rows.get(0).getCentreId()))));
    List<PermissionsView.CommandView> commands =
        Arrays.stream(Command.values())
            .map(c -> new PermissionsView.CommandView(c.name(), c.label()))
            .toList();
    return new PermissionsView(commands, out);
  }

  /**
   * Makes the grantee's commands in the scope ({@code *} or a centre id) exactly these; none
   * removes the grant.
   */
  @Transactional
  public GrantView replace(String scope, GranteeKind kind, String name, Set<Command> commands) {
    String grantee = checkChange(scope, kind, name);
    Caller by = access.caller();
    try {
      grants.replace(kind, grantee, scope, commands, by.name(), clock.instant());
      access.forget();
    } catch (PersistenceException e) {
      throw WriteClash.conflictOr(
          e,
          "the grants of " + grantee + " in " + scope + " changed at the same moment: try again");
    }
    LOG.info(
        () ->
            by.name()
                + " set the commands of "
                + kindName(kind)
                + " "
                + grantee
                + " in "
                + scope
                + " to "
                + commands);
    List<Grant> now =
        grants.all().stream()
            .filter(g -> g.getKind() == kind && g.getGrantee().equals(grantee))
            .filter(g -> g.getCentreId().equals(scope))
            .toList();
    return now.isEmpty()
        ? new GrantView(
            scope,
            Grant.ALL_CENTRES.equals(scope),
            kindName(kind),
            grantee,
            List.of(),
            by.name(),
            clock.instant(),
            false,
            true)
        : view(now, true);
  }

  /** Removes every command of the grantee in the scope; removing nothing is not an error. */
  @Transactional
  public void remove(String scope, GranteeKind kind, String name) {
    replace(scope, kind, name, EnumSet.noneOf(Command.class));
  }

  /** The checks of a change; answers the grantee's name as stored. */
  private String checkChange(String scope, GranteeKind kind, String name) {
    if (Grant.ALL_CENTRES.equals(scope)) {
      access.requireAllCentres(Command.MANAGE_PERMISSIONS);
    } else {
      CentreService.checkId(scope);
      access.require(Command.MANAGE_PERMISSIONS, scope);
      centres.require(scope);
    }
    String grantee = checkName("name", name);
    if (kind == GranteeKind.GROUP && grantee.equals(Caller.ADMIN_GROUP)) {
      throw Refusal.invalid(
          "name", "group admin holds every command in every centre already (built in)");
    }
    return grantee;
  }

  /** A user or group name as grants store it (stripped), or a refusal naming the field. */
  static String checkName(String field, String name) {
    String n = name == null ? "" : name.strip();
    if (n.isEmpty() || n.length() > NAME_MAX) {
      throw Refusal.invalid(field, "must be 1 to " + NAME_MAX + " characters");
    }
    String problem = FreeText.identifierProblem(n);
    if (problem != null) {
      throw Refusal.invalid(field, problem);
    }
    return n;
  }

  private static boolean manages(Effective e, String centreId) {
    return Grant.ALL_CENTRES.equals(centreId)
        ? e.inAllCentres().contains(Command.MANAGE_PERMISSIONS)
        : e.may(Command.MANAGE_PERMISSIONS, centreId);
  }

  private static GrantView view(List<Grant> rows, boolean manageable) {
    Grant first = rows.get(0);
    Grant latest = rows.stream().max(Comparator.comparing(Grant::getGrantedAt)).orElse(first);
    return new GrantView(
        first.getCentreId(),
        first.allCentres(),
        kindName(first.getKind()),
        first.getGrantee(),
        rows.stream().map(Grant::getCommand).sorted().map(Enum::name).toList(),
        latest.getGrantedBy(),
        latest.getGrantedAt(),
        false,
        manageable);
  }

  static String kindName(GranteeKind kind) {
    return kind.name().toLowerCase(Locale.ROOT);
  }
}

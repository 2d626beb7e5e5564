package org.bksbbridge.access;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.bksbbridge.security.Caller;

/**
 * What one caller may do, worked out from the grants they hold. A centre's commands are those
 * granted there plus those granted in all centres; without the module there, none of them count.
 * Group {@code admin} holds everything everywhere, whatever is stored.
 */
public final class Effective {
  private final boolean admin;
  private final boolean anyGrant;
  private final Set<Command> everywhere;
  private final Map<String, Set<Command>> byCentre;

  private Effective(
      boolean admin,
      boolean anyGrant,
      Set<Command> everywhere,
      Map<String, Set<Command>> byCentre) {
    this.admin = admin;
    this.anyGrant = anyGrant;
    this.everywhere = everywhere;
    this.byCentre = byCentre;
  }

  /** The rules, applied to the grants held by the caller (others are ignored). */
  public static Effective of(Caller caller, Collection<Grant> grants) {
    Set<Command> everywhere = EnumSet.noneOf(Command.class);
    Map<String, Set<Command>> byCentre = new TreeMap<>();
    boolean anyGrant = false;
    if (caller.signedIn()) {
      for (Grant g : grants) {
        if (!g.heldBy(caller)) {
          continue;
        }
        anyGrant = true;
        if (g.allCentres()) {
          everywhere.add(g.getCommand());
        } else {
          byCentre
              .computeIfAbsent(g.getCentreId(), c -> EnumSet.noneOf(Command.class))
              .add(g.getCommand());
        }
      }
    }
    return new Effective(caller.signedIn() && caller.admin(), anyGrant, everywhere, byCentre);
  }

  public boolean admin() {
    return admin;
  }

  /**
   * Whether the caller holds any grant at all (any command, in any centre, as a user or through a
   * group, with or without the module) or is an admin: staff, whatever the grant lets them see.
   */
  public boolean holdsAnyGrant() {
    return admin || anyGrant;
  }

  /** The commands in one centre (empty when the centre is not visible). */
  public Set<Command> in(String centreId) {
    if (centreId == null) {
      return inAllCentres();
    }
    if (admin) {
      return EnumSet.allOf(Command.class);
    }
    Set<Command> all = EnumSet.noneOf(Command.class);
    all.addAll(everywhere);
    all.addAll(byCentre.getOrDefault(centreId, Set.of()));
    return all.contains(Command.MODULE) ? all : EnumSet.noneOf(Command.class);
  }

  /** The commands held in every centre at once: what work across all centres needs. */
  public Set<Command> inAllCentres() {
    if (admin) {
      return EnumSet.allOf(Command.class);
    }
    return everywhere.contains(Command.MODULE)
        ? EnumSet.copyOf(everywhere)
        : EnumSet.noneOf(Command.class);
  }

  public boolean may(Command command, String centreId) {
    return in(centreId).contains(command);
  }

  public boolean sees(String centreId) {
    return !in(centreId).isEmpty();
  }

  /** Whether every centre is visible (new ones included), not just the ones named in grants. */
  public boolean seesAllCentres() {
    return !inAllCentres().isEmpty();
  }

  /** Whether the command is held in at least one centre. */
  public boolean mayAnywhere(Command command) {
    return inAllCentres().contains(command)
        || byCentre.keySet().stream().anyMatch(c -> may(command, c));
  }

  /** The centres named in the caller's own grants where they see something. */
  public Set<String> namedCentres() {
    Set<String> out = new java.util.TreeSet<>();
    byCentre.keySet().stream().filter(this::sees).forEach(out::add);
    return out;
  }
}

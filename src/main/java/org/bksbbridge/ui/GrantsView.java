package org.bksbbridge.ui;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.bksbbridge.access.Command;
import org.bksbbridge.access.GranteeKind;
import org.bksbbridge.permissions.GrantView;
import org.bksbbridge.permissions.PermissionService;
import org.bksbbridge.permissions.PermissionsView;
import org.bksbbridge.permissions.RightsService;
import org.bksbbridge.refusal.Refusal;

/** Lists the grants the caller may see, and sets or removes a grantee's commands in a centre. */
@Named("grants")
@ViewScoped
public class GrantsView implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final String ALL = "*";

  private static final Map<String, Messages.Field> FIELDS =
      Map.of(
          "centreId", new Messages.Field("grant:scope", "Centre"),
          "kind", new Messages.Field("grant:kind", "User or group"),
          "name", new Messages.Field("grant:name", "User or group name"),
          "commands", new Messages.Field("grant:commands", "Commands"));

  @Inject PermissionService permissions;
  @Inject RightsService rights;

  private PermissionsView list;
  private List<RightsService.Scope> scopes = List.of();
  private boolean allowed;
  private String shownCentre = "";

  private String scope;
  private String kind = "user";
  private String name;
  private List<String> commands = new ArrayList<>();

  /** View action: runs when the page is opened. */
  public void load() {
    try {
      scopes = rights.scopes();
      allowed = true;
      reload();
    } catch (Refusal e) {
      allowed = false;
      list = null;
      Messages.refusePage(e);
    }
  }

  private void reload() {
    list = permissions.list(shownCentre == null || shownCentre.isEmpty() ? null : shownCentre);
  }

  public void filter() {
    try {
      reload();
    } catch (Refusal e) {
      Messages.show(e);
    }
  }

  /** Makes the form's grantee hold exactly the commands ticked in the scope chosen. */
  public void save() {
    try {
      GrantView g = permissions.replace(scope, kindOf(kind), name, keys(commands));
      Messages.info(
          "The "
              + g.kind()
              + " "
              + g.name()
              + " now holds in "
              + where(g.centreId())
              + ": "
              + labels(g.commands())
              + ".");
      name = null;
      commands = new ArrayList<>();
      reload();
    } catch (Refusal e) {
      Messages.show(e, FIELDS);
    }
  }

  /** Puts a listed grant into the form, to change its commands. */
  public void edit(GrantView g) {
    scope = g.centreId();
    kind = g.kind();
    name = g.name();
    commands = new ArrayList<>(g.commands());
  }

  public void remove(GrantView g) {
    try {
      permissions.remove(g.centreId(), kindOf(g.kind()), g.name());
      Messages.info(
          "Removed every command of the "
              + g.kind()
              + " "
              + g.name()
              + " in "
              + where(g.centreId())
              + ".");
      reload();
    } catch (Refusal e) {
      Messages.show(e);
    }
  }

  private static GranteeKind kindOf(String kind) {
    try {
      return GranteeKind.valueOf(String.valueOf(kind).toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw Refusal.invalid("kind", "must be user or group");
    }
  }

  private static Set<Command> keys(List<String> keys) {
    Set<Command> out = EnumSet.noneOf(Command.class);
    for (String k : keys) {
      out.add(Command.parse(k).orElseThrow(() -> Refusal.invalid("commands", "unknown " + k)));
    }
    return out;
  }

  /** The names people see for command keys, in the commands' order. */
  public String labels(List<String> keys) {
    return keys.stream()
        .map(k -> Command.parse(k).map(Command::label).orElse(k))
        .collect(Collectors.joining(", "));
  }

  public String where(String centreId) {
    return ALL.equals(centreId) ? "all centres" : centreId;
  }

  /** The commands as the form offers them: key to label. */
  public Map<String, String> getCommandChoices() {
    Map<String, String> out = new LinkedHashMap<>();
    for (Command c : Command.values()) {
      out.put(c.label(), c.name());
    }
    return out;
  }

  public PermissionsView getList() {
    return list;
  }

  public List<RightsService.Scope> getScopes() {
    return scopes;
  }

  /** The centres the list may be narrowed to (not "all centres": those grants show always). */
  public List<RightsService.Scope> getCentreScopes() {
    return scopes.stream().filter(s -> !ALL.equals(s.id())).toList();
  }

  public boolean isAllowed() {
    return allowed;
  }

  public String getShownCentre() {
    return shownCentre;
  }

  public void setShownCentre(String shownCentre) {
    this.shownCentre = shownCentre;
  }

  public String getScope() {
    return scope;
  }

  public void setScope(String scope) {
    this.scope = scope;
  }

  public String getKind() {
    return kind;
  }

  public void setKind(String kind) {
    this.kind = kind;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public List<String> getCommands() {
    return commands;
  }

  public void setCommands(List<String> commands) {
    this.commands = commands == null ? new ArrayList<>() : new ArrayList<>(commands);
  }
}

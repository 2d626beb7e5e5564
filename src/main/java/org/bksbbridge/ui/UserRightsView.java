package org.bksbbridge.ui;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.bksbbridge.access.Command;
import org.bksbbridge.permissions.RightsService;
import org.bksbbridge.permissions.RightsView;
import org.bksbbridge.refusal.Refusal;

/** "What may this user do?": the commands of a user, in groups the asker names, per centre. */
@Named("userRights")
@ViewScoped
public class UserRightsView implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final Map<String, Messages.Field> FIELDS =
      Map.of(
          "user", new Messages.Field("rights:user", "User name"),
          "groups", new Messages.Field("rights:groups", "Groups to assume"));

  @Inject RightsService rights;

  private String user;
  private String groups;
  private RightsView result;

  public void show() {
    try {
      result = rights.of(user, groups);
    } catch (Refusal e) {
      result = null;
      Messages.show(e, FIELDS);
    }
  }

  public String labels(List<Command> commands) {
    return commands.stream().map(Command::label).collect(Collectors.joining(", "));
  }

  public String joined(List<String> names) {
    return String.join(", ", names);
  }

  public RightsView getResult() {
    return result;
  }

  public String getUser() {
    return user;
  }

  public void setUser(String user) {
    this.user = user;
  }

  public String getGroups() {
    return groups;
  }

  public void setGroups(String groups) {
    this.groups = groups;
  }
}

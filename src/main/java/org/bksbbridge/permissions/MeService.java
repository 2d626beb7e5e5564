package org.bksbbridge.permissions;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.List;
import org.bksbbridge.access.CentreAccess;
import org.bksbbridge.access.Command;
import org.bksbbridge.access.Effective;
import org.bksbbridge.centre.CentreService;
import org.bksbbridge.security.Caller;

/** Who the caller is, and what it may do where: what pages and MIS callers ask first. */
@ApplicationScoped
public class MeService {
  @Inject CentreAccess access;
  @Inject CentreService centres;

  public MeView me() {
    Caller caller = access.caller();
    Effective e = access.effective();
    List<MeView.CentreCommands> visible =
        centres.list().stream()
            .map(c -> new MeView.CentreCommands(c.id(), c.name(), keys(e.in(c.id()))))
            .toList();
    return new MeView(
        caller.name(),
        caller.groups().stream().sorted().toList(),
        e.admin(),
        keys(e.inAllCentres()),
        visible);
  }

  private static List<String> keys(Collection<Command> commands) {
    return commands.stream().sorted().map(Enum::name).toList();
  }
}

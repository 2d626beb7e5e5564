package org.bksbbridge.permissions;

import java.util.List;
import org.bksbbridge.access.Command;

/**
 * What one user, assumed to be in the given groups, may do: {@code admin} when group admin is among
 * them (everything everywhere, built in), the commands held in every centre, and per centre the
 * commands there, for the centres where the asker manages permissions and the user sees something.
 */
public record RightsView(
    String user,
    List<String> groups,
    boolean admin,
    List<Command> allCentres,
    List<CentreRights> centres) {

  public record CentreRights(String centreId, String name, List<Command> commands) {}
}

package org.bksbbridge.permissions;

import java.util.List;

/**
 * Who the caller is and what it may do: commands held in every centre ({@code allCentres}), and per
 * visible centre the commands held there (those included).
 */
public record MeView(
    String user,
    List<String> groups,
    boolean admin,
    List<String> allCentres,
    List<CentreCommands> centres) {

  public record CentreCommands(String centreId, String name, List<String> commands) {}
}

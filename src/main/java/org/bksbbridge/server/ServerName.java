package org.bksbbridge.server;

import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * This server's name among the servers sharing one database: its host and Liberty server name.
 * Recorded with claims, job runs and heartbeats, so what a server left behind can be told apart
 * from what a live one still holds. {@code bksb.server.name} ({@code BKSB_SERVER_NAME}) replaces it
 * where that pair is not unique (two servers of one name on one host) or not stable (a container's
 * host name changes with each container, so its runs would never be its own again).
 */
public final class ServerName {
  private static final String NAME = compute();

  private ServerName() {}

  public static String current() {
    return NAME;
  }

  private static String compute() {
    String configured = configured();
    if (configured != null && !configured.isBlank()) {
      return configured.strip();
    }
    String name = System.getProperty("wlp.server.name", "server");
    try {
      return InetAddress.getLocalHost().getHostName() + "/" + name;
    } catch (UnknownHostException e) {
      return name;
    }
  }

  /** From MicroProfile Config in the server; outside it (SE tests) there is none. */
  private static String configured() {
    try {
      return org.eclipse.microprofile.config.ConfigProvider.getConfig()
          .getOptionalValue("bksb.server.name", String.class)
          .orElse(null);
    } catch (RuntimeException | LinkageError noConfig) {
      return System.getProperty("bksb.server.name");
    }
  }
}

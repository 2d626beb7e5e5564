package org.bksbbridge.server;

import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * This server's name among the servers sharing one database: its host and Liberty server name.
 * Recorded with claims and job runs, so what a server left behind can be told apart from what a
 * live one still holds.
 */
public final class ServerName {
  private static final String NAME = compute();

  private ServerName() {}

  public static String current() {
    return NAME;
  }

  private static String compute() {
    String name = System.getProperty("wlp.server.name", "server");
    try {
      return InetAddress.getLocalHost().getHostName() + "/" + name;
    } catch (UnknownHostException e) {
      return name;
    }
  }
}

package org.bksbbridge.audit;

/**
 * Who acted and from where: the registry user, the client address of their request (null where no
 * request is, e.g. a job started through Liberty's batch API), and through what.
 *
 * @param via {@code api}, {@code page}, or a job and its execution ({@code learner-import 42})
 */
public record Actor(String name, String address, String via) {
  /** The name recorded when nobody signed in is known (a run started without our API). */
  public static final String UNKNOWN = "unknown";

  public Actor {
    name = name == null || name.isBlank() ? UNKNOWN : name;
  }
}

package org.bksbbridge.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import java.util.HashSet;
import java.util.Set;

/**
 * The signed-in caller with its registry groups. The container only answers "is the caller in role
 * X" for the roles the application declares; grants may name any group, so the groups the registry
 * gave at sign-in travel with the request (see {@link BridgeAuthenticationMechanism}).
 */
@ApplicationScoped
public class CurrentCaller {
  /** Request attribute holding the {@link RegistryLogin.Caller} the mechanism accepted. */
  static final String ATTRIBUTE = "bksb.registryCaller";

  @Inject SecurityContext security;
  @Inject Instance<HttpServletRequest> requests;

  public Caller get() {
    Principal p = security.getCallerPrincipal();
    if (p == null) {
      return Caller.ANONYMOUS;
    }
    Set<String> groups = new HashSet<>();
    RegistryLogin.Caller registered = fromRequest();
    if (registered != null && registered.name().equals(p.getName())) {
      groups.addAll(shortNames(registered.groups()));
    }
    // The declared roles count as groups of their names too: with LDAP a group's name is its DN,
    // and a role may be bound to any group, yet group admin and the default grants name "admin",
    // "manager" and "tutor". Outside a request (a job's thread) they are all that can be asked.
    for (String role : Set.of(Roles.ADMIN, Roles.MANAGER, Roles.TUTOR)) {
      if (security.isCallerInRole(role)) {
        groups.add(role);
      }
    }
    return new Caller(p.getName(), groups);
  }

  private RegistryLogin.Caller fromRequest() {
    try {
      if (requests.isResolvable()) {
        Object c = requests.get().getAttribute(ATTRIBUTE);
        return c instanceof RegistryLogin.Caller caller ? caller : null;
      }
    } catch (RuntimeException noRequest) {
      // Outside a request the injected request cannot be read.
    }
    return null;
  }

  /**
   * Registry group ids look like {@code group:<realm>/<name>}; grants name the group as the
   * registry does after the realm ({@code manager}, or an LDAP group's DN).
   */
  static Set<String> shortNames(Set<String> groupIds) {
    Set<String> out = new HashSet<>();
    for (String id : groupIds) {
      String g = id.startsWith("group:") ? id.substring("group:".length()) : id;
      int slash = g.indexOf('/');
      out.add(slash >= 0 ? g.substring(slash + 1) : g);
    }
    return out;
  }
}

package org.bksbbridge.security;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.Serializable;
import java.lang.reflect.Method;
import java.security.Principal;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.security.auth.Subject;
import javax.security.auth.callback.NameCallback;
import javax.security.auth.callback.PasswordCallback;
import javax.security.auth.callback.UnsupportedCallbackException;
import javax.security.auth.login.LoginContext;
import javax.security.auth.login.LoginException;

/**
 * Checks a user name and password against the server's user registry (the dev basic registry, or
 * LDAP in production) through the server's JAAS login configuration. On Liberty an application's
 * own authentication mechanism gets no registry-backed identity store, hence this.
 */
@ApplicationScoped
public class RegistryLogin {
  private static final String LOGIN_CONFIGURATION = "system.DEFAULT";

  /** A caller the registry accepted, with its groups' ids ({@code group:<realm>/<name>}). */
  public record Caller(String name, Set<String> groups) implements Serializable {}

  public Optional<Caller> check(String user, String password) {
    return subject(user, password)
        .flatMap(
            subject ->
                subject.getPrincipals().stream()
                    .map(Principal::getName)
                    .findFirst()
                    .map(name -> new Caller(name, groupIds(subject))));
  }

  /** The registry's subject for the user, for code that must act as that user (the schedule). */
  public Optional<Subject> subject(String user, String password) {
    if (user == null || user.isEmpty() || password == null || password.isEmpty()) {
      return Optional.empty();
    }
    try {
      LoginContext login =
          new LoginContext(
              LOGIN_CONFIGURATION,
              new Subject(),
              callbacks -> {
                for (var c : callbacks) {
                  if (c instanceof NameCallback n) {
                    n.setName(user);
                  } else if (c instanceof PasswordCallback p) {
                    p.setPassword(password.toCharArray());
                  } else {
                    throw new UnsupportedCallbackException(c);
                  }
                }
              });
      login.login();
      return Optional.of(login.getSubject());
    } catch (LoginException e) {
      return Optional.empty();
    }
  }

  /**
   * The registry's credential carries the group ids that both the application's role binding and
   * the batch runtime's roles resolve against. Read reflectively to keep the build on standard APIs
   * only.
   */
  private static Set<String> groupIds(Subject subject) {
    Set<String> ids = new HashSet<>();
    for (Object credential : subject.getPublicCredentials()) {
      try {
        Method getGroupIds = credential.getClass().getMethod("getGroupIds");
        for (Object id : (List<?>) getGroupIds.invoke(credential)) {
          ids.add(String.valueOf(id));
        }
      } catch (ReflectiveOperationException | ClassCastException e) {
        // Not the registry's credential.
      }
    }
    return Set.copyOf(ids);
  }
}

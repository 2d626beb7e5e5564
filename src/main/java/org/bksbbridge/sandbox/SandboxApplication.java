package org.bksbbridge.sandbox;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.HashSet;
import java.util.Set;
import org.bksbbridge.api.ErrorMappers;

/** The sandbox's own JAX-RS application, apart from ours, at {@code /bksb-sandbox}. */
@ApplicationPath("/bksb-sandbox")
public class SandboxApplication extends Application {
  @Override
  public Set<Class<?>> getClasses() {
    Set<Class<?>> classes =
        new HashSet<>(
            Set.of(SandboxApiResource.class, SandboxAdminResource.class, SandboxGate.class));
    classes.addAll(ErrorMappers.ALL);
    return classes;
  }
}

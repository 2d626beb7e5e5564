package org.bksbbridge.testing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.context.RequestScoped;
import jakarta.interceptor.Interceptor;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.annotation.Annotation;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The module's beans as the server discovers them (annotated discovery: a class with a scope or an
 * interceptor binding's {@code @Interceptor}), found in the compiled main classes, less what only
 * the server can run.
 */
public final class SeModule {
  /**
   * Packages of the REST edge, pages, servlets and the dev sandbox: they need the web container.
   */
  static final Set<String> SERVER_ONLY_PACKAGES = Set.of("api", "ui", "web");

  /**
   * The server's start-up: it migrates the schema through the server's data source and announces
   * it. Outside, {@link SeDatabase} migrates, and a test starts what it tests itself.
   */
  static final Set<String> SERVER_START_UP = Set.of("org.bksbbridge.schema.SchemaMigrator");

  private static final List<Class<? extends Annotation>> BEAN_DEFINING =
      List.of(ApplicationScoped.class, RequestScoped.class, Dependent.class, Interceptor.class);

  private static volatile List<Class<?>> beans;

  private SeModule() {}

  /** The module's bean classes, scanned once per test JVM. */
  public static List<Class<?>> beans() {
    if (beans == null) {
      beans = scan();
    }
    return beans;
  }

  private static List<Class<?>> scan() {
    Path root;
    try {
      root =
          Path.of(
              org.bksbbridge.jobs.JobRuns.class
                  .getProtectionDomain()
                  .getCodeSource()
                  .getLocation()
                  .toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
    try (Stream<Path> files = Files.walk(root)) {
      return files
          .filter(f -> f.toString().endsWith(".class"))
          .map(f -> root.relativize(f).toString().replace('/', '.').replace(".class", ""))
          .filter(n -> n.startsWith("org.bksbbridge.") && !serverOnly(n))
          .sorted()
          .map(SeModule::load)
          .filter(SeModule::isBean)
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static boolean serverOnly(String name) {
    String rest = name.substring("org.bksbbridge.".length());
    int dot = rest.indexOf('.');
    return dot > 0 && SERVER_ONLY_PACKAGES.contains(rest.substring(0, dot));
  }

  private static Class<?> load(String name) {
    try {
      return Class.forName(name, false, SeModule.class.getClassLoader());
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException(e);
    }
  }

  private static boolean isBean(Class<?> c) {
    if (SERVER_START_UP.contains(c.getName())
        || c.isAnnotationPresent(jakarta.ws.rs.Path.class)
        || c.isAnnotationPresent(jakarta.ws.rs.ext.Provider.class)) {
      return false;
    }
    return BEAN_DEFINING.stream().anyMatch(c::isAnnotationPresent);
  }
}

package org.bksbbridge.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Refuses to measure a build that is not the sources: Maven without {@code clean} keeps in
 * target/classes what was deleted from src. A dropped migration there is still applied by Flyway
 * and a dropped bean is still found by CDI, so the figures would be of code no commit holds (it
 * happened: a covering index tried and dropped stayed in a later benchmark's schema).
 */
final class BuildOutputCheck {
  private BuildOutputCheck() {}

  /** Throws naming every file of {@code classes} that no source in {@code project} makes. */
  static void requireNoStaleFiles(Path project, Path classes) {
    List<String> stale;
    try (Stream<Path> files = Files.walk(classes)) {
      stale =
          files
              .filter(Files::isRegularFile)
              .map(f -> classes.relativize(f).toString().replace('\\', '/'))
              .filter(f -> !hasSource(project, f))
              .sorted()
              .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (!stale.isEmpty()) {
      throw new IllegalStateException(
          classes
              + " holds files no source makes any more, so the figures would not be of this"
              + " code; run mvn clean first. Stale: "
              + stale);
    }
  }

  private static final List<String> GENERATED =
      List.of("org/bksbbridge/api/openapi.json", "org/bksbbridge/api/openapi.yaml");

  static boolean hasSource(Path project, String output) {
    if (output.endsWith(".class")) {
      String name = output.substring(0, output.length() - ".class".length());
      int nested = name.indexOf('$');
      String outer = nested < 0 ? name : name.substring(0, nested);
      return Files.exists(project.resolve("src/main/java/" + outer + ".java"));
    }
    if (GENERATED.contains(output)) {
      // Made at build time from the classes' annotations (smallrye-open-api-maven-plugin): its
      // source is the resources, so it is stale only if they are.
      return true;
    }
    String jobs = "META-INF/batch-jobs/";
    if (output.startsWith(jobs)) {
      return Files.exists(project.resolve("batch-jobs/" + output.substring(jobs.length())));
    }
    return Files.exists(project.resolve("src/main/resources/" + output));
  }
}

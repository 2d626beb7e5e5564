package org.bksbbridge.container;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.bksbbridge.container.Dockerfile.Instruction;
import org.junit.jupiter.api.Test;

/**
 * After {@code mvn package}: every file the Dockerfile copies is there, so {@code docker build}
 * finds its whole context; and what is staged for the image carries no dev or generated file. No
 * server is started (failsafe runs it after the package phase).
 */
class ContainerImageIT {
  @Test
  void everySourceTheDockerfileCopiesExistsAfterThePackagePhase() throws IOException {
    for (Instruction copy : Dockerfile.read().all("COPY")) {
      for (String source : copy.sources()) {
        Path p = Path.of(source);
        assertTrue(Files.exists(p), source + " is missing after mvn package");
        if (source.endsWith("/")) {
          assertTrue(Files.isDirectory(p), source);
        }
      }
    }
  }

  @Test
  void theStagedConfigurationIsProductionsAndTheDriversAreAllThere() throws IOException {
    Path config = Path.of("target/liberty-production");
    try (Stream<Path> all = Files.walk(config)) {
      Set<String> files =
          all.filter(Files::isRegularFile)
              .map(p -> config.relativize(p).toString())
              .collect(Collectors.toSet());
      assertTrue(
          files.containsAll(Set.of("server.xml", "db-derby.xml", "db-postgres.xml")),
          files.toString());
      for (String f : files) {
        assertFalse(f.startsWith("configDropins"), f);
        assertFalse(
            f.matches(".*(server\\.env|bootstrap\\.properties|\\.p12|\\.jks|ltpa\\.keys)$"), f);
      }
    }
    try (Stream<Path> jars = Files.list(Path.of("target/jdbc"))) {
      assertEquals(
          Set.of("derby.jar", "derbyshared.jar", "derbytools.jar", "postgresql.jar"),
          jars.map(p -> p.getFileName().toString()).collect(Collectors.toSet()));
    }
    assertFalse(Files.exists(config.resolve("configDropins")));
  }
}

package org.bksbbridge.bench;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BuildOutputCheckTest {
  @TempDir Path project;

  private Path file(String path) throws IOException {
    Path p = project.resolve(path);
    Files.createDirectories(p.getParent());
    return Files.writeString(p, "x");
  }

  private Path classesOfTheSources() throws IOException {
    file("src/main/java/org/x/Reader.java");
    file("src/main/resources/db/migration/common/V2__b.sql");
    file("batch-jobs/job.xml");
    file("target/classes/org/x/Reader.class");
    file("target/classes/org/x/Reader$Checkpoint.class");
    file("target/classes/db/migration/common/V2__b.sql");
    file("target/classes/META-INF/batch-jobs/job.xml");
    return project.resolve("target/classes");
  }

  @Test
  void aBuildOfTheSourcesPasses() throws IOException {
    Path classes = classesOfTheSources();
    assertDoesNotThrow(() -> BuildOutputCheck.requireNoStaleFiles(project, classes));
  }

  @Test
  void aDroppedMigrationClassOrJobLeftInTheBuildIsNamed() throws IOException {
    Path classes = classesOfTheSources();
    file("target/classes/db/migration/common/V7__dropped.sql");
    file("target/classes/org/x/Dropped$1.class");
    file("target/classes/META-INF/batch-jobs/old-job.xml");

    IllegalStateException e =
        assertThrows(
            IllegalStateException.class,
            () -> BuildOutputCheck.requireNoStaleFiles(project, classes));
    assertTrue(
        e.getMessage()
            .endsWith(
                "Stale: [META-INF/batch-jobs/old-job.xml, db/migration/common/V7__dropped.sql,"
                    + " org/x/Dropped$1.class]"),
        e.getMessage());
    assertTrue(e.getMessage().contains("mvn clean"), e.getMessage());
  }
}

package org.bksbbridge.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UploadSweeperTest {
  @TempDir Path dir;

  private Path file(String name, Instant lastModified) throws Exception {
    Path f = dir.resolve(name);
    Files.writeString(f, "reference,firstName,lastName\n");
    Files.setLastModifiedTime(f, FileTime.from(lastModified));
    return f;
  }

  @Test
  void deletesUploadsOlderThanTheCutOffAndNothingElse() throws Exception {
    Instant now = Instant.parse("2026-11-20T10:00:00Z");
    Instant cutOff = now.minus(Duration.ofDays(7));
    Path old = file("NORTH-" + UUID.randomUUID() + ".csv", cutOff.minusSeconds(60));
    Path oldJson = file("A-B_C-" + UUID.randomUUID() + ".json", cutOff.minus(Duration.ofDays(30)));
    Path recent = file("NORTH-" + UUID.randomUUID() + ".csv", cutOff.plusSeconds(60));
    Path opsFile = file("learners.csv", cutOff.minus(Duration.ofDays(30)));

    ImportFiles files = new ImportFiles(dir.toString(), " ");
    assertEquals(2, UploadSweeper.sweep(files, cutOff));

    assertFalse(Files.exists(old));
    assertFalse(Files.exists(oldJson));
    assertTrue(Files.exists(recent), "kept for a restart");
    assertTrue(Files.exists(opsFile), "not named like an upload: not ours to delete");
  }
}

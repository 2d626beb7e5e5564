package org.bksbbridge.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Job logs in Liberty's layout, dated by a clock: the old ones go, the recent and running stay. */
class JobLogRetentionTest {
  static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-31T03:00:00Z"), ZoneOffset.UTC);
  static final Instant CUTOFF = CLOCK.instant().minus(Duration.ofDays(30));

  @TempDir Path root;

  /** Writes {@code files} under joblogs/job/date/instance/execution, last written days ago. */
  private Path execution(String job, int instance, int execution, int daysAgo, String... files)
      throws IOException {
    Path dir =
        root.resolve(job)
            .resolve("2026-01-01")
            .resolve("instance." + instance)
            .resolve("execution." + execution);
    FileTime when = FileTime.from(CLOCK.instant().minus(Duration.ofDays(daysAgo)));
    for (String f : files) {
      Path file = dir.resolve(f);
      Files.createDirectories(file.getParent());
      Files.writeString(file, "log of " + job + " " + execution + " " + f);
    }
    try (Stream<Path> all = Files.walk(dir)) {
      for (Path p : all.toList()) {
        Files.setLastModifiedTime(p, when);
      }
    }
    return dir;
  }

  private static void touch(Path file, Instant when) throws IOException {
    Files.setLastModifiedTime(file, FileTime.from(when));
  }

  @Test
  void executionsLastWrittenBeforeTheCutoffGoWithTheFoldersTheyLeaveEmpty() throws IOException {
    Path old = execution("learner-import", 1, 1, 45, "part.1.log");
    Path oldPartitioned =
        execution("bksb-nightly", 2, 2, 31, "part.1.log", "assessments/0/part.1.log");
    Path recent = execution("bksb-nightly", 3, 3, 29, "part.1.log");
    // A restarted instance: its first execution is old, its restart recent.
    Path first = execution("bksb-get-users", 4, 4, 40, "part.1.log");
    Path restart = execution("bksb-get-users", 4, 7, 1, "part.1.log");
    // A long run whose partition wrote yesterday although its top log is old.
    Path running =
        execution("bksb-get-assessments", 5, 5, 60, "part.1.log", "results/1/part.2.log");
    touch(running.resolve("results/1/part.2.log"), CLOCK.instant().minus(Duration.ofDays(1)));

    JobLogRetention.Removed r = JobLogRetention.sweep(root, CUTOFF);

    assertEquals(3, r.executions());
    assertEquals(4, r.files());
    assertTrue(r.bytes() > 0);
    assertEquals(
        Map.of(
            "bksb-get-users", List.of("4"),
            "bksb-nightly", List.of("2"),
            "learner-import", List.of("1")),
        r.byJob());
    for (Path gone : List.of(old, oldPartitioned, first)) {
      assertFalse(Files.exists(gone), gone + " is older than 30 days");
    }
    for (Path kept : List.of(recent, restart, running)) {
      assertTrue(Files.exists(kept.resolve("part.1.log")), kept + " was written within 30 days");
    }
    assertFalse(Files.exists(root.resolve("learner-import")), "its job folder was left empty");
    assertTrue(Files.exists(first.getParent()), "the restarted instance keeps its folder");
    assertTrue(Files.isDirectory(root), "the root stays");
    assertEquals(
        "3 job execution log(s), 4 file(s), 0 KiB: bksb-get-users 4; bksb-nightly 2;"
            + " learner-import 1",
        r.describe());

    JobLogRetention.Removed again = JobLogRetention.sweep(root, CUTOFF);
    assertEquals(0, again.executions(), "nothing more to delete");
  }

  @Test
  void aLinkedFolderIsSweptWhereItLeads(@TempDir Path elsewhere) throws IOException {
    Path old = execution("learner-import", 1, 1, 45, "part.1.log");
    Path link = Files.createSymbolicLink(elsewhere.resolve("joblogs"), root);
    assertEquals(1, JobLogRetention.sweep(link, CUTOFF).executions());
    assertFalse(Files.exists(old));
  }

  @Test
  void noFolderYetIsNothingToDo(@TempDir Path elsewhere) {
    assertEquals(0, JobLogRetention.sweep(elsewhere.resolve("joblogs"), CUTOFF).executions());
  }

  @Test
  void filesOutsideExecutionFoldersAreLeftAlone() throws IOException {
    Path stray = root.resolve("README.txt");
    Files.writeString(stray, "ops notes");
    touch(stray, Instant.parse("2020-01-01T00:00:00Z"));
    execution("learner-import", 1, 1, 90, "part.1.log");
    JobLogRetention.sweep(root, CUTOFF);
    assertTrue(Files.exists(stray));
    try (Stream<Path> left = Files.list(root)) {
      assertEquals(List.of(stray), left.toList());
    }
  }

  @Test
  void theFolderIsLibertysOwnChoice() {
    Optional<String> none = Optional.empty();
    assertEquals(
        Optional.of(Path.of("/srv/logs/jobs")),
        JobLogRetention.root(Optional.of("/srv/logs/jobs"), k -> "/logs", k -> "/out"));
    assertEquals(
        Optional.of(Path.of("/logs/joblogs")),
        JobLogRetention.root(none, k -> k.equals("LOG_DIR") ? "/logs" : null, k -> "/out"));
    assertEquals(
        Optional.of(Path.of("/out/logs/joblogs")),
        JobLogRetention.root(
            Optional.of(" "), k -> null, k -> k.equals("server.output.dir") ? "/out" : null));
    assertEquals(Optional.empty(), JobLogRetention.root(none, k -> null, k -> null));
  }

  @Test
  void aLongListNamesTheFirstExecutionsAndCountsTheRest() {
    List<String> ids = Stream.iterate(1, i -> i + 1).limit(45).map(String::valueOf).toList();
    String line =
        new JobLogRetention.Removed(
                46, 46, 2048, new TreeMap<>(Map.of("a-job", List.of("0"), "b-job", ids)), 1)
            .describe();
    assertTrue(line.startsWith("46 job execution log(s), 46 file(s), 2 KiB: a-job 0; b-job 1,2,"));
    assertTrue(line.contains(",39,... (45 in all)"), line);
    assertFalse(line.contains(",40,"), line);
    assertTrue(line.endsWith("(1 could not be deleted; tried again next time)"), line);
  }
}

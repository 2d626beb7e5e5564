package org.bksbbridge.jobs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

/**
 * Deletes Liberty's job logs that nobody wrote to for a while. Liberty writes each execution's log
 * under {@code joblogs/<job>/<date>/instance.<n>/execution.<m>/} (partitions in folders below) and
 * never deletes one. An execution's folder goes once its newest file is older than the cutoff (a
 * restart adds a new execution folder, so older executions of a restarted instance go on their
 * own); the job, date and instance folders it leaves empty go with it.
 */
final class JobLogRetention {
  private static final String EXECUTION = "execution.";
  private static final int NAMED = 40;

  private JobLogRetention() {}

  /** What one sweep removed. */
  record Removed(
      int executions, long files, long bytes, Map<String, List<String>> byJob, int failed) {
    /** One line for the log: counts, then the executions by job (the first {@value #NAMED}). */
    String describe() {
      StringBuilder s =
          new StringBuilder()
              .append(executions)
              .append(" job execution log(s), ")
              .append(files)
              .append(" file(s), ")
              .append(bytes / 1024)
              .append(" KiB:");
      int named = 0;
      for (Map.Entry<String, List<String>> e : byJob.entrySet()) {
        List<String> ids = e.getValue();
        int room = Math.max(0, NAMED - named);
        s.append(' ')
            .append(e.getKey())
            .append(' ')
            .append(String.join(",", ids.subList(0, Math.min(room, ids.size()))));
        if (ids.size() > room) {
          s.append(",... (").append(ids.size()).append(" in all)");
        }
        s.append(';');
        named += Math.min(room, ids.size());
      }
      s.setLength(s.length() - 1);
      if (failed > 0) {
        s.append(" (").append(failed).append(" could not be deleted; tried again next time)");
      }
      return s.toString();
    }
  }

  /**
   * The folder Liberty writes job logs to, as Liberty picks it: {@code configured} when set, else
   * {@code $LOG_DIR/joblogs}, else {@code <server.output.dir>/logs/joblogs}; empty outside Liberty.
   */
  static Optional<Path> root(
      Optional<String> configured, UnaryOperator<String> env, UnaryOperator<String> properties) {
    if (configured.filter(s -> !s.isBlank()).isPresent()) {
      return configured.map(Path::of);
    }
    String logDir = env.apply("LOG_DIR");
    if (logDir != null && !logDir.isBlank()) {
      return Optional.of(Path.of(logDir, "joblogs"));
    }
    return Optional.ofNullable(properties.apply("server.output.dir"))
        .map(dir -> Path.of(dir, "logs", "joblogs"));
  }

  /** Deletes every execution's log under {@code root} last written before {@code cutoff}. */
  static Removed sweep(Path configured, Instant cutoff) {
    if (!Files.isDirectory(configured)) {
      return new Removed(0, 0, 0, Map.of(), 0);
    }
    Path root;
    try {
      // The folder itself may be a link (the container image links its logs to /logs): the walk
      // below does not follow links, so it starts from where the link leads.
      root = configured.toRealPath();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    int executions = 0;
    int failed = 0;
    long[] filesAndBytes = new long[2];
    Map<String, List<String>> byJob = new TreeMap<>();
    for (Path execution : executions(root)) {
      try {
        if (newest(execution).toInstant().isBefore(cutoff)) {
          delete(execution, filesAndBytes);
          executions++;
          String job = root.relativize(execution).getName(0).toString();
          byJob
              .computeIfAbsent(job, k -> new ArrayList<>())
              .add(execution.getFileName().toString().substring(EXECUTION.length()));
          pruneEmptyParents(root, execution.getParent());
        }
      } catch (NoSuchFileException gone) {
        // Deleted meanwhile (another sweep, or someone by hand): nothing left to do.
      } catch (IOException e) {
        // One folder we may not delete (permissions, a file written meanwhile) must not stop
        // the others: the next sweep tries it again.
        failed++;
      }
    }
    return new Removed(executions, filesAndBytes[0], filesAndBytes[1], byJob, failed);
  }

  /** The execution folders, wherever they sit below the root: the layout is Liberty's. */
  private static List<Path> executions(Path root) {
    List<Path> found = new ArrayList<>();
    try (Stream<Path> dirs = Files.find(root, 4, (p, a) -> a.isDirectory())) {
      dirs.filter(p -> p.getFileName().toString().startsWith(EXECUTION))
          .sorted()
          .forEach(found::add);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return found;
  }

  private static FileTime newest(Path dir) throws IOException {
    try (Stream<Path> all = Files.walk(dir)) {
      return all.map(JobLogRetention::modified).max(Comparator.naturalOrder()).orElseThrow();
    }
  }

  private static FileTime modified(Path p) {
    try {
      return Files.getLastModifiedTime(p);
    } catch (IOException e) {
      // Gone while we looked: it counts as written now, so its folder is kept this time.
      return FileTime.fromMillis(Long.MAX_VALUE);
    }
  }

  private static void delete(Path dir, long[] filesAndBytes) throws IOException {
    List<Path> deepestFirst;
    try (Stream<Path> all = Files.walk(dir)) {
      deepestFirst = all.sorted(Comparator.reverseOrder()).toList();
    }
    for (Path p : deepestFirst) {
      if (Files.isRegularFile(p)) {
        filesAndBytes[0]++;
        filesAndBytes[1] += Files.size(p);
      }
      Files.deleteIfExists(p);
    }
  }

  /** Removes the instance, date and job folders left empty, never the root. */
  private static void pruneEmptyParents(Path root, Path dir) throws IOException {
    while (dir != null && !dir.equals(root) && dir.startsWith(root)) {
      try (Stream<Path> left = Files.list(dir)) {
        if (left.findAny().isPresent()) {
          return;
        }
      }
      Files.deleteIfExists(dir);
      dir = dir.getParent();
    }
  }
}

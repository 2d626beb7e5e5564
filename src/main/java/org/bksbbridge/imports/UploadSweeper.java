package org.bksbbridge.imports;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebListener;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.bksbbridge.server.RepeatingTask;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Deletes uploads left behind by imports that failed or were stopped (kept meanwhile for a restart)
 * or that never started, once {@code bksb.import.keepFailedDays} have passed since their last
 * attempt: uploads are personal data. Runs hourly on every server; servers sharing the directory
 * may delete the same file, which is harmless. Only files named like uploads are touched, whatever
 * else ops keep in the directory.
 */
@WebListener
public class UploadSweeper extends RepeatingTask {
  private static final Logger LOG = Logger.getLogger(UploadSweeper.class.getName());

  @Inject ImportFiles files;
  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = "bksb.import.keepFailedDays", defaultValue = "7")
  int keepDays;

  public UploadSweeper() {
    super(LOG);
  }

  @Override
  protected Rounds rounds() {
    return Rounds.after(1, 60, TimeUnit.MINUTES);
  }

  @Override
  protected void round() throws IOException {
    // At least a day: 0 or less would delete uploads of imports queued or running now.
    int deleted = sweep(files, clock.instant().minus(Duration.ofDays(Math.max(1, keepDays))));
    if (deleted > 0) {
      LOG.info(() -> "deleted " + deleted + " uploads older than " + keepDays + " days");
    }
  }

  @Override
  protected String failure() {
    return "the upload sweep failed";
  }

  /**
   * @return how many uploads last changed before {@code before} were deleted
   */
  static int sweep(ImportFiles files, Instant before) throws IOException {
    List<Path> old;
    try (Stream<Path> all = Files.list(files.uploadDir())) {
      old =
          all.filter(f -> files.ownerOf(f).isPresent())
              .filter(f -> lastModified(f).isBefore(before))
              .toList();
    }
    int deleted = 0;
    for (Path f : old) {
      // Looked at again: a restart may have touched it since the listing.
      if (lastModified(f).isBefore(before) && Files.deleteIfExists(f)) {
        deleted++;
      }
    }
    return deleted;
  }

  private static Instant lastModified(Path f) {
    try {
      return Files.getLastModifiedTime(f).toInstant();
    } catch (IOException e) {
      // Gone meanwhile (deleted by its import, or another server): nothing to sweep.
      return Instant.MAX;
    }
  }
}

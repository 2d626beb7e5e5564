package org.bksbbridge.imports;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import org.bksbbridge.api.ApiException;
import org.bksbbridge.centre.CentreService;
import org.bksbbridge.jobs.JobService;
import org.bksbbridge.security.Permissions;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Stores an upload on disk (so a restarted job can read it again), checks that its header or outer
 * shape is readable, and starts {@code learner-import} on it.
 */
@ApplicationScoped
public class ImportService {
  public static final String JOB = "learner-import";

  @Inject CentreService centres;
  @Inject JobService jobs;
  @Inject Permissions permissions;

  @Inject
  @ConfigProperty(name = "bksb.import.dir", defaultValue = "imports")
  String importDir;

  /**
   * @return the id of the job execution that imports the upload
   */
  public long start(String centreId, ImportFormat format, InputStream upload) {
    permissions.requireEditor();
    centres.require(centreId);
    Path file = store(centreId, format, upload);
    try (RowSource rows = format.open(Files.newInputStream(file))) {
      // Opening reads the header (CSV) or the opening bracket (JSON): fail now, not in the job.
    } catch (UploadException e) {
      deleteQuietly(file);
      throw ApiException.badRequest(
          "the upload cannot be imported", Map.of(e.field(), e.getMessage()));
    } catch (IOException e) {
      deleteQuietly(file);
      throw new UncheckedIOException(e);
    }
    Properties params = new Properties();
    params.setProperty("centreId", centreId);
    params.setProperty("file", file.toAbsolutePath().toString());
    params.setProperty("format", format.name());
    params.setProperty("deleteWhenDone", "true");
    return jobs.start(JOB, params);
  }

  private Path store(String centreId, ImportFormat format, InputStream upload) {
    try {
      Path dir = Files.createDirectories(Path.of(importDir));
      Path file =
          dir.resolve(centreId + "-" + UUID.randomUUID() + "." + format.name().toLowerCase());
      Files.copy(upload, file);
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException("could not store the upload in " + importDir, e);
    }
  }

  private static void deleteQuietly(Path file) {
    try {
      Files.deleteIfExists(file);
    } catch (IOException ignored) {
      // A stray upload is harmless; the caller's error matters more.
    }
  }
}

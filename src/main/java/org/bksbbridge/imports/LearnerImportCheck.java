package org.bksbbridge.imports;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import org.bksbbridge.centre.Centre;
import org.bksbbridge.persistence.Columns;

/**
 * The job's own check of its parameters, at every start and restart: Liberty's batch API and
 * batchManager start it without our API, and must not do what our API refuses (import into a centre
 * that does not exist, or another centre's upload). Also reads the header (CSV) or the opening
 * bracket (JSON), so a file that cannot be imported at all fails here with its reason.
 */
@Dependent
@Named("learnerImportCheck")
public class LearnerImportCheck extends AbstractBatchlet {
  private static final int EXIT_STATUS_MAX = 500;

  @Inject JobContext job;
  @Inject EntityManager em;
  @Inject ImportFiles files;
  @Inject ImportFailures failures;
  @Inject Clock clock;

  @Inject
  @BatchProperty(name = "centreId")
  String centreId;

  @Inject
  @BatchProperty(name = "file")
  String file;

  @Inject
  @BatchProperty(name = "format")
  String format;

  @Override
  public String process() {
    if (centreId == null || centreId.isBlank()) {
      throw refuse(
          "the job parameter 'centreId' is missing (restart with the previous parameters)");
    }
    if (em.find(Centre.class, centreId) == null) {
      throw refuse("no centre " + centreId);
    }
    ImportFormat importFormat = ImportFormat.parameter(format);
    if (importFormat == null) {
      throw refuse("the job parameter 'format' must be CSV or JSON");
    }
    Path path;
    try {
      path = files.readableFor(file, centreId);
    } catch (IllegalArgumentException e) {
      throw refuse(e.getMessage());
    }
    try (RowSource rows = importFormat.open(Files.newInputStream(path))) {
      if (files.isUpload(path)) {
        // The upload is kept for a restart for some days after its last attempt, not its arrival.
        Files.setLastModifiedTime(path, FileTime.from(clock.instant()));
      }
    } catch (UploadException e) {
      failures.record(job.getInstanceId(), importFormat.wholeFileRow(), e.getMessage());
      throw refuse("the file cannot be imported: " + e.getMessage());
    } catch (NoSuchFileException e) {
      throw refuse(
          "the import file no longer exists (uploads of failed imports are kept for days)");
    } catch (IOException e) {
      throw refuse("the import file cannot be read: " + e.getClass().getSimpleName());
    }
    return "CHECKED";
  }

  /** The reason becomes the job's exit status; the exception fails the step, and so the job. */
  private IllegalStateException refuse(String reason) {
    // Clipped: the batch runtime's column for exit statuses is short.
    job.setExitStatus(Columns.clip(reason, EXIT_STATUS_MAX));
    return new IllegalStateException("learner-import " + job.getExecutionId() + ": " + reason);
  }
}

package org.bksbbridge.imports;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.listener.AbstractJobListener;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Deletes an upload the application stored once its import completed. A failed or stopped import
 * keeps it, so a restart can read it again; files ops named from elsewhere are never deleted.
 */
@Dependent
@Named("learnerImportJobListener")
public class LearnerImportJobListener extends AbstractJobListener {
  private static final Logger LOG = Logger.getLogger(LearnerImportJobListener.class.getName());

  @Inject JobContext job;

  @Inject
  @BatchProperty(name = "file")
  String file;

  @Inject ImportFiles files;

  @Override
  public void afterJob() {
    if (job.getBatchStatus() == BatchStatus.COMPLETED && file != null && !file.isBlank()) {
      try {
        Path path = Path.of(file);
        if (files.isUpload(path)) {
          Files.deleteIfExists(path);
        }
      } catch (Exception e) {
        LOG.log(
            Level.WARNING, "could not delete the import file of job " + job.getExecutionId(), e);
      }
    }
  }
}

package org.bksbbridge.imports;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The import's last step, reached only when the import step completed: deletes the upload (personal
 * data) at once. A step rather than a job listener because a job listener's afterJob sees the
 * status STARTED on Liberty, so it never knew the import had completed. Files ops named from
 * elsewhere are never deleted.
 */
@Dependent
@Named("learnerImportCleanup")
public class LearnerImportCleanup extends AbstractBatchlet {
  private static final Logger LOG = Logger.getLogger(LearnerImportCleanup.class.getName());

  @Inject JobContext job;
  @Inject ImportFiles files;

  @Inject
  @BatchProperty(name = "file")
  String file;

  @Override
  public String process() {
    Path path = Path.of(file);
    if (files.ownerOf(path).isEmpty()) {
      return "KEPT";
    }
    try {
      Files.deleteIfExists(path);
      return "DELETED";
    } catch (IOException e) {
      // The import itself succeeded; the upload sweep removes the file later.
      LOG.log(Level.WARNING, "could not delete the upload of import " + job.getExecutionId(), e);
      return "KEPT";
    }
  }
}

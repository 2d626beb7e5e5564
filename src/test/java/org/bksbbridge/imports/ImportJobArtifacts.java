package org.bksbbridge.imports;

import org.bksbbridge.audit.AuditLog;
import org.bksbbridge.audit.AuditService;
import org.bksbbridge.jobs.SkippedRowStore;
import org.bksbbridge.learner.LearnerRepository;
import org.bksbbridge.learner.LearnerStore;

/** The beans the learner-import JSL needs, for tests and benchmarks that run it under JBeret SE. */
public final class ImportJobArtifacts {
  public static final Class<?>[] LEARNER_IMPORT = {
    LearnerImportReader.class,
    LearnerRowProcessor.class,
    LearnerUpsertWriter.class,
    ImportSkipListener.class,
    LearnerImportCheck.class,
    LearnerImportCleanup.class,
    ImportFailures.class,
    LearnerStore.class,
    LearnerRepository.class,
    AuditService.class,
    AuditLog.class,
    SkippedRowStore.class,
    SeImportFiles.class
  };

  private ImportJobArtifacts() {}
}

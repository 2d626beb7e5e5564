package org.bksbbridge.imports;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Alternative;
import java.nio.file.Path;
import org.bksbbridge.testing.SeEnvironment;

/**
 * The import directories of a test: uploads in {@code <root>/uploads}, an ops directory in {@code
 * <root>/ops}, the root being the test's own ({@link SeEnvironment#importRoot}).
 */
@Alternative
@Priority(1)
@Dependent
public class SeImportFiles extends ImportFiles {
  @jakarta.inject.Inject
  public SeImportFiles(SeEnvironment env) {
    this(env.importRoot());
  }

  private SeImportFiles(Path root) {
    super(root.resolve("uploads").toString(), root.resolve("ops").toString());
  }
}

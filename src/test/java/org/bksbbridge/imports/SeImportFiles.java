package org.bksbbridge.imports;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Alternative;
import java.nio.file.Path;

/**
 * The import directories outside the server, where MicroProfile Config is absent: uploads in {@code
 * <root>/uploads}, an ops directory in {@code <root>/ops}.
 */
@Alternative
@Priority(1)
@Dependent
public class SeImportFiles extends ImportFiles {
  static volatile Path root;

  public SeImportFiles() {
    super(root.resolve("uploads").toString(), root.resolve("ops").toString());
  }

  /** Sets the root for the beans made from now on and creates its directories. */
  public static void rootAt(Path dir) throws java.io.IOException {
    root = dir;
    java.nio.file.Files.createDirectories(dir.resolve("uploads"));
    java.nio.file.Files.createDirectories(dir.resolve("ops"));
  }
}

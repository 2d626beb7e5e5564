package org.bksbbridge.imports;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Where import files may be. Uploads are stored in the import directory; ops may also name files in
 * the directories of {@code bksb.import.allowedDirs}. A job parameter naming any other file is
 * refused: whoever may submit jobs must not read or delete the server's own files with them.
 */
@ApplicationScoped
public class ImportFiles {
  private Path uploads;
  private List<Path> readable;

  protected ImportFiles() {}

  @Inject
  public ImportFiles(
      @ConfigProperty(name = "bksb.import.dir", defaultValue = "imports") String importDir,
      @ConfigProperty(name = "bksb.import.allowedDirs", defaultValue = " ") String allowedDirs) {
    uploads = Path.of(importDir).toAbsolutePath().normalize();
    readable = new ArrayList<>(List.of(uploads));
    for (String dir : allowedDirs.split(",")) {
      if (!dir.isBlank()) {
        readable.add(Path.of(dir.strip()).toAbsolutePath().normalize());
      }
    }
  }

  /** The directory uploads are stored in, created on first use. */
  public Path uploadDir() {
    try {
      return Files.createDirectories(uploads);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create the import directory " + uploads, e);
    }
  }

  /**
   * @return the file, if it lies in an import directory
   * @throws IllegalArgumentException naming the problem otherwise
   */
  public Path readable(String file) {
    if (file == null || file.isBlank()) {
      throw new IllegalArgumentException(
          "the job parameter 'file' is missing (restart with the previous parameters)");
    }
    Path p = real(Path.of(file));
    for (Path root : readable) {
      if (p.startsWith(real(root))) {
        return p;
      }
    }
    throw new IllegalArgumentException(
        "the import file must be in the import directory or in bksb.import.allowedDirs");
  }

  /** Whether the file is an upload this application stored (and so may delete). */
  public boolean isUpload(Path file) {
    return real(file).startsWith(real(uploads));
  }

  /** Links resolved, so a link inside an allowed directory cannot point outside it. */
  private static Path real(Path p) {
    Path abs = p.toAbsolutePath().normalize();
    try {
      return Files.exists(abs) ? abs.toRealPath() : abs;
    } catch (IOException e) {
      return abs;
    }
  }
}

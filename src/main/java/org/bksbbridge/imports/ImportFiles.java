package org.bksbbridge.imports;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bksbbridge.centre.CentreService;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Where import files may be. Uploads are stored in the import directory; ops may also name files in
 * the directories of {@code bksb.import.allowedDirs}. A job parameter naming any other file is
 * refused: whoever may submit jobs must not read or delete the server's own files with them.
 *
 * <p>An upload's name records its centre ({@code NORTH-<uuid>.csv}), so a job that names an upload
 * can be held to it: a centre's uploads are imported into that centre only.
 */
@ApplicationScoped
public class ImportFiles {
  // The centre's id, then a fixed-length UUID that keeps a '-' in the id unambiguous.
  private static final Pattern UPLOAD_NAME =
      Pattern.compile(
          "("
              + CentreService.ID_PATTERN
              + ")-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"
              + "\\.(csv|json)");

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

  /** A new file in the upload directory for an upload to the centre. */
  public Path newUpload(String centreId, ImportFormat format) {
    return uploadDir()
        .resolve(centreId + "-" + UUID.randomUUID() + "." + format.name().toLowerCase());
  }

  /**
   * @return the file, if it lies in an import directory and, when it is in the upload directory, is
   *     an upload of that centre
   * @throws IllegalArgumentException naming the problem otherwise
   */
  public Path readableFor(String file, String centreId) {
    Path p = readable(file);
    if (isUpload(p) && !ownerOf(p).map(centreId::equals).orElse(false)) {
      throw new IllegalArgumentException("the file is not an upload of centre " + centreId);
    }
    return p;
  }

  /**
   * @return the centre an upload was stored for; empty for a file not named like an upload or not
   *     directly in the upload directory
   */
  public Optional<String> ownerOf(Path file) {
    Path p = real(file);
    Matcher m = UPLOAD_NAME.matcher(p.getFileName().toString());
    if (!real(uploads).equals(p.getParent()) || !m.matches()) {
      return Optional.empty();
    }
    return Optional.of(m.group(1));
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

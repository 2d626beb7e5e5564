package org.bksbbridge.imports;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import org.bksbbridge.access.CentreAccess;
import org.bksbbridge.access.Command;
import org.bksbbridge.audit.Actor;
import org.bksbbridge.audit.Actors;
import org.bksbbridge.centre.CentreService;
import org.bksbbridge.jobs.JobService;
import org.bksbbridge.refusal.Refusal;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Stores an upload on disk (so a restarted job can read it again), checks that its header or outer
 * shape is readable, and starts {@code learner-import} on it. Uploads are streamed to disk, never
 * held in memory, and refused (413) past {@code bksb.import.maxUploadMB}.
 */
@ApplicationScoped
public class ImportService {
  public static final String JOB = "learner-import";

  /**
   * The job parameters naming the client address that started the import and who started it from
   * there, for the audit trail: a restart by someone else keeps the first start's parameters, and
   * its changes are then recorded without an address rather than with the wrong one.
   */
  public static final String STARTED_FROM = "startedFrom";

  public static final String STARTED_FROM_BY = "startedFromBy";

  @Inject CentreService centres;
  @Inject JobService jobs;
  @Inject CentreAccess access;

  @Inject ImportFiles files;
  @Inject Actors actors;

  @Inject
  @ConfigProperty(name = "bksb.import.maxUploadMB", defaultValue = "50")
  long maxUploadMb;

  /**
   * Refuses an upload whose declared length is over the limit before a byte of it is read.
   *
   * @param contentLength the request's Content-Length, or null when it has none (chunked)
   */
  public void checkDeclaredSize(String contentLength) {
    try {
      if (contentLength != null && Long.parseLong(contentLength.strip()) > maxBytes()) {
        throw tooLarge();
      }
    } catch (NumberFormatException e) {
      // Not a length: the server refuses such a request itself; counting still applies.
    }
  }

  private long maxBytes() {
    return maxUploadMb * 1024 * 1024;
  }

  private Refusal tooLarge() {
    return new Refusal(
        Refusal.Kind.TOO_LARGE,
        "the upload is larger than the limit of " + maxUploadMb + " MB",
        Map.of("body", "split the file, or ask for a larger bksb.import.maxUploadMB"));
  }

  /**
   * @return the id of the job execution that imports the upload
   */
  public long start(String centreId, ImportFormat format, InputStream upload) {
    return start(centreId, format, StandardCharsets.UTF_8, upload);
  }

  /**
   * @param charset how the upload is encoded (Excel's plain "CSV" is windows-1252); it is stored as
   *     UTF-8, and a byte that is not valid in the charset is a 400, not a silently changed name
   */
  public long start(String centreId, ImportFormat format, Charset charset, InputStream upload) {
    access.require(Command.IMPORT_LEARNERS, centreId);
    centres.require(centreId);
    Path file = store(centreId, format, charset, upload);
    try (RowSource rows = format.open(Files.newInputStream(file))) {
      // Opening reads the header (CSV) or the opening bracket (JSON): fail now, not in the job.
    } catch (UploadException e) {
      deleteQuietly(file);
      throw Refusal.invalid("the upload cannot be imported", Map.of(e.field(), e.getMessage()));
    } catch (IOException e) {
      deleteQuietly(file);
      throw new UncheckedIOException(e);
    }
    Properties params = new Properties();
    params.setProperty("centreId", centreId);
    params.setProperty("file", file.toAbsolutePath().toString());
    params.setProperty("format", format.name());
    Actor by = actors.current();
    if (by.address() != null) {
      params.setProperty(STARTED_FROM, by.address());
      params.setProperty(STARTED_FROM_BY, by.name());
    }
    try {
      return jobs.start(JOB, params);
    } catch (RuntimeException e) {
      // No job will ever read it.
      deleteQuietly(file);
      throw e;
    }
  }

  private Path store(String centreId, ImportFormat format, Charset charset, InputStream upload) {
    Path file = files.newUpload(centreId, format);
    CharsetDecoder decoder =
        charset
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    try (Reader in = new InputStreamReader(new SizeLimit(upload, maxBytes()), decoder);
        Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      in.transferTo(out);
      return file;
    } catch (SizeLimit.Exceeded e) {
      deleteQuietly(file);
      throw tooLarge();
    } catch (CharacterCodingException e) {
      deleteQuietly(file);
      throw Refusal.invalid(
          "the upload cannot be imported",
          Map.of(
              "charset",
              "the file is not valid "
                  + charset.name()
                  + ": save it as \"CSV UTF-8\", or send its charset (for example text/csv;"
                  + " charset=windows-1252)"));
    } catch (IOException e) {
      deleteQuietly(file);
      throw new UncheckedIOException("could not store the upload", e);
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

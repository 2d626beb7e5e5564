package org.bksbbridge.ui;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.Locale;
import org.bksbbridge.access.CentreAccess;
import org.bksbbridge.access.Command;
import org.bksbbridge.imports.ImportFormat;
import org.bksbbridge.imports.ImportService;
import org.bksbbridge.jobs.JobExecutionView;
import org.bksbbridge.jobs.JobService;
import org.bksbbridge.jobs.SkippedRowView;
import org.bksbbridge.refusal.Refusal;

/** Uploads a CSV or JSON file of learners and follows the import job to its result. */
@Named("learnerImport")
@ViewScoped
public class LearnerImportView implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final int SKIPS_SHOWN = 50;

  @Inject ImportService imports;
  @Inject JobService jobs;
  @Inject CentreAccess access;

  private transient Part file;
  private String charset = "UTF-8";
  private Long executionId;
  private JobExecutionView execution;
  private SkippedRowView skipped;

  public void upload(String centreId) {
    if (file == null || file.getSize() == 0) {
      Messages.show(Refusal.invalid("file", "choose a CSV or JSON file to import"));
      return;
    }
    String name = file.getSubmittedFileName() == null ? "" : file.getSubmittedFileName();
    ImportFormat format =
        name.toLowerCase(Locale.ROOT).endsWith(".json") ? ImportFormat.JSON : ImportFormat.CSV;
    try (InputStream in = file.getInputStream()) {
      executionId = imports.start(centreId, format, java.nio.charset.Charset.forName(charset), in);
      skipped = null;
      refresh();
    } catch (Refusal e) {
      Messages.show(e);
    } catch (IOException e) {
      Messages.show(Refusal.invalid("file", "could not be read: " + e.getMessage()));
    }
  }

  public void refresh() {
    if (executionId == null) {
      return;
    }
    try {
      execution = jobs.execution(executionId);
      if (isFinished()) {
        skipped = jobs.skipped(executionId, 1, SKIPS_SHOWN);
      }
    } catch (Refusal e) {
      // The caller's grants changed since the upload: say so on the page.
      Messages.show(e);
    }
  }

  public boolean isFinished() {
    return execution != null
        && !execution.batchStatus().equals("STARTING")
        && !execution.batchStatus().equals("STARTED");
  }

  public boolean allowedIn(String centreId) {
    return centreId != null && access.may(Command.IMPORT_LEARNERS, centreId);
  }

  public String getCharset() {
    return charset;
  }

  /** Only the encodings the form offers; anything else falls back to UTF-8. */
  public void setCharset(String charset) {
    this.charset = "windows-1252".equals(charset) ? charset : "UTF-8";
  }

  public Part getFile() {
    return file;
  }

  public void setFile(Part file) {
    this.file = file;
  }

  public JobExecutionView getExecution() {
    return execution;
  }

  public SkippedRowView getSkipped() {
    return skipped;
  }
}

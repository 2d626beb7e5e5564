package org.bksbbridge.imports;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.nio.file.Files;

/** Streams the stored upload; the checkpoint is the number of rows already handed out. */
@Dependent
@Named("learnerImportReader")
public class LearnerImportReader extends AbstractItemReader {
  @Inject
  @BatchProperty(name = "file")
  String file;

  @Inject
  @BatchProperty(name = "format")
  String format;

  @Inject ImportFiles files;

  private RowSource rows;
  private long rowsRead;

  @Override
  public void open(Serializable checkpoint) throws IOException {
    // Step "check" has vetted the parameters and the file's header.
    rows = ImportFormat.parameter(format).open(Files.newInputStream(files.readable(file)));
    long skip = checkpoint == null ? 0 : ((ImportCheckpoint) checkpoint).rowsRead();
    // Re-reading is cheap (parsing runs far faster than upserting) and needs no byte offsets.
    while (rowsRead < skip && rows.next() != null) {
      rowsRead++;
    }
  }

  @Override
  public Object readItem() throws IOException {
    ImportRow row = rows.next();
    if (row != null) {
      rowsRead++;
    }
    return row;
  }

  @Override
  public Serializable checkpointInfo() {
    return new ImportCheckpoint(rowsRead);
  }

  @Override
  public void close() throws IOException {
    if (rows != null) {
      rows.close();
    }
  }
}

package org.bksbbridge.imports;

import java.io.Closeable;
import java.io.IOException;

/** Rows of an upload, one at a time, so a file of any size is read in constant memory. */
public interface RowSource extends Closeable {
  /**
   * @return the next row, or null at the end
   * @throws UploadException when the file cannot be read any further (for example a quote that
   *     never closes)
   */
  ImportRow next() throws IOException;
}

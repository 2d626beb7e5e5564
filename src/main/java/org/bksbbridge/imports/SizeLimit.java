package org.bksbbridge.imports;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/** Passes at most a number of bytes through; one more ends the read with {@link Exceeded}. */
final class SizeLimit extends FilterInputStream {
  /** The stream had more bytes than allowed; the caller stops reading it. */
  static final class Exceeded extends IOException {
    Exceeded(long limit) {
      super("more than " + limit + " bytes");
    }
  }

  private final long limit;
  private long count;

  SizeLimit(InputStream in, long limit) {
    super(in);
    this.limit = limit;
  }

  @Override
  public int read() throws IOException {
    int b = super.read();
    if (b >= 0) {
      counted(1);
    }
    return b;
  }

  @Override
  public int read(byte[] buffer, int offset, int length) throws IOException {
    int n = super.read(buffer, offset, length);
    if (n > 0) {
      counted(n);
    }
    return n;
  }

  @Override
  public long skip(long n) throws IOException {
    long skipped = super.skip(n);
    counted(skipped);
    return skipped;
  }

  private void counted(long n) throws Exceeded {
    count += n;
    if (count > limit) {
      throw new Exceeded(limit);
    }
  }
}

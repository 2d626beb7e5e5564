package org.bksbbridge.imports;

/** A row that cannot be imported; the step skips it (see the JSL) and records why. */
public class InvalidRowException extends Exception {
  private final long row;
  private final String reference;

  public InvalidRowException(long row, String reference, String reason) {
    super(reason);
    this.row = row;
    this.reference = reference;
  }

  public long row() {
    return row;
  }

  public String reference() {
    return reference;
  }
}

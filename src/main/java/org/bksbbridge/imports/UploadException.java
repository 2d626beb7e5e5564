package org.bksbbridge.imports;

/** The upload as a whole is unreadable (bad header, not a JSON array, broken syntax). */
public class UploadException extends RuntimeException {
  private final String field;

  public UploadException(String field, String message) {
    super(message);
    this.field = field;
  }

  /** The part of the upload at fault, for the 400 body: {@code header}, {@code body}, ... */
  public String field() {
    return field;
  }
}

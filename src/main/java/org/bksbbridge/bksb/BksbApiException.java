package org.bksbbridge.bksb;

/**
 * A bksb call that failed after its retries, or at once when retrying cannot help. The message says
 * what happened in words a centre manager can act on; it never carries a secret.
 */
public class BksbApiException extends RuntimeException {
  private final int status;
  private final boolean credentialsRejected;

  public BksbApiException(
      String message, int status, boolean credentialsRejected, Throwable cause) {
    super(message, cause);
    this.status = status;
    this.credentialsRejected = credentialsRejected;
  }

  /** The last HTTP status, or 0 when no response arrived (timeout, connection refused). */
  public int status() {
    return status;
  }

  /** 401/403: the access key was rejected or lacks a permission; jobs stop for this account. */
  public boolean credentialsRejected() {
    return credentialsRejected;
  }
}

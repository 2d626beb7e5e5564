package org.bksbbridge.sync.assessments;

/**
 * bksb did not answer after the client's own retries (timeouts, 5xx, rate limits): the chunk is
 * rolled back and retried, and when retries run out the job stops, restartable where it was.
 */
public class BksbUnavailableException extends RuntimeException {
  public BksbUnavailableException(String message, Throwable cause) {
    super(message, cause);
  }
}

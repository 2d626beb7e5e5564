package org.bksbbridge.bksb;

import java.util.Map;
import org.bksbbridge.refusal.Refusal;

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

  /**
   * bksb gave no usable answer even after the client's retries: none at all, a timeout, a rate
   * limit or a server error. Trying later may work; trying again now will not.
   */
  public boolean unanswered() {
    return status == 0 || status == 408 || status == 429 || status >= 500;
  }

  /**
   * The account failed, not just this call: its keys are refused, or bksb does not answer for it. A
   * job then skips the account's centres for the run instead of calling on.
   */
  public boolean accountWide() {
    return credentialsRejected || unanswered();
  }

  /** As a service tells its caller, naming the centre's account when the account is the problem. */
  public Refusal refusal(String centreId) {
    String why =
        credentialsRejected
            ? "bksb refused the access key of centre " + centreId + ": "
            : unanswered()
                ? "bksb did not answer for centre " + centreId + "'s account (try again later): "
                : "bksb: ";
    return new Refusal(Refusal.Kind.BKSB_FAILED, why + getMessage(), Map.of());
  }
}

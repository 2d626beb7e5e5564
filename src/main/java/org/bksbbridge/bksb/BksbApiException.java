package org.bksbbridge.bksb;

import java.net.ConnectException;
import java.util.Map;
import org.bksbbridge.refusal.Refusal;

/**
 * A bksb call that failed after its retries, or at once when retrying cannot help. The message says
 * what happened in words a centre manager can act on; it never carries a secret. What the failure
 * means is its {@link Kind}, decided here from bksb's answer so that features never read HTTP
 * statuses.
 */
public class BksbApiException extends RuntimeException {
  /** What a failed call means to whoever made it. */
  public enum Kind {
    /**
     * 401/403: the access key is rejected or lacks a permission; every call of the account fails.
     */
    REFUSED_CREDENTIALS,
    /**
     * Another 4xx: bksb read the call and refused it, so it acted on nothing; the next call may
     * work.
     */
    REJECTED_REQUEST,
    /** 429 still, after waiting as bksb asked: nothing was done, and the account must wait. */
    RATE_LIMITED,
    /**
     * 408, 5xx, a timeout or a reset: bksb, or a proxy, took the call and did not finish it; it may
     * have acted, and a later try may work.
     */
    TRANSIENT,
    /** No answer: bksb could not be reached (a refused connection), or the call was never made. */
    UNAVAILABLE,
    /**
     * bksb answered, but not with what the call expects (a redirect, a body that is not the JSON):
     * it may have acted, and the account as a whole is fine.
     */
    UNEXPECTED_ANSWER;

    /** What bksb's HTTP answer means; 0 is no answer at all. */
    static Kind of(int status) {
      if (status == 0) {
        return UNAVAILABLE;
      }
      if (status == 401 || status == 403) {
        return REFUSED_CREDENTIALS;
      }
      if (status == 429) {
        return RATE_LIMITED;
      }
      if (status == 408 || status / 100 == 5) {
        return TRANSIENT;
      }
      return status / 100 == 4 ? REJECTED_REQUEST : UNEXPECTED_ANSWER;
    }

    /**
     * What a call that got no HTTP answer means: only a refused connection surely never arrived.
     */
    static Kind of(Throwable failure) {
      return failure instanceof ConnectException ? UNAVAILABLE : TRANSIENT;
    }

    /**
     * Trying later may work, trying again now will not: bksb gave this account no usable answer.
     */
    public boolean unanswered() {
      return this == RATE_LIMITED || this == TRANSIENT || this == UNAVAILABLE;
    }

    /**
     * The account failed, not just this call: its keys are refused, or bksb does not answer for it.
     * A job then skips the account's centres for the run instead of calling on.
     */
    public boolean accountWide() {
      return this == REFUSED_CREDENTIALS || unanswered();
    }
  }

  private final Kind kind;
  private final int status;

  /** bksb answered with {@code status} (0: no answer); its kind follows from the status. */
  public BksbApiException(String message, int status, Throwable cause) {
    this(message, Kind.of(status), status, cause);
  }

  BksbApiException(String message, Kind kind, int status, Throwable cause) {
    super(message, cause);
    this.kind = kind;
    this.status = status;
  }

  public Kind kind() {
    return kind;
  }

  /**
   * The last HTTP status, or 0 when no response arrived. For this package's messages and tests:
   * callers decide on {@link #kind()}.
   */
  int status() {
    return status;
  }

  public boolean credentialsRejected() {
    return kind == Kind.REFUSED_CREDENTIALS;
  }

  public boolean unanswered() {
    return kind.unanswered();
  }

  public boolean accountWide() {
    return kind.accountWide();
  }

  /** As a service tells its caller, naming the centre's account when the account is the problem. */
  public Refusal refusal(String centreId) {
    String why =
        credentialsRejected()
            ? "bksb refused the access key of centre " + centreId + ": "
            : unanswered()
                ? "bksb did not answer for centre " + centreId + "'s account (try again later): "
                : "bksb: ";
    return new Refusal(Refusal.Kind.BKSB_FAILED, why + getMessage(), Map.of());
  }
}

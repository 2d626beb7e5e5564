package org.bksbbridge.bksb;

import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * How each bksb account (API URL and access key) answered this server's latest call attempt, kept
 * in memory from the calls jobs and people make anyway: readiness shows it without calling bksb
 * itself, since load balancers probe every few seconds and bksb limits its callers. Nothing of the
 * account's secret is kept; the key id is only part of the map's key, never shown.
 */
@ApplicationScoped
public class AccountReachability {
  /** What a call's answer says about the account. */
  public enum State {
    /** bksb answered as an API does (2xx, or a 4xx about the request itself). */
    REACHABLE,
    /** 429: bksb is there and limiting our calls. */
    RATE_LIMITED,
    /** 401 or 403: bksb is there and refuses the access key. */
    KEYS_REFUSED,
    /** 5xx: bksb answered with a server error. */
    FAILING,
    /** No answer at all: timeout, refused connection, unknown host. */
    NO_ANSWER;

    static State of(int status) {
      if (status == 0) {
        return NO_ANSWER;
      }
      if (status == 429) {
        return RATE_LIMITED;
      }
      if (status == 401 || status == 403) {
        return KEYS_REFUSED;
      }
      return status >= 500 ? FAILING : REACHABLE;
    }
  }

  /**
   * The latest attempt and the latest one bksb answered normally (null when none since start).
   *
   * @param status the HTTP status, 0 when no answer came
   */
  public record Outcome(State state, Instant at, int status, Instant lastReachableAt) {}

  private final Map<String, Outcome> latest = new ConcurrentHashMap<>();

  /** Records every attempt made with {@code connection}'s account. */
  public CallRecorder recorderFor(BksbConnection connection) {
    String key = key(connection.apiUrl(), connection.accessKeyId());
    return call -> record(key, call);
  }

  private void record(String key, BksbCall call) {
    State state = State.of(call.status());
    latest.merge(
        key,
        new Outcome(state, call.at(), call.status(), state == State.REACHABLE ? call.at() : null),
        (old, now) -> {
          if (old.at().isAfter(now.at())) {
            // Attempts end out of order across threads: the one that started last tells.
            return old;
          }
          Instant reachable = now.lastReachableAt() != null ? now.at() : old.lastReachableAt();
          return new Outcome(now.state(), now.at(), now.status(), reachable);
        });
  }

  /** The account's latest outcome on this server, empty when it made no call since it started. */
  public Optional<Outcome> of(URI apiUrl, String accessKeyId) {
    return Optional.ofNullable(latest.get(key(apiUrl, accessKeyId)));
  }

  private static String key(URI apiUrl, String accessKeyId) {
    // As BksbConnection normalises it: one trailing slash.
    String url = apiUrl.toString();
    return (url.endsWith("/") ? url : url + "/") + " " + accessKeyId;
  }
}

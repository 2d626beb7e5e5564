package org.bksbbridge.bksb;

import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.client.WebTarget;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.net.ConnectException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * One call with bksb's fault handling: 5xx, timeouts and connection resets are retried with
 * exponential backoff and jitter; 429 waits as long as Retry-After says; 401 and 403 stop at once;
 * a body that cannot be read fails the call without a retry. A POST (createUser) is repeated only
 * when bksb cannot have acted on it: a refused connection or a 429. Every attempt is recorded.
 */
final class Retrying {
  private static final Logger LOG = Logger.getLogger(Retrying.class.getName());
  private static final int NOT_FOUND = 404;
  private static final int TOO_MANY_REQUESTS = 429;

  private final BksbClientSettings settings;
  private final CallRecorder recorder;
  private final String centreId;
  private final Long executionId;
  private final AccountGate gate;
  private final Clock clock = Clock.systemUTC();

  Retrying(
      BksbClientSettings settings,
      CallRecorder recorder,
      String centreId,
      Long executionId,
      AccountGate gate) {
    this.settings = settings;
    this.recorder = recorder;
    this.centreId = centreId;
    this.executionId = executionId;
    this.gate = gate;
  }

  /**
   * @param nullOn404 answer null for 404 instead of failing (a lookup that found nothing)
   * @return what {@code read} made of the 2xx response
   */
  <T> T call(
      String method,
      WebTarget target,
      boolean nullOn404,
      Supplier<Response> send,
      Function<Response, T> read) {
    // Redacted once here: the path also goes into log lines and exception messages.
    String path = CallPaths.redact(target.getUri().getRawPath() + query(target));
    boolean idempotent = !"POST".equals(method);
    String lastProblem = "";
    int lastStatus = 0;
    BksbApiException.Kind lastKind = BksbApiException.Kind.UNAVAILABLE;
    for (int attempt = 1; attempt <= settings.maxAttempts(); attempt++) {
      Duration wait;
      // The account's place is held for the attempt only, never through a retry's wait.
      AccountGate.Pass pass = gate.enter();
      Instant start = clock.instant();
      try (pass;
          Response r = send.get()) {
        int status = r.getStatus();
        lastStatus = status;
        lastKind = BksbApiException.Kind.of(status);
        record(start, method, path, status, attempt, null);
        if (status / 100 == 2) {
          return readBody(r, read, method, path, status);
        }
        if (status == NOT_FOUND && nullOn404) {
          return null;
        }
        if (status == 401) {
          throw new BksbApiException(
              "bksb rejected the access key (401): check the Access Key ID and Secret Access Key,"
                  + " and that the key is enabled in bksb under Admin Options > API Access Keys",
              status,
              null);
        }
        if (status == 403) {
          throw new BksbApiException(
              "the bksb access key lacks a permission for "
                  + method
                  + " "
                  + target.getUri().getRawPath()
                  + " (403): allow it in bksb under Admin Options > API Access Keys",
              status,
              null);
        }
        lastProblem = "HTTP " + status;
        if (status == TOO_MANY_REQUESTS) {
          wait = retryAfter(r).orElse(backoff(attempt));
          // The limit is the account's: every partition and refresh waits, not this call alone.
          gate.pause(wait);
        } else if (status / 100 == 5 && idempotent) {
          // Not a POST: a 503 could come from a proxy after bksb made the account, so creating is
          // never repeated on a 5xx; the caller looks the user name up before trying again.
          wait = backoff(attempt);
        } else {
          throw new BksbApiException(
              "bksb refused " + method + " " + path + " with HTTP " + status, status, null);
        }
      } catch (ProcessingException e) {
        String problem = e.getCause() == null ? e.toString() : e.getCause().toString();
        record(start, method, path, 0, attempt, problem);
        lastProblem = problem;
        lastStatus = 0;
        lastKind = BksbApiException.Kind.of(e.getCause());
        if (!idempotent && !(e.getCause() instanceof ConnectException)) {
          // bksb may have acted on it: a retry could create a second account.
          throw new BksbApiException(
              method + " " + path + " failed and may have reached bksb: " + problem,
              lastKind,
              0,
              e);
        }
        wait = backoff(attempt);
      }
      if (attempt < settings.maxAttempts()) {
        LOG.fine(() -> method + " " + path + " attempt failed, retrying");
        sleep(wait);
      }
    }
    throw new BksbApiException(
        method
            + " "
            + path
            + " failed after "
            + settings.maxAttempts()
            + " attempts: "
            + lastProblem,
        lastKind,
        lastStatus,
        null);
  }

  private <T> T readBody(
      Response r, Function<Response, T> read, String method, String path, int status) {
    try {
      T value = read.apply(r);
      if (value == null) {
        throw new BksbApiException(
            "bksb answered " + method + " " + path + " with an empty body",
            BksbApiException.Kind.UNEXPECTED_ANSWER,
            status,
            null);
      }
      return value;
    } catch (ProcessingException | JsonbException | ClassCastException e) {
      throw new BksbApiException(
          "bksb answered " + method + " " + path + " with a body that is not the expected JSON",
          BksbApiException.Kind.UNEXPECTED_ANSWER,
          status,
          e);
    }
  }

  /** Exponential, with jitter so that many workers do not retry in step. */
  Duration backoff(int attempt) {
    long base = settings.backoff().toMillis() << Math.min(attempt - 1, 20);
    long capped = Math.min(base, settings.maxBackoff().toMillis());
    long half = capped / 2;
    return Duration.ofMillis(half + ThreadLocalRandom.current().nextLong(half + 1));
  }

  private java.util.Optional<Duration> retryAfter(Response r) {
    String value = r.getHeaderString(HttpHeaders.RETRY_AFTER);
    if (value == null || value.isBlank()) {
      return java.util.Optional.empty();
    }
    Duration d;
    try {
      d = Duration.ofSeconds(Long.parseLong(value.strip()));
    } catch (NumberFormatException notSeconds) {
      try {
        Instant when =
            ZonedDateTime.parse(value.strip(), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
        d = Duration.between(clock.instant(), when);
      } catch (DateTimeParseException notADate) {
        return java.util.Optional.empty();
      }
    }
    if (d.isNegative()) {
      d = Duration.ZERO;
    }
    return java.util.Optional.of(
        d.compareTo(settings.maxBackoff()) > 0 ? settings.maxBackoff() : d);
  }

  private void record(
      Instant start, String method, String path, int status, int attempt, String error) {
    long millis = Duration.between(start, clock.instant()).toMillis();
    LOG.log(
        Level.FINE,
        "bksb {0} {1} -> {2} in {3} ms (attempt {4})",
        new Object[] {method, path, status, millis, attempt});
    try {
      recorder.record(
          new BksbCall(start, centreId, executionId, method, path, status, millis, attempt, error));
    } catch (RuntimeException e) {
      // The call log must never fail a sync.
      LOG.log(Level.WARNING, "could not record a bksb call", e);
    }
  }

  private static String query(WebTarget t) {
    String q = t.getUri().getRawQuery();
    return q == null ? "" : "?" + q;
  }

  private static void sleep(Duration d) {
    try {
      Thread.sleep(d.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new BksbApiException("interrupted while waiting to retry a bksb call", 0, e);
    }
  }
}

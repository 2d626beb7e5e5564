package org.bksbbridge.api;

import jakarta.json.JsonException;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bksbbridge.refusal.Refusal;

/** Turns every failure into {@link ErrorBody}; a stack trace never reaches the caller. */
public final class ErrorMappers {
  /** Every mapper, for the applications' class lists. */
  public static final Set<Class<?>> ALL =
      Set.of(Api.class, Web.class, Json.class, Jsonb.class, Persistence.class, Unexpected.class);

  private ErrorMappers() {}

  /** A service's refusal: the only place its kind becomes an HTTP status. */
  @Provider
  public static class Api implements ExceptionMapper<Refusal> {
    @Override
    public Response toResponse(Refusal e) {
      return ErrorBody.response(status(e.kind()), e.getMessage(), e.fields());
    }

    static int status(Refusal.Kind kind) {
      return switch (kind) {
        case INVALID -> 400;
        case FORBIDDEN -> 403;
        case NOT_FOUND -> 404;
        case CONFLICT -> 409;
        case TOO_LARGE -> 413;
        case BKSB_FAILED -> 502;
        case GONE -> 410;
        case UNAVAILABLE -> 503;
      };
    }
  }

  /** 401, 403, 404 of unknown paths, 405, 415 and the like keep their status. */
  @Provider
  public static class Web implements ExceptionMapper<WebApplicationException> {
    @Override
    public Response toResponse(WebApplicationException e) {
      int status = e.getResponse().getStatus();
      String reason =
          Response.Status.fromStatusCode(status) == null
              ? "request failed"
              : Response.Status.fromStatusCode(status).getReasonPhrase().toLowerCase();
      if (e.getCause() instanceof JsonbException || e.getCause() instanceof JsonException) {
        return ErrorBody.response(400, "the body is not valid JSON for this call", Map.of());
      }
      if (e instanceof NotFoundException && unconvertible(e)) {
        // The runtime answers 404 for a path or query value it cannot convert (page=abc, an id
        // of letters), as if the resource were missing; the request is what is wrong.
        Matcher m = PARAMETER.matcher(String.valueOf(e.getMessage()));
        return ErrorBody.response(
            400,
            "invalid request",
            Map.of(m.find() ? m.group(1) : "parameter", "must be a whole number in range"));
      }
      return ErrorBody.response(status, reason, Map.of());
    }

    private static final Pattern PARAMETER =
        Pattern.compile("(?:PathParam|QueryParam)\\(\"([^\"]{1,64})\"\\)");

    private static boolean unconvertible(Throwable e) {
      for (Throwable t = e.getCause(); t != null; t = t.getCause()) {
        if (t instanceof IllegalArgumentException) {
          return true;
        }
      }
      return false;
    }
  }

  @Provider
  public static class Json implements ExceptionMapper<JsonException> {
    @Override
    public Response toResponse(JsonException e) {
      return ErrorBody.response(400, "the body is not valid JSON: " + e.getMessage(), Map.of());
    }
  }

  @Provider
  public static class Jsonb implements ExceptionMapper<JsonbException> {
    @Override
    public Response toResponse(JsonbException e) {
      return ErrorBody.response(400, "the body is not valid JSON for this call", Map.of());
    }
  }

  /**
   * A write that clashed with another at the same moment (two callers creating the same learner):
   * nothing was stored, and sending it again will work.
   */
  @Provider
  public static class Persistence
      implements ExceptionMapper<jakarta.persistence.PersistenceException> {
    private static final Logger LOG = Logger.getLogger(Persistence.class.getName());

    @Override
    public Response toResponse(jakarta.persistence.PersistenceException e) {
      if (org.bksbbridge.persistence.WriteClash.clashed(e)) {
        return ErrorBody.response(
            409,
            "the record was changed by another request at the same time; send it again",
            Map.of());
      }
      if (org.bksbbridge.persistence.DatabaseAway.in(e)) {
        return databaseAway(e);
      }
      String ref = UUID.randomUUID().toString();
      LOG.log(Level.SEVERE, "database failure, reference " + ref, e);
      return ErrorBody.response(
          500, "internal error; the server log has the details under reference " + ref, Map.of());
    }
  }

  /** Anything unexpected: logged with a reference the caller can quote, never echoed. */
  @Provider
  public static class Unexpected implements ExceptionMapper<Throwable> {
    private static final Logger LOG = Logger.getLogger(Unexpected.class.getName());

    @Override
    public Response toResponse(Throwable e) {
      if (org.bksbbridge.persistence.DatabaseAway.in(e)) {
        return databaseAway(e);
      }
      String ref = UUID.randomUUID().toString();
      LOG.log(Level.SEVERE, "unexpected failure, reference " + ref, e);
      return ErrorBody.response(
          500, "internal error; the server log has the details under reference " + ref, Map.of());
    }
  }

  /**
   * The database cannot be reached (restarting, failing over): nothing was done, and the same call
   * will work once it is back. One log line, not a stack per request while it is away.
   */
  static Response databaseAway(Throwable e) {
    Logger.getLogger(ErrorMappers.class.getName())
        .warning(() -> "the database is unavailable: " + e.getClass().getSimpleName());
    return Response.fromResponse(
            ErrorBody.response(
                503,
                "the database is not available just now (restarting or failing over): nothing was"
                    + " done; try again in a minute",
                Map.of()))
        .header("Retry-After", "60")
        .build();
  }
}

package org.bksbbridge.refusal;

import java.util.Map;

/**
 * Why a service will not do what it was asked, in the domain's words: the request is invalid (with
 * the problem of each field), what it names is not there, it conflicts with the present state, the
 * caller may not, or something it needs is unavailable. Services throw it; only the edges translate
 * it: the REST API into a status and its error body, the pages into Faces messages.
 */
public class Refusal extends RuntimeException {
  /** What went wrong, as the caller should hear it. */
  public enum Kind {
    INVALID,
    NOT_FOUND,
    CONFLICT,
    FORBIDDEN,
    /** Too large to accept at all (an upload, a body). */
    TOO_LARGE,
    /** A resource this server needs is missing or busy; trying later may work. */
    UNAVAILABLE,
    /** bksb answered with a failure of its own. */
    BKSB_FAILED,
    /** What it names was there once and is no more (an event cursor past retention). */
    GONE
  }

  private final Kind kind;
  private final Map<String, String> fields;

  public Refusal(Kind kind, String message, Map<String, String> fields) {
    super(message);
    this.kind = kind;
    this.fields = Map.copyOf(fields);
  }

  public static Refusal invalid(String message, Map<String, String> fields) {
    return new Refusal(Kind.INVALID, message, fields);
  }

  public static Refusal invalid(String field, String problem) {
    return new Refusal(Kind.INVALID, "invalid request", Map.of(field, problem));
  }

  public static Refusal notFound(String message) {
    return new Refusal(Kind.NOT_FOUND, message, Map.of());
  }

  public static Refusal conflict(String message) {
    return new Refusal(Kind.CONFLICT, message, Map.of());
  }

  public static Refusal forbidden(String message) {
    return new Refusal(Kind.FORBIDDEN, message, Map.of());
  }

  public static Refusal gone(String message) {
    return new Refusal(Kind.GONE, message, Map.of());
  }

  public static Refusal unavailable(String message) {
    return new Refusal(Kind.UNAVAILABLE, message, Map.of());
  }

  public Kind kind() {
    return kind;
  }

  /** The problem of each field, for {@link Kind#INVALID}; empty otherwise. */
  public Map<String, String> fields() {
    return fields;
  }
}

package org.bksbbridge.api;

import java.util.Map;

/**
 * A failure the caller can act on: it carries the HTTP status, a sentence for people and, for
 * validation failures, the problem per field.
 */
public class ApiException extends RuntimeException {
  private final int status;
  private final Map<String, String> fields;

  public ApiException(int status, String message, Map<String, String> fields) {
    super(message);
    this.status = status;
    this.fields = Map.copyOf(fields);
  }

  public static ApiException badRequest(String message, Map<String, String> fields) {
    return new ApiException(400, message, fields);
  }

  public static ApiException badField(String field, String problem) {
    return new ApiException(400, "invalid request", Map.of(field, problem));
  }

  public static ApiException notFound(String message) {
    return new ApiException(404, message, Map.of());
  }

  public static ApiException conflict(String message) {
    return new ApiException(409, message, Map.of());
  }

  public int status() {
    return status;
  }

  public Map<String, String> fields() {
    return fields;
  }
}

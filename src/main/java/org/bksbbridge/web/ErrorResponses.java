package org.bksbbridge.web;

import jakarta.json.Json;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The API's error shape ({@code {"error": "...", "fields": {}}}) for answers given outside JAX-RS:
 * by filters, the authentication mechanism and the error pages of {@code /api/} paths.
 */
public final class ErrorResponses {
  private ErrorResponses() {}

  public static void json(HttpServletResponse response, int status, String error)
      throws IOException {
    response.setStatus(status);
    response.setContentType("application/json");
    response.setCharacterEncoding("UTF-8");
    response.getWriter().write(body(error));
  }

  public static String body(String error) {
    return Json.createObjectBuilder()
        .add("error", error)
        .add("fields", Json.createObjectBuilder())
        .build()
        .toString();
  }
}

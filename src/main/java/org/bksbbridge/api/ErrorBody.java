package org.bksbbridge.api;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import java.util.TreeMap;

/** The one error shape of the API: {@code {"error": "...", "fields": {"name": "problem"}}}. */
public record ErrorBody(String error, Map<String, String> fields) {

  public ErrorBody {
    fields = new TreeMap<>(fields);
  }

  public static Response response(int status, String error, Map<String, String> fields) {
    return Response.status(status)
        .type(MediaType.APPLICATION_JSON_TYPE)
        .entity(new ErrorBody(error, fields))
        .build();
  }
}

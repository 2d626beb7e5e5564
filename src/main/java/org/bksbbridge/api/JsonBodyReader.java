package org.bksbbridge.api;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParser;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyReader;
import jakarta.ws.rs.ext.Provider;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.Map;
import java.util.function.IntSupplier;
import org.bksbbridge.refusal.Refusal;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Reads the JSON object bodies of the API's endpoints in place of the runtime's own reader, which
 * read any size (a 100 MB body filled the heap before its 400), answered 500 for an array and for
 * deep nesting. Here a body over {@code bksb.api.maxJsonBytes} is refused with 413 as soon as that
 * is known (from Content-Length, or after that many bytes), never read whole; anything but one JSON
 * object of at most {@link #MAX_DEPTH} levels is a 400 in the API's error shape.
 */
@Provider
@Consumes({MediaType.APPLICATION_JSON, "application/*+json"})
public class JsonBodyReader implements MessageBodyReader<JsonObject> {
  /** The API's bodies are flat objects; a little room for future nesting, none for abuse. */
  static final int MAX_DEPTH = 16;

  static final int DEFAULT_MAX_BYTES = 1024 * 1024;

  private final IntSupplier maxBytes;

  public JsonBodyReader() {
    this(readOnce());
  }

  JsonBodyReader(IntSupplier maxBytes) {
    this.maxBytes = maxBytes;
  }

  @Override
  public boolean isReadable(
      Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
    return type == JsonObject.class;
  }

  @Override
  public JsonObject readFrom(
      Class<JsonObject> type,
      Type genericType,
      Annotation[] annotations,
      MediaType mediaType,
      MultivaluedMap<String, String> headers,
      InputStream entity)
      throws IOException {
    int max = maxBytes.getAsInt();
    String declared = headers.getFirst("Content-Length");
    if (declared != null && declaredLength(declared) > max) {
      throw tooLarge(max);
    }
    byte[] body = entity.readNBytes(max + 1);
    if (body.length > max) {
      throw tooLarge(max);
    }
    return parse(body);
  }

  /** The object in the bytes, null for an empty body (the endpoints say what they need). */
  static JsonObject parse(byte[] body) {
    if (new String(body, java.nio.charset.StandardCharsets.UTF_8).isBlank()) {
      return null;
    }
    try {
      checkDepth(body);
      JsonValue value = Json.createReader(new ByteArrayInputStream(body)).readValue();
      if (value.getValueType() != JsonValue.ValueType.OBJECT) {
        throw Refusal.invalid(
            "the body must be a JSON object",
            Map.of("body", "must be a JSON object, not " + describe(value)));
      }
      return value.asJsonObject();
    } catch (JsonException e) {
      throw Refusal.invalid("the body is not valid JSON", Map.of("body", "is not valid JSON"));
    }
  }

  /** Walks the events without building anything, so deep nesting costs no stack. */
  private static void checkDepth(byte[] body) {
    try (JsonParser parser = Json.createParser(new ByteArrayInputStream(body))) {
      int depth = 0;
      while (parser.hasNext()) {
        switch (parser.next()) {
          case START_OBJECT, START_ARRAY -> {
            if (++depth > MAX_DEPTH) {
              throw Refusal.invalid(
                  "the body is nested too deeply",
                  Map.of("body", "is nested more than " + MAX_DEPTH + " levels deep"));
            }
          }
          case END_OBJECT, END_ARRAY -> depth--;
          default -> {}
        }
      }
    }
  }

  private static String describe(JsonValue value) {
    return switch (value.getValueType()) {
      case ARRAY -> "an array";
      case STRING -> "a string";
      case NUMBER -> "a number";
      default -> value.toString();
    };
  }

  private static long declaredLength(String value) {
    try {
      return Long.parseLong(value.trim());
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  private static Refusal tooLarge(int max) {
    return new Refusal(
        Refusal.Kind.TOO_LARGE,
        "the body is larger than this server accepts (" + max + " bytes)",
        Map.of());
  }

  /** The server variable {@code bksb.api.maxJsonBytes}; 1 MiB when unset or not positive. */
  /** The limit read at start-up, not at every request (a provider lives as long as the app). */
  private static IntSupplier readOnce() {
    int max = configuredMaxBytes();
    return () -> max;
  }

  static int configuredMaxBytes() {
    return ConfigProvider.getConfig()
        .getOptionalValue("bksb.api.maxJsonBytes", Integer.class)
        .filter(n -> n > 0)
        .orElse(DEFAULT_MAX_BYTES);
  }
}

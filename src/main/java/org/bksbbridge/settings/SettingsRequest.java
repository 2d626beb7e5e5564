package org.bksbbridge.settings;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.net.URI;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Reads a settings PUT onto the stored settings, naming every bad field. Secrets are write-only:
 * absent keeps what is stored, null clears it, text replaces it.
 */
final class SettingsRequest {
  static final Set<String> FIELDS =
      Set.of(
          "enabled",
          "apiUrl",
          "accessKeyId",
          "secretAccessKey",
          "defaultPassword",
          "autoSendLoginDetails",
          "autoEnrolCourses",
          "downloadDiagnosticResults",
          "logSyncApiCalls",
          "learnerTags",
          "applicantTags",
          "linkButtonUrl",
          "databridgeAcknowledged");

  final Map<String, String> problems = new TreeMap<>();
  private final JsonObject body;

  SettingsRequest(JsonObject body) {
    this.body = body;
    body.keySet().stream()
        .filter(k -> !FIELDS.contains(k))
        .forEach(k -> problems.put(k, "unknown field"));
  }

  boolean has(String name) {
    return body.containsKey(name);
  }

  boolean bool(String name, boolean current) {
    JsonValue v = body.get(name);
    if (v == null) {
      return current;
    }
    if (v == JsonValue.TRUE || v == JsonValue.FALSE) {
      return v == JsonValue.TRUE;
    }
    problems.put(name, "must be true or false");
    return current;
  }

  /** Text, or null when sent as null or blank; the current value when absent. */
  String text(String name, String current, int max) {
    if (!body.containsKey(name)) {
      return current;
    }
    JsonValue v = body.get(name);
    if (v.getValueType() == JsonValue.ValueType.NULL) {
      return null;
    }
    if (!(v instanceof JsonString s)) {
      problems.put(name, "must be text");
      return current;
    }
    String t = s.getString().strip();
    if (t.length() > max) {
      problems.put(name, "must be at most " + max + " characters");
    } else if (t.codePoints().anyMatch(SettingsRequest::invisible)) {
      problems.put(name, "must not contain control, formatting or invisible characters");
    }
    return t.isEmpty() ? null : t;
  }

  /**
   * Control characters (NUL, CR, LF...) and formatting ones (bidi overrides such as U+202E,
   * zero-width spaces): nothing a key or URL needs, and they make a value look other than it is.
   */
  static boolean invisible(int c) {
    int type = Character.getType(c);
    return type == Character.CONTROL
        || type == Character.FORMAT
        || type == Character.LINE_SEPARATOR
        || type == Character.PARAGRAPH_SEPARATOR
        || type == Character.UNASSIGNED
        || type == Character.PRIVATE_USE;
  }

  /** The bksb API URL as the policy normalises it; a refusal becomes the field's problem. */
  String apiUrl(String name, String current, ApiUrlPolicy policy) {
    String u = text(name, current, 500);
    if (u == null || !has(name) || problems.containsKey(name)) {
      return u;
    }
    ApiUrlPolicy.Verdict verdict = policy.check(u);
    if (verdict instanceof ApiUrlPolicy.Refused refused) {
      problems.put(name, refused.problem());
      return u;
    }
    return ((ApiUrlPolicy.Allowed) verdict).url();
  }

  /** An absolute http(s) URL (the link button's: learners' browsers open it, we never call it). */
  String url(String name, String current) {
    String u = text(name, current, 500);
    if (u == null || !has(name)) {
      return u;
    }
    try {
      URI uri = URI.create(u);
      boolean https = "https".equalsIgnoreCase(uri.getScheme());
      boolean http = "http".equalsIgnoreCase(uri.getScheme());
      if (uri.getHost() == null || !(https || http)) {
        problems.put(name, "must be an absolute http or https URL");
      }
    } catch (IllegalArgumentException e) {
      problems.put(name, "must be an absolute http or https URL");
    }
    return u;
  }

  String tags(String name, String current) {
    return has(name) ? Tags.check(body.get(name), name, problems) : current;
  }
}

package org.bksbbridge.settings;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BiConsumer;
import java.util.function.Function;
import org.bksbbridge.refusal.Refusal;

/**
 * Reads the body of a settings PUT into a {@link SettingsChange}. Only JSON's own shapes are judged
 * here (names, true or false, text, tags as an object of arrays); what a value may be is the
 * service's rule, so that a page, which builds the change in Java, hears the same messages.
 */
final class SettingsJson {
  private static final Map<String, BiConsumer<SettingsChange.Builder, Boolean>> SWITCHES =
      Map.of(
          "enabled", SettingsChange.Builder::enabled,
          "autoSendLoginDetails", SettingsChange.Builder::autoSendLoginDetails,
          "autoEnrolCourses", SettingsChange.Builder::autoEnrolCourses,
          "downloadDiagnosticResults", SettingsChange.Builder::downloadDiagnosticResults,
          "logSyncApiCalls", SettingsChange.Builder::logSyncApiCalls,
          "databridgeAcknowledged", SettingsChange.Builder::databridgeAcknowledged);

  private static final Map<String, BiConsumer<SettingsChange.Builder, String>> TEXTS =
      Map.of(
          "apiUrl", SettingsChange.Builder::apiUrl,
          "accessKeyId", SettingsChange.Builder::accessKeyId,
          "secretAccessKey", SettingsChange.Builder::secretAccessKey,
          "defaultPassword", SettingsChange.Builder::defaultPassword,
          "linkButtonUrl", SettingsChange.Builder::linkButtonUrl);

  private static final Map<String, BiConsumer<SettingsChange.Builder, Map<String, List<String>>>>
      TAGS =
          Map.of(
              "learnerTags", SettingsChange.Builder::learnerTags,
              "applicantTags", SettingsChange.Builder::applicantTags);

  static final String ALERT_EMAILS = "alertEmails";

  private final SettingsChange.Builder change = SettingsChange.builder();
  private final Map<String, String> problems = new TreeMap<>();

  /** Fields sent with a value of the wrong shape: the service sees them as kept. */
  private final Set<String> unread = new HashSet<>();

  private SettingsJson() {}

  /**
   * The change the body asks for, or a refusal naming every problem in it: those of JSON shape
   * found here and, with them, those {@code check} (the service) finds in the fields that could be
   * read, so that the caller hears everything in one answer.
   *
   * @param check the service's problems with a change; it also says first whether the caller may
   *     edit the centre at all, which is answered before any 400
   */
  static SettingsChange read(JsonObject body, Function<SettingsChange, Map<String, String>> check) {
    if (body == null) {
      check.apply(SettingsChange.builder().build());
      throw Refusal.invalid("a JSON object body is required", Map.of());
    }
    SettingsJson json = new SettingsJson();
    body.forEach(json::field);
    SettingsChange read = json.change.build();
    if (json.problems.isEmpty()) {
      return read;
    }
    Map<String, String> all = new TreeMap<>(json.problems);
    // Under an unread field's name the service speaks of the stored value (it saw the field kept),
    // so the shape problem stands; anywhere else (a subject's tags) the service saw what was sent,
    // and its word is the more precise.
    check
        .apply(read)
        .forEach((k, v) -> all.merge(k, v, (mine, its) -> json.unread.contains(k) ? mine : its));
    throw Refusal.invalid("invalid settings", all);
  }

  private void field(String name, JsonValue v) {
    boolean cleared = v.getValueType() == JsonValue.ValueType.NULL;
    if (SWITCHES.containsKey(name)) {
      if (v == JsonValue.TRUE || v == JsonValue.FALSE) {
        SWITCHES.get(name).accept(change, v == JsonValue.TRUE);
      } else {
        refuse(name, "must be true or false");
      }
    } else if (TEXTS.containsKey(name)) {
      if (cleared || v instanceof JsonString) {
        TEXTS.get(name).accept(change, cleared ? null : ((JsonString) v).getString());
      } else {
        refuse(name, "must be text");
      }
    } else if (TAGS.containsKey(name)) {
      if (cleared || v.getValueType() == JsonValue.ValueType.OBJECT) {
        TAGS.get(name).accept(change, cleared ? null : tags(name, v.asJsonObject()));
      } else {
        refuse(name, "must be an object like {\"ENGLISH\":[\"tag\"],\"MATHS\":[],\"ICT\":[]}");
      }
    } else if (ALERT_EMAILS.equals(name)) {
      if (cleared || v.getValueType() == JsonValue.ValueType.ARRAY) {
        // An address that is not text is passed as null, which the service refuses.
        change.alertEmails(
            cleared
                ? null
                : v.asJsonArray().stream()
                    .map(a -> a instanceof JsonString t ? t.getString() : null)
                    .toList());
      } else {
        refuse(name, "must be an array of email addresses");
      }
    } else if (HeatJson.FIELD.equals(name)) {
      if (v.getValueType() == JsonValue.ValueType.OBJECT) {
        change.heat(HeatJson.read(v.asJsonObject(), this::refuse));
      } else {
        refuse(name, "must be an object like {\"applicants\":true,\"recentResultDays\":14}");
      }
    } else {
      problems.put(name, "unknown field");
    }
  }

  private void refuse(String name, String problem) {
    problems.put(name, problem);
    unread.add(name);
  }

  /**
   * Each subject's tags; a subject whose value is not an array is passed with none, so the service
   * can still say whether it exists. A tag that is not text is passed as null, which the service
   * refuses like a blank one.
   */
  private Map<String, List<String>> tags(String field, JsonObject object) {
    Map<String, List<String>> tags = new LinkedHashMap<>();
    object.forEach(
        (subject, value) -> {
          List<String> list = new ArrayList<>();
          if (value.getValueType() == JsonValue.ValueType.ARRAY) {
            value
                .asJsonArray()
                .forEach(t -> list.add(t instanceof JsonString s ? s.getString() : null));
          } else {
            problems.put(field + "." + subject, "must be an array of tags");
          }
          tags.put(subject, list);
        });
    return tags;
  }
}

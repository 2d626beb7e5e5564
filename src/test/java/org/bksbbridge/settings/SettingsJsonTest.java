package org.bksbbridge.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.bksbbridge.refusal.Refusal;
import org.junit.jupiter.api.Test;

/** The body of a settings PUT read into a typed change; only JSON's shapes are judged here. */
class SettingsJsonTest {
  private static final Function<SettingsChange, Map<String, String>> NO_PROBLEMS = c -> Map.of();

  private static JsonObject json(String text) {
    return Json.createReader(new StringReader(text)).readObject();
  }

  private static Map<String, String> refused(
      String body, Function<SettingsChange, Map<String, String>> check) {
    Refusal r = assertThrows(Refusal.class, () -> SettingsJson.read(json(body), check));
    assertEquals(Refusal.Kind.INVALID, r.kind());
    assertEquals("invalid settings", r.getMessage());
    return r.fields();
  }

  @Test
  void aWellFormedBodyIsTheSameChangeAsOneBuiltInJava() {
    Map<String, List<String>> tags = new LinkedHashMap<>();
    tags.put("ENGLISH", Arrays.asList(" a ", null));
    tags.put("FRENCH", List.of());
    SettingsChange read =
        SettingsJson.read(
            json(
                "{\"enabled\":true,\"apiUrl\":\" https://x/ \",\"secretAccessKey\":null,"
                    + "\"logSyncApiCalls\":false,\"learnerTags\":{\"ENGLISH\":[\" a \",7],"
                    + "\"FRENCH\":[]},\"applicantTags\":null}"),
            NO_PROBLEMS);
    SettingsChange built =
        SettingsChange.builder()
            .enabled(true)
            .apiUrl(" https://x/ ")
            .secretAccessKey(null)
            .logSyncApiCalls(false)
            .learnerTags(tags)
            .applicantTags(null)
            .build();
    assertEquals(built, read, "values as sent: stripping and checking are the service's");
    assertEquals(SettingsChange.builder().build(), SettingsJson.read(json("{}"), NO_PROBLEMS));
  }

  @Test
  void shapesAreNamedPerFieldWithTodaysMessages() {
    Map<String, String> f =
        refused(
            "{\"colour\":1,\"enabled\":\"yes\",\"autoSendLoginDetails\":null,\"apiUrl\":5,"
                + "\"secretAccessKey\":[],\"learnerTags\":[\"x\"],"
                + "\"applicantTags\":{\"MATHS\":\"x\"}}",
            NO_PROBLEMS);
    assertEquals("unknown field", f.get("colour"));
    assertEquals("must be true or false", f.get("enabled"));
    assertEquals("must be true or false", f.get("autoSendLoginDetails"));
    assertEquals("must be text", f.get("apiUrl"));
    assertEquals("must be text", f.get("secretAccessKey"));
    assertEquals(
        "must be an object like {\"ENGLISH\":[\"tag\"],\"MATHS\":[],\"ICT\":[]}",
        f.get("learnerTags"));
    assertEquals("must be an array of tags", f.get("applicantTags.MATHS"));
    assertEquals(7, f.size(), f.toString());
  }

  @Test
  void theServiceIsAskedAboutWhatCouldBeReadAndAnswersInTheSameRefusal() {
    Map<String, String> f =
        refused(
            "{\"colour\":1,\"apiUrl\":\"http://x/\",\"enabled\":true,\"accessKeyId\":5}",
            change -> {
              assertEquals(
                  SettingsChange.builder().apiUrl("http://x/").enabled(true).build(), change);
              return Map.of(
                  "apiUrl", "must use https",
                  "accessKeyId", "is required to enable the integration");
            });
    assertEquals("unknown field", f.get("colour"));
    assertEquals("must use https", f.get("apiUrl"));
    assertEquals("must be text", f.get("accessKeyId"), "the service saw it kept: ours stands");
  }

  @Test
  void underASubjectTheServicesWordWins() {
    Map<String, String> f =
        refused(
            "{\"learnerTags\":{\"FRENCH\":5,\"ENGLISH\":5}}",
            change -> Map.of("learnerTags.FRENCH", "unknown subject"));
    assertEquals("unknown subject", f.get("learnerTags.FRENCH"));
    assertEquals("must be an array of tags", f.get("learnerTags.ENGLISH"));
  }

  @Test
  void noBodyIsRefusedAfterTheServiceHasSaidWhetherTheCallerMayEdit() {
    Refusal forbidden = Refusal.forbidden("your account may not do this");
    assertSame(
        forbidden,
        assertThrows(
            Refusal.class,
            () ->
                SettingsJson.read(
                    null,
                    c -> {
                      throw forbidden;
                    })));
    Refusal r = assertThrows(Refusal.class, () -> SettingsJson.read(null, NO_PROBLEMS));
    assertEquals("a JSON object body is required", r.getMessage());
    assertTrue(r.fields().isEmpty());
  }
}

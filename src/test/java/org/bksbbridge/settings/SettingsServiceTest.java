package org.bksbbridge.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.persistence.EntityManager;
import jakarta.security.enterprise.SecurityContext;
import java.io.StringReader;
import java.lang.reflect.Proxy;
import java.security.Principal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.bksbbridge.access.CentreAccess;
import org.bksbbridge.access.Command;
import org.bksbbridge.centre.CentreService;
import org.bksbbridge.centre.CentreView;
import org.bksbbridge.learner.HeatRules;
import org.bksbbridge.refusal.Refusal;
import org.bksbbridge.testing.SeDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The settings rules through the typed input a page would build, no JSON involved, and the same
 * per-field problems when the API reads the equivalent body.
 */
class SettingsServiceTest {
  private static final String CENTRE = "NORTH";
  private static final String BKSB = "https://live2api.bksblive2.co.uk/";
  private static final String SUBJECTS = "unknown subject; subjects are ENGLISH, MATHS, ICT";

  private final SeDatabase db = new SeDatabase();
  private final SettingsService service = new SettingsService();
  private boolean editor = true;
  private boolean licensed = true;

  @BeforeEach
  void wire() {
    service.em = db.current();
    service.access =
        new CentreAccess() {
          @Override
          public void require(Command command, String centreId) {
            if (!editor && command == Command.EDIT_BKSB_SETTINGS) {
              throw Refusal.forbidden("your account lacks the command \"Edit BKSB Settings\"");
            }
          }
        };
    service.centres =
        new CentreService() {
          @Override
          public CentreView require(String id) {
            if (!CENTRE.equals(id)) {
              throw Refusal.notFound("no centre with id " + id);
            }
            return new CentreView(CENTRE, "North", licensed);
          }
        };
    service.secrets = new SecretBox(SettingsFixture.KEY);
    service.clock = Clock.fixed(Instant.parse("2026-11-29T10:00:00Z"), ZoneOffset.UTC);
    service.security = caller("page-user");
    service.urls = new ApiUrlPolicy("live2api.bksblive2.co.uk", false, null);
  }

  @AfterEach
  void close() {
    db.close();
  }

  private static SecurityContext caller(String name) {
    Principal p = () -> name;
    return (SecurityContext)
        Proxy.newProxyInstance(
            SecurityContext.class.getClassLoader(),
            new Class<?>[] {SecurityContext.class},
            (proxy, m, a) -> m.getName().equals("getCallerPrincipal") ? p : null);
  }

  /** As the server's transaction around {@code save} would. */
  private <T> T inTransaction(Supplier<T> work) {
    EntityManager em = service.em;
    em.getTransaction().begin();
    try {
      T result = work.get();
      em.getTransaction().commit();
      return result;
    } finally {
      if (em.getTransaction().isActive()) {
        em.getTransaction().rollback();
      }
    }
  }

  private SettingsView save(SettingsChange change) {
    return inTransaction(() -> service.save(CENTRE, change));
  }

  private Map<String, String> refused(SettingsChange change) {
    Refusal r = assertThrows(Refusal.class, () -> save(change));
    assertEquals(Refusal.Kind.INVALID, r.kind(), r.getMessage());
    assertEquals(r.fields(), service.problems(CENTRE, change), "problems() names the same");
    return r.fields();
  }

  private SettingsChange.Builder complete() {
    return SettingsChange.builder()
        .enabled(true)
        .apiUrl("HTTPS://Live2API.bksblive2.co.uk")
        .accessKeyId("key-1")
        .secretAccessKey("secret-1")
        .defaultPassword("Welcome-2026!")
        .databridgeAcknowledged(true);
  }

  @Test
  void enablingNamesEverythingItNeeds() {
    Map<String, String> f = refused(SettingsChange.builder().enabled(true).build());
    assertEquals("is required to enable the integration", f.get("apiUrl"));
    assertEquals("is required to enable the integration", f.get("accessKeyId"));
    assertEquals("is required to enable the integration", f.get("secretAccessKey"));
    assertTrue(f.get("databridgeAcknowledged").startsWith("confirm that bksb's Databridge"));
    assertEquals(4, f.size(), f.toString());
  }

  @Test
  void contentRulesNameEachField() {
    Map<String, String> f =
        refused(
            SettingsChange.builder()
                .apiUrl("http://live2api.bksblive2.co.uk/")
                .accessKeyId("key\u202Eyek")
                .secretAccessKey("x".repeat(201))
                .defaultPassword("short")
                .learnerTags(Map.of("FRENCH", List.of("x"), "MATHS", List.of(" ")))
                .linkButtonUrl("ftp://files.example/")
                .build());
    assertTrue(f.get("apiUrl").startsWith("must use https"), f.get("apiUrl"));
    assertEquals("must not contain control characters", f.get("accessKeyId"));
    assertEquals("must be at most 200 characters", f.get("secretAccessKey"));
    assertEquals("must be at least 8 characters", f.get("defaultPassword"));
    assertEquals(SUBJECTS, f.get("learnerTags.FRENCH"));
    assertEquals("tags must be text of 1 to 50 characters", f.get("learnerTags.MATHS"));
    assertEquals("must be an absolute http or https URL", f.get("linkButtonUrl"));
  }

  @Test
  void theSameBodyThroughTheApiGetsTheSameProblems() {
    SettingsChange java =
        SettingsChange.builder()
            .enabled(true)
            .apiUrl("https://attacker.example/")
            .accessKeyId("")
            .defaultPassword("short")
            .learnerTags(Map.of("FRENCH", List.of(), "ICT", List.of("t".repeat(51))))
            .build();
    String body =
        "{\"enabled\":true,\"apiUrl\":\"https://attacker.example/\",\"accessKeyId\":\"\","
            + "\"defaultPassword\":\"short\",\"learnerTags\":{\"FRENCH\":[],\"ICT\":[\""
            + "t".repeat(51)
            + "\"]}}";
    SettingsChange read =
        SettingsJson.read(
            Json.createReader(new StringReader(body)).readObject(),
            c -> service.problems(CENTRE, c));
    assertEquals(refused(java), refused(read));
  }

  @Test
  void shapeAndContentProblemsComeInOneAnswer() {
    Refusal r =
        assertThrows(
            Refusal.class,
            () ->
                SettingsJson.read(
                    Json.createReader(
                            new StringReader(
                                "{\"apiUrl\":\"http://live2api.example/\",\"colour\":1,"
                                    + "\"learnerTags\":{\"FRENCH\":5,\"ENGLISH\":[1,\"ok\"]}}"))
                        .readObject(),
                    c -> service.problems(CENTRE, c)));
    assertEquals(
        Map.of(
            "apiUrl", "must use https",
            "colour", "unknown field",
            "learnerTags.FRENCH", SUBJECTS,
            "learnerTags.ENGLISH", "tags must be text of 1 to 50 characters"),
        r.fields());
  }

  @Test
  void heatRulesHaveDefaultsAreSavedRuleByRuleAndNumbersAreChecked() {
    assertEquals(HeatRules.DEFAULTS, service.get(CENTRE).heat(), "a new centre's defaults");
    SettingsView saved =
        save(
            SettingsChange.builder()
                .heat(HeatChange.builder().applicants(false).recentResultDays(30).build())
                .build());
    assertEquals(new HeatRules(false, true, 8, true, 14, true, 30), saved.heat());
    assertEquals(saved.heat(), service.get(CENTRE).heat(), "stored");
    save(SettingsChange.builder().heat(HeatChange.builder().recentStartWeeks(52).build()).build());
    assertEquals(
        new HeatRules(false, true, 52, true, 14, true, 30),
        service.get(CENTRE).heat(),
        "rules not sent are kept; 52 weeks is the most");

    Map<String, String> f =
        refused(
            SettingsChange.builder()
                .heat(
                    HeatChange.builder()
                        .recentStartWeeks(53)
                        .newAccountDays(-1)
                        .recentResultDays(366)
                        .build())
                .build());
    assertEquals("must be a whole number of weeks from 0 to 52", f.get("heat.recentStartWeeks"));
    assertEquals("must be a whole number of days from 0 to 365", f.get("heat.newAccountDays"));
    assertEquals("must be a whole number of days from 0 to 365", f.get("heat.recentResultDays"));
    assertEquals(3, f.size(), f.toString());
    save(
        SettingsChange.builder()
            .heat(HeatChange.builder().newAccountDays(0).recentResultDays(365).build())
            .build());
    assertEquals(
        new HeatRules(false, true, 52, true, 0, true, 365),
        service.get(CENTRE).heat(),
        "0 and 365 are allowed");
  }

  @Test
  void heatThroughTheApiNamesEachRule() {
    Refusal r =
        assertThrows(
            Refusal.class,
            () ->
                SettingsJson.read(
                    Json.createReader(
                            new StringReader(
                                "{\"heat\":{\"applicants\":\"yes\",\"recentStartWeeks\":2.5,"
                                    + "\"newAccountDays\":99999999999,\"recentResultDays\":400,"
                                    + "\"colour\":1}}"))
                        .readObject(),
                    c -> service.problems(CENTRE, c)));
    assertEquals(
        Map.of(
            "heat.applicants", "must be true or false",
            "heat.recentStartWeeks", "must be a whole number",
            "heat.newAccountDays", "must be a whole number of days from 0 to 365",
            "heat.recentResultDays", "must be a whole number of days from 0 to 365",
            "heat.colour", "unknown field"),
        r.fields());
    Refusal notAnObject =
        assertThrows(
            Refusal.class,
            () ->
                SettingsJson.read(
                    Json.createReader(new StringReader("{\"heat\":true}")).readObject(),
                    c -> service.problems(CENTRE, c)));
    assertTrue(notAnObject.fields().get("heat").startsWith("must be an object"));
    SettingsChange read =
        SettingsJson.read(
            Json.createReader(
                    new StringReader(
                        "{\"heat\":{\"applicants\":false,\"recentStarts\":true,"
                            + "\"recentStartWeeks\":4,\"newAccounts\":false,\"newAccountDays\":7,"
                            + "\"recentResults\":false,\"recentResultDays\":3}}"))
                .readObject(),
            c -> service.problems(CENTRE, c));
    assertEquals(
        SettingsChange.builder()
            .heat(HeatChange.to(new HeatRules(false, true, 4, false, 7, false, 3)))
            .build(),
        read);
  }

  @Test
  void savesNormalisedKeepsSecretsWriteOnlyAndRecordsWho() {
    Map<String, List<String>> tags = Map.of("ENGLISH", List.of(" BKSB-ENG ", "BKSB-ENG"));
    SettingsView v = save(complete().learnerTags(tags).build());
    assertTrue(v.enabled());
    assertEquals(BKSB, v.apiUrl());
    assertTrue(v.secretAccessKeySet());
    assertTrue(v.defaultPasswordSet());
    assertEquals(List.of("BKSB-ENG"), v.learnerTags().get("ENGLISH"));
    assertEquals("page-user", v.updatedBy());

    SettingsView other = save(SettingsChange.builder().logSyncApiCalls(true).build());
    assertTrue(other.secretAccessKeySet(), "not sent: kept");
    assertTrue(other.logSyncApiCalls());

    SettingsView cleared =
        save(SettingsChange.builder().enabled(false).defaultPassword(null).build());
    assertFalse(cleared.defaultPasswordSet(), "null: cleared");
    assertTrue(cleared.secretAccessKeySet());
  }

  @Test
  void movingTheKeyForgetsTheSecretAndEnablingThenAsksForItAgain() {
    save(complete().build());
    Map<String, String> f = refused(SettingsChange.builder().accessKeyId("key-2").build());
    assertEquals(
        "must be sent again when apiUrl or accessKeyId changes (it is not carried over)",
        f.get("secretAccessKey"));
    save(SettingsChange.builder().enabled(false).build());
    SettingsView moved = save(SettingsChange.builder().accessKeyId("key-2").build());
    assertFalse(moved.secretAccessKeySet());
    assertTrue(moved.defaultPasswordSet(), "same host: the password stays");
  }

  @Test
  void permissionCentreAndLicenceComeFromTheService() {
    licensed = false;
    Refusal conflict = assertThrows(Refusal.class, () -> save(complete().build()));
    assertEquals(Refusal.Kind.CONFLICT, conflict.kind());
    assertTrue(conflict.getMessage().contains("licence"));
    assertFalse(service.get(CENTRE).secretAccessKeySet(), "nothing was stored");

    Refusal missing =
        assertThrows(
            Refusal.class,
            () -> inTransaction(() -> service.save("SOUTH", SettingsChange.builder().build())));
    assertEquals(Refusal.Kind.NOT_FOUND, missing.kind());

    editor = false;
    SettingsChange bad = SettingsChange.builder().enabled(true).build();
    assertEquals(Refusal.Kind.FORBIDDEN, assertThrows(Refusal.class, () -> save(bad)).kind());
    assertEquals(
        Refusal.Kind.FORBIDDEN,
        assertThrows(Refusal.class, () -> service.problems(CENTRE, bad)).kind());
  }
}

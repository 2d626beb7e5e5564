package org.bksbbridge.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Racing requests, sent together: restarts of one stopped run, saves of one centre's settings, the
 * centre itself, its grants and the schedule, and account creations for two learners with one
 * email. Exactly one restart and one creation happen; every other answer is 409 with our error body
 * (no exception class, no stack text), never a 500.
 */
@ExtendWith(ArquillianExtension.class)
class HostileRacesIT {
  private final Api manager = Api.as("manager");
  private final Api admin = Api.as("admin");

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.application();
  }

  /** The n answers of n requests released at the same moment. */
  private static List<Api.Reply> together(int n, IntFunction<Api.Reply> request) throws Exception {
    CyclicBarrier start = new CyclicBarrier(n);
    ExecutorService pool = Executors.newFixedThreadPool(n);
    try {
      List<Future<Api.Reply>> sent = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        int which = i;
        sent.add(
            pool.submit(
                () -> {
                  start.await();
                  return request.apply(which);
                }));
      }
      List<Api.Reply> answers = new ArrayList<>();
      for (Future<Api.Reply> f : sent) {
        answers.add(f.get());
      }
      return answers;
    } finally {
      pool.shutdownNow();
    }
  }

  /** Our JSON error body with a message, and nothing of the server's insides. */
  private static void ourConflict(Api.Reply r) {
    assertEquals(409, r.status(), r.body());
    assertFalse(r.json().getString("error").isBlank(), r.body());
    for (String inside : new String[] {"Exception", "com.ibm", "jbatch", "eclipse", "\tat "}) {
      assertFalse(r.body().contains(inside), "no server insides: " + r.body());
    }
  }

  private static long count(List<Api.Reply> answers, int status) {
    return answers.stream().filter(r -> r.status() == status).count();
  }

  /** Only successes and our 409s; at least one success. */
  private static void savedOrConflict(List<Api.Reply> answers, int ok) {
    for (Api.Reply r : answers) {
      if (r.status() != ok) {
        ourConflict(r);
      }
    }
    assertTrue(count(answers, ok) >= 1, answers.toString());
  }

  private long start(String job, String body) {
    return manager.startJob(job, body);
  }

  /**
   * A centre with 30 learners linked to the sandbox users of listing page 10 (users 271 to 300,
   * which no other test links), its bksb-get-assessments run stopped part way.
   */
  private long stoppedRun() throws Exception {
    String centre = manager.centreLinkedToSandboxUsers("RR", 10, 30);
    // The sandbox's hold keeps the first chunk's first call waiting, so the stop certainly lands
    // while the run works; opened again, that chunk ends and the run stops at its boundary.
    try (SandboxHeld held = SandboxHeld.close(admin)) {
      long run =
          start(
              "bksb-get-assessments",
              "{\"centreId\":\"" + centre + "\",\"partitions\":\"1\",\"full\":\"true\"}");
      held.awaitACall();
      Api.Reply stop =
          manager.post("/api/v1/jobs/executions/" + run + "/stop", "application/json", "");
      assertEquals(202, stop.status(), stop.body());
      held.open();
      JsonObject stopped = manager.awaitJob(run);
      assertEquals("STOPPED", stopped.getString("batchStatus"), stopped.toString());
      return run;
    }
  }

  @Test
  void fourRestartsOfOneStoppedRunAtOnceRestartItOnce() throws Exception {
    long stopped = stoppedRun();
    String path = "/api/v1/jobs/executions/" + stopped + "/restart";
    List<Api.Reply> answers = together(4, i -> manager.post(path, "application/json", ""));

    assertEquals(1, count(answers, 202), answers.toString());
    answers.stream().filter(r -> r.status() != 202).forEach(HostileRacesIT::ourConflict);
    long again =
        answers.stream()
            .filter(r -> r.status() == 202)
            .findFirst()
            .orElseThrow()
            .json()
            .getJsonNumber("executionId")
            .longValue();
    JsonObject done = manager.awaitJob(again);
    assertEquals("COMPLETED", done.getString("batchStatus"), done.toString());
    assertEquals(
        "STOPPED",
        manager.get("/api/v1/jobs/executions/" + stopped).json().getString("batchStatus"),
        "the stopped run is still shown as it ended");
    JsonObject list =
        manager.get("/api/v1/jobs/executions?job=bksb-get-assessments&size=10").json();
    for (JsonObject run : list.getJsonArray("items").getValuesAs(JsonObject.class)) {
      long id = run.getJsonNumber("executionId").longValue();
      if (id > stopped) {
        assertEquals(again, id, "no second run of it: " + list);
      }
    }

    Api.Reply later = manager.post(path, "application/json", "");
    ourConflict(later);
    assertTrue(later.json().getString("error").contains("as execution " + again), later.body());
  }

  @Test
  void sixSettingsSavesAtOnceAreSavedOrConflictNeverAFailure() throws Exception {
    String centre = admin.centreOnTheSandbox("RS", "");
    String path = "/api/v1/centres/" + centre + "/bksb/settings";
    for (int round = 0; round < 3; round++) {
      List<Api.Reply> answers =
          together(
              6,
              i ->
                  admin.put(
                      path,
                      i % 2 == 0
                          ? "{\"learnerTags\":{\"ENGLISH\":[\"eng-" + i + "\"]}}"
                          : "{\"heat\":{\"recentStartWeeks\":" + (i + 1) + "}}"));
      savedOrConflict(answers, 200);
      System.out.printf(
          "HostileRacesIT: six settings saves at once: %d saved, %d conflicts%n",
          count(answers, 200), count(answers, 409));
    }
  }

  @Test
  void centreLearnerGrantAndScheduleSavesAtOnceAreSavedOrConflict() throws Exception {
    String centre = "RC" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    List<Api.Reply> created =
        together(4, i -> admin.put("/api/v1/centres/" + centre, "{\"name\":\"Race " + i + "\"}"));
    assertEquals(1, count(created, 201), created.toString());
    created.stream()
        .filter(r -> r.status() != 201 && r.status() != 200)
        .forEach(HostileRacesIT::ourConflict);
    savedOrConflict(
        together(
            6, i -> admin.put("/api/v1/centres/" + centre, "{\"name\":\"Renamed " + i + "\"}")),
        200);
    String learner = "/api/v1/centres/" + centre + "/learners/RACE1";
    List<Api.Reply> learners =
        together(
            4, i -> admin.put(learner, "{\"firstName\":\"Race\",\"lastName\":\"L" + i + "\"}"));
    assertEquals(1, count(learners, 201), learners.toString());
    learners.stream()
        .filter(r -> r.status() != 201 && r.status() != 200)
        .forEach(HostileRacesIT::ourConflict);
    savedOrConflict(
        together(
            4,
            i ->
                admin.put(
                    "/api/v1/permissions/" + centre + "/users/race.user",
                    i % 2 == 0
                        ? "{\"commands\":[\"BKSB_API_INTEGRATION\"]}"
                        : "{\"commands\":[]}")),
        200);
    // Every field kept: the schedule in force is saved as it is, four times at once.
    savedOrConflict(together(4, i -> admin.put("/api/v1/schedule", "{}")), 200);
  }

  @Test
  void twoLearnersWithOneEmailGetOneAccountWhenCreatedAtOnce() throws Exception {
    String centre =
        admin.centreOnTheSandbox(
            "RA", "\"defaultPassword\":\"Race-Pass-42\",\"autoSendLoginDetails\":false");
    Api.listBksbUsers();
    String tag = centre.toLowerCase();
    for (int pair = 0; pair < 3; pair++) {
      String email = tag + ".twin" + pair + "@learners.example.ac.uk";
      List<String> paths = new ArrayList<>();
      for (String ref : new String[] {"T" + pair + "A", "T" + pair + "B"}) {
        String learner = "/api/v1/centres/" + centre + "/learners/" + ref;
        Api.Reply made =
            manager.put(
                learner,
                "{\"firstName\":\"Twin\",\"lastName\":\""
                    + ref
                    + "\",\"email\":\""
                    + email
                    + "\"}");
        assertEquals(201, made.status(), made.body());
        paths.add(learner + "/bksb/account");
      }
      List<Api.Reply> answers =
          together(2, i -> manager.post(paths.get(i), "application/json", ""));
      assertEquals(1, count(answers, 201), answers.toString());
      answers.stream().filter(r -> r.status() != 201).forEach(HostileRacesIT::ourConflict);
      long withEmail =
          admin.get("/bksb-sandbox/admin/created").structure().asJsonArray().stream()
              .map(JsonObject.class::cast)
              .filter(c -> email.equalsIgnoreCase(c.getString("email", "")))
              .count();
      assertEquals(1, withEmail, "one bksb user with " + email);
    }
  }
}

package org.bksbbridge.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.bksbbridge.misclient.ApiClient;
import org.bksbbridge.misclient.ApiException;
import org.bksbbridge.misclient.api.CentresApi;
import org.bksbbridge.misclient.api.EventsApi;
import org.bksbbridge.misclient.api.JobsApi;
import org.bksbbridge.misclient.api.LearnersApi;
import org.bksbbridge.misclient.api.ResultsApi;
import org.bksbbridge.misclient.api.SettingsApi;
import org.bksbbridge.misclient.model.CentreChange;
import org.bksbbridge.misclient.model.ErrorBody;
import org.bksbbridge.misclient.model.EventPage;
import org.bksbbridge.misclient.model.EventView;
import org.bksbbridge.misclient.model.JobExecutionView;
import org.bksbbridge.misclient.model.JobParameters;
import org.bksbbridge.misclient.model.LearnerFields;
import org.bksbbridge.misclient.model.LearnerImportRow;
import org.bksbbridge.misclient.model.LearnerKind;
import org.bksbbridge.misclient.model.LearnerView;
import org.bksbbridge.misclient.model.ResultView;
import org.bksbbridge.misclient.model.SettingsChanges;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A small MIS program written as an MIS developer would, against the Java client the build
 * generates from our OpenAPI document (openapi-generator, java/native): it imports learners, starts
 * a sync, reads their results and follows the event feed. A document that no client can live with
 * (untyped bodies, answers without a schema, dates a client cannot parse) fails here.
 */
@ExtendWith(ArquillianExtension.class)
class MisClientIT {
  private static final int LEARNERS = 4;

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.application();
  }

  /** The MIS's own system account; an admin here, as a college would grant one. */
  private static ApiClient client(String user, String password) {
    String basic =
        "Basic "
            + Base64.getEncoder()
                .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    ApiClient client = new ApiClient();
    client.updateBaseUri(Deployments.baseUrl());
    client.setReadTimeout(Duration.ofSeconds(60));
    client.setRequestInterceptor(b -> b.header("Authorization", basic));
    return client;
  }

  @Test
  void anMisImportsLearnersSyncsReadsResultsAndFollowsTheFeed() throws Exception {
    ApiClient mis = client("admin", "admin");
    String centre = "MIS" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    new CentresApi(mis)
        .saveCentre(centre, new CentreChange().name("MIS college").bksbLicensed(true));
    // Its own bksb account (a key of the sandbox no other test uses): every result is new to it.
    new SettingsApi(mis)
        .saveSettings(
            centre,
            new SettingsChanges()
                .enabled(true)
                .apiUrl(Deployments.baseUrl() + "/bksb-sandbox/")
                .accessKeyId("mis-key")
                .secretAccessKey("mis-secret")
                .databridgeAcknowledged(true));

    EventsApi events = new EventsApi(mis);
    String cursor = events.listEvents(centre, null, 0).getNext();

    List<LearnerImportRow> learners = new ArrayList<>();
    List<String> usernames = sandboxUsernames();
    for (int i = 0; i < LEARNERS; i++) {
      learners.add(
          new LearnerImportRow()
              .reference("MIS-" + i)
              .kind(LearnerKind.LEARNER)
              .firstName("Mis")
              .lastName("Learner " + i)
              .email("mis" + i + "@example.ac.uk")
              .startDate(LocalDate.of(2026, 9, 1))
              .bksbUser(true)
              .bksbUsername(usernames.get(i)));
    }
    LearnersApi learnerApi = new LearnersApi(mis);
    JobsApi jobs = new JobsApi(mis);
    JobExecutionView imported =
        await(jobs, learnerApi.importLearners(centre, learners).getExecutionId());
    assertEquals("COMPLETED", imported.getBatchStatus(), imported.toString());
    List<String> references =
        learnerApi.searchLearners(centre, null, null, 1, null, 100).getItems().stream()
            .map(LearnerView::getReference)
            .toList();
    assertEquals(
        LEARNERS,
        references.size(),
        "the import made every learner: "
            + jobs.listSkippedRecords(imported.getExecutionId(), null, null));

    // The sync, step by step as an MIS would run it for its centre: bksb's users (of every
    // account: a listing changes no centre's data), matching, then results.
    for (String job : List.of("bksb-get-users", "bksb-match-users")) {
      JobParameters only =
          job.equals("bksb-get-users") ? new JobParameters() : new JobParameters().centreId(centre);
      JobExecutionView done = await(jobs, jobs.startJob(job, only).getExecutionId());
      assertEquals("COMPLETED", done.getBatchStatus(), done.toString());
    }
    JobExecutionView sync =
        await(
            jobs,
            jobs.startJob("bksb-get-assessments", new JobParameters().centreId(centre))
                .getExecutionId());
    assertEquals("COMPLETED", sync.getBatchStatus(), sync.toString());

    ResultsApi results = new ResultsApi(mis);
    int stored = 0;
    for (String reference : references) {
      LearnerView learner = learnerApi.getLearner(centre, reference);
      assertNotNull(learner.getBksb(), "linked by the sync: " + learner);
      List<ResultView> list = results.listResults(centre, reference);
      assertFalse(list.isEmpty(), "results of " + reference);
      for (ResultView r : list) {
        assertNotNull(r.getSubject(), r.toString());
        assertTrue(r.getCompletedAt().matches("\\d{4}-\\d\\d-\\d\\dT.*"), r.getCompletedAt());
      }
      stored += list.size();
    }

    List<EventView> feed = follow(events, centre, cursor, sync.getExecutionId());
    Map<String, Long> byType =
        feed.stream().collect(Collectors.groupingBy(EventView::getType, Collectors.counting()));
    assertEquals(LEARNERS, byType.getOrDefault("learner.linked", 0L), byType.toString());
    assertEquals(stored, byType.getOrDefault("result.created", 0L), byType.toString());
    Set<String> ids = new HashSet<>();
    feed.forEach(e -> assertTrue(ids.add(e.getId()), "each event once: " + e.getId()));
    feed.forEach(e -> assertEquals(centre, e.getCentre()));

    ApiException refused =
        assertThrows(
            ApiException.class,
            () -> learnerApi.saveLearner(centre, "BAD-1", new LearnerFields().email("not mail")));
    assertEquals(400, refused.getCode());
    ErrorBody error = mis.getObjectMapper().readValue(refused.getResponseBody(), ErrorBody.class);
    assertTrue(error.getFields().containsKey("email"), error.toString());
  }

  /** Pages the feed three at a time until the sync's own job.completed has come. */
  private static List<EventView> follow(
      EventsApi events, String centre, String after, long execution) throws Exception {
    List<EventView> all = new ArrayList<>();
    String cursor = after;
    long deadline = System.nanoTime() + Duration.ofMinutes(1).toNanos();
    while (System.nanoTime() < deadline) {
      EventPage page = events.listEvents(centre, cursor, 3);
      all.addAll(page.getEvents());
      cursor = page.getNext();
      boolean ended =
          all.stream()
              .anyMatch(
                  e ->
                      e.getType().equals("job.completed")
                          && Long.valueOf(execution)
                              .equals(number(e.getData().get("executionId"))));
      if (ended) {
        return all;
      }
      if (page.getEvents().isEmpty()) {
        Thread.sleep(250);
      }
    }
    throw new AssertionError("no job.completed for " + execution + " in the feed: " + all);
  }

  private static Long number(Object value) {
    return value instanceof Number n ? n.longValue() : null;
  }

  private static JobExecutionView await(JobsApi jobs, long id) throws Exception {
    long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
    while (System.nanoTime() < deadline) {
      JobExecutionView e = jobs.getJobExecution(id);
      if (!Set.of("STARTING", "STARTED", "STOPPING").contains(e.getBatchStatus())) {
        return e;
      }
      Thread.sleep(200);
    }
    throw new AssertionError("execution " + id + " did not end in 3 minutes");
  }

  /** Users bksb already has (the sandbox's side, not our API): the learners' bksb user names. */
  private static List<String> sandboxUsernames() {
    JsonObject users =
        Api.as("mis-key", "mis-secret")
            .get("/bksb-sandbox/api/users/search?page=7&recordsPerPage=" + LEARNERS)
            .json();
    return users.getJsonArray("Users").getValuesAs(JsonObject.class).stream()
        .map(u -> u.getString("Username"))
        .toList();
  }
}

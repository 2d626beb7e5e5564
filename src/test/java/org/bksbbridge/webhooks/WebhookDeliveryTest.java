package org.bksbbridge.webhooks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import jakarta.batch.runtime.BatchStatus;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.bksbbridge.alerts.Alert;
import org.bksbbridge.alerts.AlertKind;
import org.bksbbridge.events.EventSequencing;
import org.bksbbridge.refusal.Refusal;
import org.bksbbridge.sync.assessments.AssessmentFixture;
import org.bksbbridge.testing.AdminCaller;
import org.bksbbridge.testing.SeEnvironment;
import org.bksbbridge.testing.ShiftableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Webhooks under JBeret SE with a real HTTP receiver on loopback: a results run's events arrive
 * signed as Standard Webhooks says, once each with two senders at work; a receiver that is down is
 * retried on the schedule and, after three days, the webhook is disabled with an alert; a server
 * that died between claiming and sending leaves the delivery to another after the lease.
 */
class WebhookDeliveryTest {
  private static final int LEARNERS = 6;

  /** What the receiver got: headers and body of each request. */
  record Received(String id, String timestamp, String signature, String body) {}

  private final ShiftableClock clock = new ShiftableClock(SeEnvironment.TEST_CLOCK);
  private final List<Received> received = Collections.synchronizedList(new ArrayList<>());
  private final AtomicInteger answer = new AtomicInteger(204);
  private HttpServer receiver;
  private AssessmentFixture f;
  private String url;

  @BeforeEach
  void start() throws Exception {
    System.setProperty("bksb.webhooks.allowLoopback", "true");
    receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    receiver.createContext(
        "/hook",
        x -> {
          String body = new String(x.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
          received.add(
              new Received(
                  x.getRequestHeaders().getFirst("webhook-id"),
                  x.getRequestHeaders().getFirst("webhook-timestamp"),
                  x.getRequestHeaders().getFirst("webhook-signature"),
                  body));
          x.sendResponseHeaders(answer.get(), -1);
          x.close();
        });
    receiver.setExecutor(Executors.newFixedThreadPool(4));
    receiver.start();
    url = "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook";
    f = new AssessmentFixture(20, 4, clock, AdminCaller.class);
    for (int i = 1; i <= LEARNERS; i++) {
      f.linked("NORTH", "N" + i, i);
    }
  }

  @AfterEach
  void stop() {
    System.clearProperty("bksb.webhooks.allowLoopback");
    f.close();
    receiver.stop(0);
  }

  private static <T> T bean(Class<T> type) {
    return CDI.current().select(type).get();
  }

  /** Subscribes once what the fixture's runs wrote is in the feed: the webhook hears of later. */
  private WebhookView.WithSecret subscribe(String... types) {
    bean(EventSequencing.class).sequence(1000);
    return bean(WebhookService.class)
        .create("NORTH", new WebhookRequest(url, List.of(types), false));
  }

  /** The feed positioned and one round of every server's sending. */
  private int round() {
    bean(EventSequencing.class).sequence(1000);
    return WebhookRounds.send(
        bean(WebhookRepository.class),
        bean(WebhookDeliveryRepository.class),
        bean(WebhookDispatch.class),
        bean(WebhookSender.class),
        clock);
  }

  private static String sign(String secret, Received r) throws Exception {
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec(Base64.getDecoder().decode(secret.substring(6)), "HmacSHA256"));
    byte[] sig =
        mac.doFinal(
            (r.id() + "." + r.timestamp() + "." + r.body()).getBytes(StandardCharsets.UTF_8));
    return "v1," + Base64.getEncoder().encodeToString(sig);
  }

  @Test
  void aRunsEventsArriveSignedOnceEachWithTwoSendersAtWork() throws Exception {
    WebhookView.WithSecret hook = subscribe("result.created", "job.completed");
    assertTrue(hook.secret().startsWith("whsec_"));
    f.run(Map.of("partitions", "2"), BatchStatus.COMPLETED);
    bean(EventSequencing.class).sequence(1000);
    // Two servers' rounds at once: each delivery is claimed by one.
    var pool = Executors.newFixedThreadPool(2);
    var a = pool.submit(this::round);
    var b = pool.submit(this::round);
    int attempts = a.get(60, TimeUnit.SECONDS) + b.get(60, TimeUnit.SECONDS);
    pool.shutdown();

    int expected = LEARNERS * 2 + 1; // two initial results a learner, and the run's end
    // The ids and bodies in the message: a second delivery of one event, or an event too many,
    // tells which when this fails.
    assertEquals(expected, received.size(), "each event once: " + received);
    assertEquals(expected, attempts, "attempts: " + received);
    assertEquals(expected, new HashSet<>(received.stream().map(Received::id).toList()).size());
    for (Received r : received) {
      assertEquals(sign(hook.secret(), r), r.signature(), "signed with the webhook's secret");
      JsonObject body = Json.createReader(new StringReader(r.body())).readObject();
      assertTrue(Set.of("result.created", "job.completed").contains(body.getString("type")));
      assertEquals("NORTH", body.getJsonObject("data").getString("centre"));
      assertNotNull(body.getString("timestamp"));
    }
    assertEquals(0, round(), "nothing is sent twice");
    WebhookView listed = bean(WebhookService.class).list("NORTH").get(0);
    assertEquals("DELIVERED", listed.lastDelivery().status());
    assertEquals(
        expected,
        bean(WebhookService.class).deliveries("NORTH", hook.id(), 0, 50).stream()
            .filter(d -> d.status().equals("DELIVERED"))
            .count());

    // A new secret signs what comes next; the old one signs nothing more.
    WebhookView.WithSecret rotated = bean(WebhookService.class).rotate("NORTH", hook.id());
    received.clear();
    f.run(Map.of("full", "true"), BatchStatus.COMPLETED);
    round();
    assertEquals(1, received.size(), "the unchanged run's end");
    assertEquals(sign(rotated.secret(), received.get(0)), received.get(0).signature());
  }

  @Test
  void aBatchSubscriptionTakesARunsEventsInOneSignedRequest() throws Exception {
    bean(EventSequencing.class).sequence(1000);
    WebhookView.WithSecret hook =
        bean(WebhookService.class)
            .create(
                "NORTH", new WebhookRequest(url, List.of("result.created", "job.completed"), true));
    assertTrue(hook.webhook().batch());
    f.run(Map.of("partitions", "2"), BatchStatus.COMPLETED);
    assertEquals(1, round(), "one attempt for the whole run");
    assertEquals(1, received.size());
    Received r = received.get(0);
    assertEquals(sign(hook.secret(), r), r.signature());
    JsonObject body = Json.createReader(new StringReader(r.body())).readObject();
    assertEquals("batch", body.getString("type"));
    var events = body.getJsonObject("data").getJsonArray("events");
    assertEquals(LEARNERS * 2 + 1, events.size());
    assertTrue(r.id().startsWith("batch_evt_") && r.id().endsWith("_" + events.size()), r.id());
    assertEquals("job.completed", events.getJsonObject(events.size() - 1).getString("type"));
    assertEquals(
        LEARNERS * 2 + 1,
        bean(WebhookService.class).deliveries("NORTH", hook.id(), 0, 50).stream()
            .filter(d -> d.status().equals("DELIVERED"))
            .count());
    assertEquals(0, round());
  }

  @Test
  void aReceiverDownIsRetriedOnScheduleThenTheWebhookIsDisabledWithAnAlert() throws Exception {
    WebhookView.WithSecret hook = subscribe("job.completed");
    answer.set(503);
    f.run(Map.of(), BatchStatus.COMPLETED);
    assertEquals(1, round());
    DeliveryView d = bean(WebhookService.class).deliveries("NORTH", hook.id(), 0, 1).get(0);
    assertEquals("PENDING", d.status());
    assertEquals(503, d.lastStatus());
    assertTrue(d.lastError().contains("503"), d.lastError());
    assertEquals(0, round(), "not before its time");
    for (Duration wait : WebhookDispatch.RETRIES.subList(0, 4)) {
      clock.shift(clock.shifted().plus(wait).plusSeconds(1));
      assertEquals(1, round());
    }
    assertEquals(5, received.size());
    // Three days of failures: the webhook is disabled, and the centre's alert says so.
    clock.shift(clock.shifted().plus(Duration.ofDays(3)));
    assertEquals(1, round());
    WebhookView disabled = bean(WebhookService.class).get("NORTH", hook.id());
    assertEquals("DISABLED", disabled.status());
    assertEquals(
        1,
        f.batch.db.count(
            "select count(a) from Alert a where a.centreId = 'NORTH' and a.kind = ?1"
                + " and a.status = ?2",
            AlertKind.WEBHOOK_DISABLED,
            Alert.Status.OPEN));

    // Fixed and enabled again: the failed delivery is sent again on request.
    answer.set(200);
    bean(WebhookService.class).enable("NORTH", hook.id());
    long id = bean(WebhookService.class).deliveries("NORTH", hook.id(), 0, 1).get(0).id();
    bean(WebhookService.class).redeliver("NORTH", hook.id(), id);
    assertEquals(1, round());
    assertEquals(
        "DELIVERED",
        bean(WebhookService.class).deliveries("NORTH", hook.id(), 0, 1).get(0).status());
  }

  @Test
  void aServerThatDiedAfterClaimingLeavesTheDeliveryToAnotherAfterTheLease() throws Exception {
    subscribe("job.completed");
    f.run(Map.of(), BatchStatus.COMPLETED);
    bean(EventSequencing.class).sequence(1000);
    WebhookRepository repo = bean(WebhookRepository.class);
    WebhookDispatch dispatch = bean(WebhookDispatch.class);
    for (long w : repo.active()) {
      dispatch.fanOut(w, 100);
    }
    long id = bean(WebhookDeliveryRepository.class).due(clock.instant(), 10).get(0);
    assertTrue(dispatch.claim(id).isPresent(), "claimed, then the server dies before sending");
    assertEquals(0, round(), "another server leaves it during the lease");
    clock.shift(clock.shifted().plus(WebhookDispatch.LEASE).plusSeconds(1));
    assertEquals(1, round());
    assertEquals(1, received.size());
  }

  @Test
  void badSubscriptionsNameTheirField() {
    WebhookService s = bean(WebhookService.class);
    Map<String, List<String>> urls =
        Map.of(
            "http://10.1.2.3/hook", List.of("result.created"),
            "https://user:pw@example.org/hook", List.of("result.created"),
            "ftp://example.org/hook", List.of("result.created"));
    for (var e : urls.entrySet()) {
      Refusal r =
          assertThrows(
              Refusal.class,
              () -> s.create("NORTH", new WebhookRequest(e.getKey(), e.getValue(), false)));
      assertTrue(r.fields().containsKey("url"), e.getKey() + ": " + r.fields());
    }
    for (List<String> types : List.of(List.<String>of(), List.of("result.deleted"))) {
      Refusal r =
          assertThrows(
              Refusal.class, () -> s.create("NORTH", new WebhookRequest(url, types, false)));
      assertTrue(r.fields().containsKey("events"), types + ": " + r.fields());
    }
    assertEquals(0, s.list("NORTH").size(), "nothing stored");
  }
}

package org.bksbbridge.bench;

import com.sun.net.httpserver.HttpServer;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.concurrent.Executors;
import org.bksbbridge.events.EventSequencing;
import org.bksbbridge.webhooks.WebhookDeliveryRepository;
import org.bksbbridge.webhooks.WebhookDispatch;
import org.bksbbridge.webhooks.WebhookRepository;
import org.bksbbridge.webhooks.WebhookRequest;
import org.bksbbridge.webhooks.WebhookRounds;
import org.bksbbridge.webhooks.WebhookSender;
import org.bksbbridge.webhooks.WebhookService;

/**
 * A results run's events on their way to an MIS, as the server sends them (issue 27): a batch
 * webhook on a local receiver, and beside the run a thread doing what the server's two repeating
 * tasks do at their default pace (positioning the feed each second, a sending round every two). The
 * receiver notes when each event arrived, against the event's own time.
 */
final class WebhookLoad implements AutoCloseable {
  private static final long SEQUENCE_MILLIS = 1000;
  private static final long ROUND_MILLIS = 2000;

  private final HttpServer receiver;
  private final Clock clock;
  // Compact, so that the receiver adds little to the run's measured heap: ids as bits, and the
  // latencies in one growing array.
  private final BitSet arrived = new BitSet();
  private long[] latencyMillis = new long[1 << 16];
  private int count;
  private volatile boolean running = true;
  private final Thread server;

  /** Subscribes a batch webhook of the centre to result events, and starts the server's tasks. */
  WebhookLoad(String centre, Clock clock) throws Exception {
    this.clock = clock;
    System.setProperty("bksb.webhooks.allowLoopback", "true");
    receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    receiver.createContext(
        "/mis",
        x -> {
          String body = new String(x.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
          x.sendResponseHeaders(204, -1);
          x.close();
          received(body);
        });
    receiver.setExecutor(Executors.newFixedThreadPool(2));
    receiver.start();
    // What is in the feed already (the links of matching) is not this webhook's.
    bean(EventSequencing.class).sequence(1000);
    bean(WebhookService.class)
        .create(
            centre,
            new WebhookRequest(
                "http://127.0.0.1:" + receiver.getAddress().getPort() + "/mis",
                List.of("result.created", "result.updated"),
                true));
    server = new Thread(this::serve, "bench-server-tasks");
    server.setDaemon(true);
    server.start();
  }

  private static <T> T bean(Class<T> type) {
    return CDI.current().select(type).get();
  }

  private synchronized void received(String body) {
    Instant now = clock.instant();
    JsonObject batch = Json.createReader(new StringReader(body)).readObject();
    for (JsonValue v : batch.getJsonObject("data").getJsonArray("events")) {
      JsonObject e = v.asJsonObject();
      int id = Integer.parseInt(e.getString("id").substring("evt_".length()));
      if (!arrived.get(id)) {
        arrived.set(id);
        if (count == latencyMillis.length) {
          latencyMillis = Arrays.copyOf(latencyMillis, count * 2);
        }
        Instant at = Instant.parse(e.getString("timestamp"));
        latencyMillis[count++] = Duration.between(at, now).toMillis();
      }
    }
  }

  private void serve() {
    long nextRound = 0;
    while (running) {
      try {
        EventSequencing sequencing = bean(EventSequencing.class);
        while (sequencing.sequence(1000) == 1000) {
          // a bulk run's events: on until the feed has them all
        }
        if (System.currentTimeMillis() >= nextRound) {
          WebhookRounds.send(
              bean(WebhookRepository.class),
              bean(WebhookDeliveryRepository.class),
              bean(WebhookDispatch.class),
              bean(WebhookSender.class),
              clock);
          nextRound = System.currentTimeMillis() + ROUND_MILLIS;
        }
        Thread.sleep(SEQUENCE_MILLIS);
      } catch (InterruptedException e) {
        return;
      } catch (RuntimeException e) {
        // As the server's tasks: a failed round is tried again at the next.
        System.out.println("BENCH   server task round failed: " + e);
      }
    }
  }

  /** Waits until the receiver has {@code expected} events; seconds from {@code since}, or -1. */
  double awaitAll(long expected, long since, Duration limit) throws InterruptedException {
    long deadline = System.nanoTime() + limit.toNanos();
    while (arrived() < expected && System.nanoTime() < deadline) {
      Thread.sleep(100);
    }
    return arrived() < expected ? -1 : (System.nanoTime() - since) / 1e9;
  }

  synchronized int arrived() {
    return count;
  }

  /** The p-th percentile (0 to 100) of commit-to-arrival, in seconds. */
  synchronized double latencySeconds(double p) {
    long[] all = Arrays.copyOf(latencyMillis, count);
    if (all.length == 0) {
      return Double.NaN;
    }
    Arrays.sort(all);
    return all[(int) Math.min(all.length - 1, Math.ceil(p / 100 * all.length) - 1)] / 1000.0;
  }

  @Override
  public void close() throws InterruptedException {
    running = false;
    server.interrupt();
    server.join(10_000);
    receiver.stop(0);
    System.clearProperty("bksb.webhooks.allowLoopback");
  }
}

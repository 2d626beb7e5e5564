package org.bksbbridge.bench;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;

/**
 * A running server's REST API and sandbox admin API as one signed-in user, for {@link ServerBench}:
 * the figures come from the server as users meet it, not from JBeret SE.
 */
final class ServerApi {
  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  private final String base;
  private final String authorization;

  ServerApi(String base, String user, String password) {
    this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    this.authorization =
        "Basic "
            + Base64.getEncoder()
                .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
  }

  String base() {
    return base;
  }

  /** Sends and answers the body; any status but {@code expected} fails the bench with the body. */
  String send(String method, String path, String contentType, String body, int expected) {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create(base + path))
            .timeout(Duration.ofMinutes(5))
            .header("Authorization", authorization)
            .header("Accept", "application/json")
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body));
    if (contentType != null) {
      b.header("Content-Type", contentType);
    }
    try {
      HttpResponse<String> r = HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
      if (r.statusCode() != expected) {
        throw new IllegalStateException(
            method + " " + path + " answered " + r.statusCode() + ": " + r.body());
      }
      return r.body();
    } catch (IOException e) {
      throw new IllegalStateException(method + " " + path + " failed: " + e, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  JsonObject json(String method, String path, String body, int expected) {
    String answer = send(method, path, body == null ? null : "application/json", body, expected);
    return Json.createReader(new StringReader(answer)).readObject();
  }

  /** Starts a job through {@code POST /api/v1/jobs/{name}} and waits for its end. */
  JobEnd run(String job, String parameters, Duration limit) throws InterruptedException {
    long id =
        json("POST", "/api/v1/jobs/" + job, parameters, 202)
            .getJsonNumber("executionId")
            .longValue();
    return await(id, limit);
  }

  JobEnd await(long executionId, Duration limit) throws InterruptedException {
    long deadline = System.nanoTime() + limit.toNanos();
    while (System.nanoTime() < deadline) {
      JsonObject e = json("GET", "/api/v1/jobs/executions/" + executionId, null, 200);
      String status = e.getString("batchStatus");
      if (!status.equals("STARTING") && !status.equals("STARTED") && !status.equals("STOPPING")) {
        if (!status.equals("COMPLETED")) {
          throw new IllegalStateException("execution " + executionId + " ended " + e);
        }
        return new JobEnd(e);
      }
      Thread.sleep(250);
    }
    throw new IllegalStateException("execution " + executionId + " did not end in " + limit);
  }

  /** A completed execution: its own start and end as the server recorded them, its counters. */
  record JobEnd(JsonObject execution) {
    double seconds() {
      return Duration.between(
                  Instant.parse(execution.getString("startTime")),
                  Instant.parse(execution.getString("endTime")))
              .toMillis()
          / 1000.0;
    }

    long counter(String name) {
      JsonObject counters = execution.getJsonObject("counters");
      return counters == null || !counters.containsKey(name)
          ? -1
          : counters.getJsonNumber(name).longValue();
    }
  }
}

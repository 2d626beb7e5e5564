package org.bksbbridge.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/** A small client of the REST API for tests, signed in as one user (or nobody). */
final class Api {
  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  private static final java.util.regex.Pattern WAIT =
      java.util.regex.Pattern.compile("try again in (\\d+) s");

  private final String authorization;

  /**
   * A dev user with its own password: a 429 for failed sign-ins is then another test's doing (the
   * throttle also counts failures per address, and every test calls from 127.0.0.1), so the call
   * waits it out instead of failing a test about something else.
   */
  private final boolean rightPassword;

  /** Headers every request of this client sends (a trace's traceparent). */
  private final java.util.Map<String, String> headers = new java.util.LinkedHashMap<>();

  private Api(String authorization, boolean rightPassword) {
    this.authorization = authorization;
    this.rightPassword = rightPassword;
  }

  /** The same caller, sending this header with every request too. */
  Api with(String header, String value) {
    Api copy = new Api(authorization, rightPassword);
    copy.headers.putAll(headers);
    copy.headers.put(header, value);
    return copy;
  }

  static Api as(String user, String password) {
    return new Api(basic(user, password), false);
  }

  /** The dev users' passwords equal their names. */
  static Api as(String user) {
    return new Api(basic(user, user), true);
  }

  private static String basic(String user, String password) {
    return "Basic "
        + Base64.getEncoder()
            .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
  }

  static Api anonymous() {
    return new Api(null, false);
  }

  record Reply(int status, String body, String location) {
    JsonObject json() {
      return (JsonObject) Json.createReader(new StringReader(body)).read();
    }

    JsonStructure structure() {
      return Json.createReader(new StringReader(body)).read();
    }
  }

  Reply get(String path) {
    return send("GET", path, null, (String) null);
  }

  Reply put(String path, String json) {
    return send("PUT", path, "application/json", json);
  }

  Reply post(String path, String contentType, String body) {
    return send("POST", path, contentType, body);
  }

  Reply delete(String path) {
    return send("DELETE", path, null, (String) null);
  }

  Reply postBytes(String path, String contentType, byte[] body) {
    return send("POST", path, contentType, HttpRequest.BodyPublishers.ofByteArray(body));
  }

  /** With an Accept header of the caller's, for the CSV variants of reports. */
  Reply send(String method, String path, String contentType, String body, String accept) {
    return send(
        method,
        path,
        contentType,
        body == null
            ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8),
        accept);
  }

  Reply send(String method, String path, String contentType, String body) {
    return send(
        method,
        path,
        contentType,
        body == null
            ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
  }

  private Reply send(
      String method, String path, String contentType, HttpRequest.BodyPublisher body) {
    return send(method, path, contentType, body, "application/json");
  }

  private Reply send(
      String method,
      String path,
      String contentType,
      HttpRequest.BodyPublisher body,
      String accept) {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create(Deployments.baseUrl() + path))
            .timeout(Duration.ofSeconds(60))
            .header("Accept", accept)
            .method(method, body);
    if (contentType != null) {
      b.header("Content-Type", contentType);
    }
    if (authorization != null) {
      b.header("Authorization", authorization);
    }
    headers.forEach(b::header);
    try {
      HttpResponse<String> r = HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
      for (int wait = 0;
          rightPassword && wait < 10 && r.statusCode() == 429 && r.body().contains("sign-ins");
          wait++) {
        java.util.regex.Matcher in = WAIT.matcher(r.body());
        Thread.sleep(1000L * (in.find() ? Math.min(30, Integer.parseInt(in.group(1))) : 1));
        r = HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
      }
      return new Reply(r.statusCode(), r.body(), r.headers().firstValue("Location").orElse(null));
    } catch (IOException e) {
      throw new AssertionError(method + " " + path + " failed: " + e, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  /** Polls a job execution until it ends; returns its last state. */
  JsonObject awaitJob(long executionId) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
    while (System.nanoTime() < deadline) {
      Reply r = get("/api/v1/jobs/executions/" + executionId);
      if (r.status() != 200) {
        throw new AssertionError("job execution " + executionId + ": " + r);
      }
      JsonObject e = r.json();
      String s = e.getString("batchStatus");
      if (!s.equals("STARTING") && !s.equals("STARTED") && !s.equals("STOPPING")) {
        return e;
      }
      Thread.sleep(100);
    }
    throw new AssertionError("job execution " + executionId + " did not end in 2 minutes");
  }

  /**
   * Runs bksb-get-users to its end (as admin): accounts are created only once the account's users
   * were listed, so that nobody bksb already has gets a second account.
   */
  static void listBksbUsers() {
    Api admin = Api.as("admin");
    Reply started = admin.post("/api/v1/jobs/bksb-get-users", "application/json", "{}");
    if (started.status() != 202) {
      throw new AssertionError("bksb-get-users: " + started);
    }
    try {
      JsonObject end = admin.awaitJob(started.json().getJsonNumber("executionId").longValue());
      if (!"COMPLETED".equals(end.getString("batchStatus"))) {
        throw new AssertionError("bksb-get-users: " + end);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  /**
   * Makes a licensed centre (a new random id with the prefix) whose bksb settings are enabled on
   * the in-server sandbox, plus any further settings given as JSON members; returns the centre id.
   */
  String centreOnTheSandbox(String prefix, String moreSettings) {
    String centre = prefix + java.util.UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    // Centres and their settings are admins' by default ("Edit BKSB Settings").
    Api admin = Api.as("admin");
    Reply made =
        admin.put("/api/v1/centres/" + centre, "{\"name\":\"Sync\",\"bksbLicensed\":true}");
    if (made.status() != 201) {
      throw new AssertionError("centre " + centre + ": " + made);
    }
    Reply settings =
        admin.put(
            "/api/v1/centres/" + centre + "/bksb/settings",
            "{\"enabled\":true,\"apiUrl\":\""
                + Deployments.baseUrl()
                + "/bksb-sandbox/\",\"accessKeyId\":\"sandbox-key\","
                + "\"secretAccessKey\":\"sandbox-secret\",\"databridgeAcknowledged\":true"
                + (moreSettings.isEmpty() ? "" : "," + moreSettings)
                + "}");
    if (settings.status() != 200) {
      throw new AssertionError("settings of " + centre + ": " + settings);
    }
    return centre;
  }

  /** Starts a job through the API as this user; answers its execution id (202 or fails). */
  long startJob(String job, String body) {
    Reply r = post("/api/v1/jobs/" + job, "application/json", body);
    if (r.status() != 202) {
      throw new AssertionError("start of " + job + ": " + r);
    }
    return r.json().getJsonNumber("executionId").longValue();
  }

  /**
   * A centre of its own on the sandbox (as {@link #centreOnTheSandbox}) with n learners linked by
   * their bksb user names to the sandbox users of listing page {@code page}, n a page: get-users,
   * then matching, which must link all n. Results are kept per bksb account, which every sandbox
   * centre shares: a test picks pages no other test links (DEMO holds users 1 to 240).
   */
  String centreLinkedToSandboxUsers(String prefix, int page, int n) throws InterruptedException {
    String centre = centreOnTheSandbox(prefix, "");
    JsonObject users =
        Api.as("sandbox-key", "sandbox-secret")
            .get("/bksb-sandbox/api/users/search?page=" + page + "&recordsPerPage=" + n)
            .json();
    int i = 0;
    for (JsonObject u : users.getJsonArray("Users").getValuesAs(JsonObject.class)) {
      Reply made =
          put(
              "/api/v1/centres/" + centre + "/learners/R" + i++,
              "{\"firstName\":\"R\",\"lastName\":\"S\",\"startDate\":\"2025-09-01\","
                  + "\"bksbUser\":true,\"bksbUsername\":"
                  + Json.createValue(u.getString("Username"))
                  + "}");
      if (made.status() != 201) {
        throw new AssertionError("learner of " + centre + ": " + made);
      }
    }
    JsonObject got = awaitJob(startJob("bksb-get-users", "{}"));
    if (!"COMPLETED".equals(got.getString("batchStatus"))) {
      throw new AssertionError("bksb-get-users: " + got);
    }
    JsonObject match = awaitJob(startJob("bksb-match-users", "{\"centreId\":\"" + centre + "\"}"));
    if (match.getJsonArray("steps").getJsonObject(0).getInt("writeCount") != n) {
      throw new AssertionError("not all " + n + " learners of " + centre + " linked: " + match);
    }
    return centre;
  }
}

package org.bksbbridge.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Routes to the sync jobs, as a careless user and an attacker try them: three starts at once run
 * one and answer 409 naming it; Liberty's batch API is closed to everyone but admins; bad
 * parameters are refused by our API before any job exists.
 */
@ExtendWith(ArquillianExtension.class)
class SyncGuardIT {
  private final Api manager = Api.as("manager");
  private final Api admin = Api.as("admin");

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.application();
  }

  @Test
  void threeStartsAtOnceRunOneAndRefuseTheOthersNamingIt() throws Exception {
    manager.centreOnTheSandbox("G", "");
    // The first run's bksb calls wait at the sandbox's hold, so it still holds its accounts when
    // the others ask, however fast the machine.
    List<Api.Reply> replies = new ArrayList<>();
    long running;
    try (SandboxHeld held = SandboxHeld.close(admin)) {
      ExecutorService pool = Executors.newFixedThreadPool(3);
      try {
        List<Callable<Api.Reply>> starts = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
          starts.add(() -> manager.post("/api/v1/jobs/bksb-get-users", "application/json", "{}"));
        }
        for (Future<Api.Reply> f : pool.invokeAll(starts)) {
          replies.add(f.get());
        }
      } finally {
        pool.shutdown();
      }
      long started = replies.stream().filter(r -> r.status() == 202).count();
      assertEquals(1, started, replies.toString());
      running =
          replies.stream()
              .filter(r -> r.status() == 202)
              .findFirst()
              .orElseThrow()
              .json()
              .getJsonNumber("executionId")
              .longValue();
      for (Api.Reply r : replies) {
        if (r.status() != 202) {
          assertEquals(409, r.status(), r.body());
          assertTrue(r.json().getString("error").contains("execution " + running), r.body());
        }
      }
    }
    assertEquals("COMPLETED", manager.awaitJob(running).getString("batchStatus"));
  }

  @Test
  void parametersOurApiRefusesNeverBecomeAJob() {
    for (String body :
        new String[] {
          "{\"centreId\":\"NOWHERE\"}", "{\"partitions\":\"100\"}", "{\"full\":\"maybe\"}"
        }) {
      Api.Reply r = manager.post("/api/v1/jobs/bksb-get-assessments", "application/json", body);
      assertEquals(400, r.status(), body + " -> " + r.body());
    }
  }

  @Test
  void libertysBatchApiIsForAdminsOnly() throws Exception {
    String jobs = "/ibm/api/batch/jobinstances";
    assertEquals(200, https("admin", "GET", jobs, null), "admins keep it");
    for (String user : new String[] {"tutor", "manager"}) {
      // Liberty answers a user without a batch role 401 or 403: either way, nothing.
      assertTrue(Set.of(401, 403).contains(https(user, "GET", jobs, null)), user + " reads");
      assertTrue(
          Set.of(401, 403)
              .contains(
                  https(
                      user,
                      "POST",
                      "/ibm/api/batch/jobinstances",
                      "{\"applicationName\":\"bksb-bridge\",\"moduleName\":\"bksb-bridge.war\","
                          + "\"jobXMLName\":\"bksb-get-assessments\","
                          + "\"jobParameters\":{\"partitions\":\"100\"}}")),
          user + " submits a job around our API");
    }
  }

  /** Liberty's batch REST API answers on https only, with the dev server's own certificate. */
  private static int https(String user, String method, String path, String json) throws Exception {
    SSLContext trustAll = SSLContext.getInstance("TLS");
    trustAll.init(
        null,
        new TrustManager[] {
          new X509TrustManager() {
            public void checkClientTrusted(X509Certificate[] c, String a) {}

            public void checkServerTrusted(X509Certificate[] c, String a) {}

            public X509Certificate[] getAcceptedIssuers() {
              return new X509Certificate[0];
            }
          }
        },
        null);
    System.setProperty("jdk.internal.httpclient.disableHostnameVerification", "true");
    HttpClient client =
        HttpClient.newBuilder().sslContext(trustAll).connectTimeout(Duration.ofSeconds(10)).build();
    HttpRequest.Builder b =
        HttpRequest.newBuilder(Deployments.https(path))
            .header(
                "Authorization",
                "Basic " + Base64.getEncoder().encodeToString((user + ":" + user).getBytes()))
            .header("Content-Type", "application/json");
    b.method(
        method,
        json == null
            ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofString(json));
    return client.send(b.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
  }
}

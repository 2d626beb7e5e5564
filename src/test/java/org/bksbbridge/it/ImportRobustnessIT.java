package org.bksbbridge.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.UUID;
import java.util.stream.Stream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 10 in the learner import inside Liberty: uploads are deleted once imported, bad rows are
 * skipped rather than failing the job, uploads are limited in size, and an import started around
 * our API (Liberty's batch REST API) checks its centre and upload itself.
 */
@ExtendWith(ArquillianExtension.class)
class ImportRobustnessIT {
  private final Api admin = Api.as("admin");
  private final String centre = "R" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
  private String learners;

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.application();
  }

  @BeforeEach
  void centre() {
    assertEquals(201, admin.put("/api/v1/centres/" + centre, "{\"name\":\"Robust\"}").status());
    learners = "/api/v1/centres/" + centre + "/learners";
  }

  private static Path uploads() {
    return Deployments.serverDir().resolve("imports");
  }

  private long startImport(String contentType, String body) {
    Api.Reply started = admin.post(learners + "/import", contentType, body);
    assertEquals(202, started.status(), started.body());
    return started.json().getJsonNumber("executionId").longValue();
  }

  private long uploadsOf(String centreId) throws IOException {
    if (!Files.isDirectory(uploads())) {
      return 0;
    }
    try (Stream<Path> files = Files.list(uploads())) {
      return files.filter(f -> f.getFileName().toString().startsWith(centreId + "-")).count();
    }
  }

  @Test
  void aCompletedImportDeletesItsUpload() throws Exception {
    long id = startImport("text/csv", "reference,firstName,lastName\nD1,Del,Eted\n");
    assertEquals("COMPLETED", admin.awaitJob(id).getString("batchStatus"));
    assertEquals(200, admin.get(learners + "/D1").status());
    assertEquals(0, uploadsOf(centre), "the upload is gone once its import completed");
  }

  @Test
  void aRowWithAnImpossibleDateIsSkippedAndTheRestImport() throws Exception {
    StringBuilder csv = new StringBuilder("reference,firstName,lastName,startDate\n");
    for (int i = 1; i <= 9; i++) {
      csv.append("B").append(i).append(",Ann,Row").append(i);
      csv.append(i == 5 ? ",+10000-01-01\n" : ",2025-09-01\n");
    }
    JsonObject done = admin.awaitJob(startImport("text/csv", csv.toString()));
    assertEquals("COMPLETED", done.getString("batchStatus"), done.toString());
    assertEquals(8, ImportAndSecurityIT.importStep(done).getInt("writeCount"));
    assertEquals(200, admin.get(learners + "/B9").status());
    assertEquals(404, admin.get(learners + "/B5").status());
    JsonObject skipped =
        admin.get("/api/v1/jobs/executions/" + done.getInt("executionId") + "/skipped").json();
    JsonObject row = skipped.getJsonArray("items").getJsonObject(0);
    assertEquals(6, row.getInt("row"));
    assertTrue(row.getString("reason").startsWith("startDate must be"), row.toString());
  }

  @Test
  void putRefusesImpossibleDatesAndInvisibleOrControlCharactersByField() {
    Api.Reply farFuture =
        admin.put(
            learners + "/P1",
            "{\"firstName\":\"A\",\"lastName\":\"B\",\"startDate\":\"+10000-01-01\"}");
    assertEquals(400, farFuture.status(), farFuture.body());
    assertTrue(farFuture.json().getJsonObject("fields").containsKey("startDate"));
    for (String name : new String[] {"A\\u0000B", "Evil\\u202Egnp.exe", "\\u200B\\u200B"}) {
      Api.Reply bad =
          admin.put(learners + "/P2", "{\"firstName\":\"" + name + "\",\"lastName\":\"B\"}");
      assertEquals(400, bad.status(), name + ": " + bad.body());
      assertTrue(bad.json().getJsonObject("fields").containsKey("firstName"), bad.body());
    }
    assertEquals(404, admin.get(learners + "/P1").status());
    assertEquals(404, admin.get(learners + "/P2").status());
  }

  @Test
  void anUploadDeclaredOverTheLimitIsRefusedWith413BeforeItsBodyIsRead() throws Exception {
    long limit = 50L * 1024 * 1024;
    URI base = URI.create(Deployments.baseUrl());
    try (java.net.Socket socket = new java.net.Socket(base.getHost(), base.getPort())) {
      socket.setSoTimeout(20_000);
      var out = socket.getOutputStream();
      out.write(
          ("POST "
                  + learners
                  + "/import HTTP/1.1\r\n"
                  + "Host: "
                  + base.getAuthority()
                  + "\r\n"
                  + "Authorization: Basic "
                  + Base64.getEncoder().encodeToString("admin:admin".getBytes())
                  + "\r\nContent-Type: text/csv\r\nAccept: application/json\r\n"
                  + "Content-Length: "
                  + (limit + 1)
                  + "\r\nConnection: close\r\n\r\n"
                  + "reference,firstName,lastName\n")
              .getBytes(StandardCharsets.US_ASCII));
      out.flush();
      // Nothing more is sent: an answer now means the server did not wait for the 50 MB.
      String reply = replyOf(socket.getInputStream());
      assertTrue(reply.startsWith("HTTP/1.1 413"), reply);
      assertTrue(
          reply.contains("\"error\":\"the upload is larger than the limit of 50 MB\""), reply);
    }
    assertEquals(0, uploadsOf(centre), "nothing of the refused upload is kept");
  }

  /** The response's head and JSON body, read without waiting for the connection to close. */
  private static String replyOf(java.io.InputStream in) throws IOException {
    StringBuilder reply = new StringBuilder();
    byte[] buffer = new byte[8192];
    while (true) {
      int head = reply.indexOf("\r\n\r\n");
      if (head > 0 && reply.indexOf("}", head) > 0) {
        return reply.toString();
      }
      int n = in.read(buffer);
      if (n < 0) {
        return reply.toString();
      }
      reply.append(new String(buffer, 0, n, StandardCharsets.UTF_8));
    }
  }

  @Test
  void anUploadOfUnknownLengthIsCutOffAtTheLimitWith413() throws Exception {
    long limit = 50L * 1024 * 1024;
    byte[] header = "reference,firstName,lastName\n".getBytes(StandardCharsets.UTF_8);
    java.io.InputStream body =
        new java.io.SequenceInputStream(
            new java.io.ByteArrayInputStream(header),
            new java.io.InputStream() {
              private long left = limit;

              @Override
              public int read() {
                return left-- > 0 ? 'x' : -1;
              }

              @Override
              public int read(byte[] b, int off, int len) {
                if (left <= 0) {
                  return -1;
                }
                int n = (int) Math.min(len, left);
                java.util.Arrays.fill(b, off, off + n, (byte) 'x');
                left -= n;
                return n;
              }
            });
    long t0 = System.nanoTime();
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(Deployments.baseUrl() + learners + "/import"))
            .timeout(Duration.ofSeconds(120))
            .header("Content-Type", "text/csv")
            .header(
                "Authorization",
                "Basic " + Base64.getEncoder().encodeToString("admin:admin".getBytes()))
            .POST(HttpRequest.BodyPublishers.ofInputStream(() -> body))
            .build();
    HttpResponse<String> tooBig =
        HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    System.out.printf(
        "413 for a chunked upload just over the limit after %.1f s%n",
        (System.nanoTime() - t0) / 1e9);
    assertEquals(413, tooBig.statusCode(), tooBig.body());
    assertTrue(tooBig.body().contains("larger than the limit of 50 MB"), tooBig.body());
    assertEquals(0, uploadsOf(centre), "the part stored before the limit is deleted");
  }

  @Test
  void theBatchRestApiCannotImportAnotherCentresUploadOrIntoAMissingCentre() throws Exception {
    Files.createDirectories(uploads());
    Path upload = uploads().resolve(centre + "-" + UUID.randomUUID() + ".csv");
    Files.writeString(upload, "reference,firstName,lastName\nS1,Stolen,Row\n");
    String other = "O" + centre;
    assertEquals(201, admin.put("/api/v1/centres/" + other, "{\"name\":\"Other\"}").status());

    JsonObject stolen = admin.awaitJob(BatchRest.submitImport(other, upload));
    assertEquals("FAILED", stolen.getString("batchStatus"));
    assertTrue(stolen.getString("exitStatus").contains("not an upload of centre " + other));
    assertEquals(404, admin.get("/api/v1/centres/" + other + "/learners/S1").status());

    String missing = "NO" + centre;
    JsonObject nowhere = admin.awaitJob(BatchRest.submitImport(missing, upload));
    assertEquals("FAILED", nowhere.getString("batchStatus"));
    assertTrue(
        nowhere.getString("exitStatus").contains("no centre " + missing), nowhere.toString());
    assertTrue(Files.exists(upload), "a refused job leaves the upload to its own centre");

    Path unreadable = uploads().resolve(centre + "-" + UUID.randomUUID() + ".csv");
    Files.writeString(unreadable, "reference,firstName,shoeSize\nS1,A,9\n");
    JsonObject failed = admin.awaitJob(BatchRest.submitImport(centre, unreadable));
    assertEquals("FAILED", failed.getString("batchStatus"));
    assertTrue(failed.getString("exitStatus").contains("unknown column 'shoeSize'"));
    JsonObject skipped =
        admin.get("/api/v1/jobs/executions/" + failed.getInt("executionId") + "/skipped").json();
    assertEquals(1, skipped.getInt("total"));
    assertTrue(
        skipped.getJsonArray("items").getJsonObject(0).getString("reason").contains("shoeSize"));
    assertFalse(skipped.toString().contains(uploads().toString()), "no server paths are shown");
  }
}

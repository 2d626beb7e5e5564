package org.bksbbridge.it;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.Base64;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;

/** Liberty's batch REST API (https only), as an operator or batchManager uses it, as admin. */
final class BatchRest {
  static {
    // The development certificate names localhost only by chance; these tests are not about TLS.
    System.setProperty("jdk.internal.httpclient.disableHostnameVerification", "true");
  }

  private BatchRest() {}

  /** Submits learner-import through Liberty's batch REST API (https), as batchManager would. */
  static long submitImport(String centreId, Path file) throws Exception {
    JsonObject body =
        Json.createObjectBuilder()
            .add("applicationName", "bksb-bridge")
            .add("moduleName", "bksb-bridge.war")
            .add("jobXMLName", "learner-import")
            .add(
                "jobParameters",
                Json.createObjectBuilder()
                    .add("centreId", centreId)
                    .add("file", file.toAbsolutePath().toString())
                    .add("format", "CSV"))
            .build();
    JsonObject instance = batchRest("POST", "/ibm/api/batch/jobinstances", body.toString());
    long instanceId = instance.getJsonNumber("instanceId").longValue();
    long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    while (System.nanoTime() < deadline) {
      JsonArray executions =
          (JsonArray)
              readJson(
                  send(
                      "GET", "/ibm/api/batch/jobinstances/" + instanceId + "/jobexecutions", null));
      if (!executions.isEmpty()) {
        return executions.getJsonObject(0).getJsonNumber("executionId").longValue();
      }
      Thread.sleep(100);
    }
    throw new AssertionError("job instance " + instanceId + " got no execution");
  }

  private static JsonObject batchRest(String method, String path, String json) throws Exception {
    return (JsonObject) readJson(send(method, path, json));
  }

  private static jakarta.json.JsonStructure readJson(String text) {
    return Json.createReader(new StringReader(text)).read();
  }

  private static String send(String method, String path, String json) throws Exception {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(Deployments.https(path))
            .timeout(Duration.ofSeconds(60))
            .header(
                "Authorization",
                "Basic " + Base64.getEncoder().encodeToString("admin:admin".getBytes()))
            .method(
                method,
                json == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(json));
    if (json != null) {
      b.header("Content-Type", "application/json");
    }
    HttpResponse<String> r = insecure().send(b.build(), HttpResponse.BodyHandlers.ofString());
    if (r.statusCode() / 100 != 2) {
      throw new AssertionError(method + " " + path + ": " + r.statusCode() + " " + r.body());
    }
    return r.body();
  }

  /** The test server's certificate is the self-signed development one. */
  private static HttpClient insecure() throws Exception {
    TrustManager trustAll =
        new X509TrustManager() {
          @Override
          public void checkClientTrusted(X509Certificate[] chain, String authType) {}

          @Override
          public void checkServerTrusted(X509Certificate[] chain, String authType) {}

          @Override
          public X509Certificate[] getAcceptedIssuers() {
            return new X509Certificate[0];
          }
        };
    SSLContext ssl = SSLContext.getInstance("TLS");
    ssl.init(null, new TrustManager[] {trustAll}, null);
    return HttpClient.newBuilder().sslContext(ssl).connectTimeout(Duration.ofSeconds(10)).build();
  }
}

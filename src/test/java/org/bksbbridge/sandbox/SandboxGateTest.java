package org.bksbbridge.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.bksbbridge.testing.InProcessSandbox;
import org.junit.jupiter.api.Test;

/** The sandbox's front door, over HTTP: keys checked, and nothing at all while it is off. */
class SandboxGateTest {
  private static int get(InProcessSandbox sandbox, String path, String key, String secret)
      throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(sandbox.base().resolve(path));
    if (key != null) {
      b.header(
          "Authorization",
          "Basic "
              + Base64.getEncoder()
                  .encodeToString((key + ":" + secret).getBytes(StandardCharsets.UTF_8)));
    }
    return HttpClient.newHttpClient()
        .send(b.build(), HttpResponse.BodyHandlers.discarding())
        .statusCode();
  }

  @Test
  void keysAreCheckedAndAnOffSandboxIsNotThere() throws Exception {
    try (InProcessSandbox sandbox = new InProcessSandbox(new SandboxGenerator(1, 5, 1))) {
      String users = "api/users/search?page=1&recordsPerPage=5";
      assertEquals(200, get(sandbox, users, InProcessSandbox.KEY, InProcessSandbox.SECRET));
      assertEquals(401, get(sandbox, users, InProcessSandbox.KEY, "wrong"));
      assertEquals(401, get(sandbox, users, null, null));
      assertEquals(
          404,
          get(
              sandbox,
              "api/results/initialAssessment/999/all",
              InProcessSandbox.KEY,
              InProcessSandbox.SECRET));
      assertEquals(1, sandbox.state.stats().total("GET api/users/search", 200));
      assertEquals(2, sandbox.state.stats().total("GET api/users/search", 401));

      sandbox.state.enabled(false);
      assertEquals(404, get(sandbox, users, InProcessSandbox.KEY, InProcessSandbox.SECRET));
      assertEquals(404, get(sandbox, "admin/stats", null, null));
    }
  }
}

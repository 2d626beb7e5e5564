package org.bksbbridge.bksb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import org.bksbbridge.sandbox.SandboxGenerator;
import org.bksbbridge.testing.InProcessSandbox;
import org.junit.jupiter.api.Test;

/** What the call log may show of a path, and the endpoints its filter offers. */
class CallPathsTest {
  @Test
  void endpointsDropTheBaseTheQueryAndIds() {
    assertEquals(
        "/results/initialAssessment/{id}/all",
        CallPaths.endpoint("/bksb-sandbox/api/results/initialAssessment/42/all?page=2"));
    assertEquals("/users/search", CallPaths.endpoint("/api/users/search?page=1&query="));
    assertEquals("/users/search", CallPaths.endpoint("users/search"));
    assertEquals("/users/search", CallPaths.endpoint("api/users/search"));
    assertEquals(
        "/users/user/{id}/getAutoLoginLink",
        CallPaths.endpoint("/api/users/user/7/getAutoLoginLink"));
    // A segment that merely ends in "api" is not bksb's api/.
    assertEquals("/myapi/x/{id}", CallPaths.endpoint("/myapi/x/12"));
  }

  @Test
  void queryValuesNamedLikeCredentialsAreRedacted() {
    assertEquals(
        "/api/x?page=1&accessKey=[redacted]&Password=[redacted]&api_token=[redacted]&query=ada",
        CallPaths.redact("/api/x?page=1&accessKey=AK1&Password=pw&api_token=t0k&query=ada"));
    assertEquals(
        "/api/users/user/getUserId?username=ada.l",
        CallPaths.redact("/api/users/user/getUserId?username=ada.l"));
    assertEquals("/api/users/search", CallPaths.redact("/api/users/search"));
    assertEquals("/a?flag&secret=[redacted]", CallPaths.redact("/a?flag&secret=s"));
  }

  /**
   * Every method of the client, against the sandbox: each call's endpoint is one the filter offers,
   * every offered endpoint is called by some method, and no call shows a credential.
   */
  @Test
  void everyCallOfTheClientIsAnOfferedEndpointAndShowsNoCredential() {
    List<BksbCall> calls = new CopyOnWriteArrayList<>();
    try (InProcessSandbox sandbox = new InProcessSandbox(new SandboxGenerator(7, 10, 4));
        BksbClientsCloser clients =
            new BksbClientsCloser(
                new BksbClients(
                    new BksbClientSettings(
                        Duration.ofSeconds(2),
                        Duration.ofSeconds(5),
                        4,
                        2,
                        Duration.ofMillis(5),
                        Duration.ofMillis(50)),
                    calls::add))) {
      BksbClient c = clients.value.forJob(sandbox.connection(true), 77);
      c.users(1, 5, null);
      c.userId("nobody.here");
      c.usernameExists("nobody.here");
      WireNewUser n = new WireNewUser();
      n.username = "paths.test";
      n.firstName = "Paths";
      n.lastName = "Test";
      n.password = "Welcome-Secret-2026";
      n.email = "paths@example.ac.uk";
      c.createUser(n);
      c.autoLoginLink(3);
      c.eachResult(ResultType.INITIAL, 3, 20, r -> true);
      c.eachResult(ResultType.DIAGNOSTIC, 3, 20, r -> true);
      c.sessions("ENG_NEW", 3);
      try {
        c.topics(999_999, 3);
      } catch (BksbApiException unknownSession) {
        // Recorded all the same.
      }
    }
    Set<String> called = calls.stream().map(BksbCall::endpoint).collect(Collectors.toSet());
    assertEquals(new TreeSet<>(BksbClient.ENDPOINTS), new TreeSet<>(called));
    assertTrue(calls.stream().allMatch(k -> Long.valueOf(77).equals(k.executionId())));
    String everything = calls.toString();
    assertFalse(everything.contains(InProcessSandbox.SECRET), everything);
    assertFalse(everything.contains(InProcessSandbox.KEY), everything);
    assertFalse(everything.contains("Welcome-Secret-2026"), everything);
  }

  /** BksbClients is not AutoCloseable itself; this closes it after the test. */
  private record BksbClientsCloser(BksbClients value) implements AutoCloseable {
    @Override
    public void close() {
      value.close();
    }
  }
}

package org.bksbbridge.bksb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.bksbbridge.sandbox.SandboxFaults;
import org.bksbbridge.sandbox.SandboxGenerator;
import org.bksbbridge.testing.InProcessSandbox;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The client survives the sandbox's injected faults as the API document says. */
class BksbClientFaultsTest {
  static InProcessSandbox sandbox;
  static final List<BksbCall> calls = new CopyOnWriteArrayList<>();
  static BksbClients clients;

  @BeforeAll
  static void start() {
    sandbox = new InProcessSandbox(new SandboxGenerator(11, 30, 4));
    clients =
        new BksbClients(
            new BksbClientSettings(
                Duration.ofSeconds(2),
                Duration.ofMillis(400),
                8,
                8,
                Duration.ofMillis(5),
                Duration.ofMillis(1100)),
            calls::add);
  }

  @AfterAll
  static void stop() {
    clients.close();
    sandbox.close();
  }

  @BeforeEach
  void fresh() {
    sandbox.state.reset();
    calls.clear();
  }

  private BksbClient client() {
    return clients.client(sandbox.connection(true));
  }

  @Test
  void serverErrorsAreRetriedUntilTheyPass() {
    // 20% of calls fail; with 8 attempts a call fails for good once in 390,000.
    sandbox.state.faults(new SandboxFaults(0.2, 503, 0, 0, 0));
    BksbClient c = client();
    for (long id = 1; id <= 30; id++) {
      assertEquals(
          4,
          c.results(ResultType.INITIAL, id, 1, 20).results().size()
              + c.results(ResultType.DIAGNOSTIC, id, 1, 20).results().size());
    }
    var stats = sandbox.state.stats();
    long failed =
        stats.total("GET api/results/initialAssessment/{id}/all", 503)
            + stats.total("GET api/results/diagnosticAssessment/{id}/all", 503);
    assertTrue(failed > 0, "faults were injected: " + stats.snapshot());
    assertEquals(30, stats.total("GET api/results/initialAssessment/{id}/all", 200));
    assertTrue(calls.stream().anyMatch(call -> call.attempt() > 1));
  }

  @Test
  void rateLimitsAreWaitedOut() {
    sandbox.state.faults(new SandboxFaults(0, 503, 0, 5, 0));
    BksbClient c = client();
    for (int i = 0; i < 12; i++) {
      assertEquals(30, c.users(1, 50, null).pagination.totalRecords);
    }
    assertTrue(sandbox.state.stats().total("GET api/users/search", 429) > 0);
    assertEquals(12, sandbox.state.stats().total("GET api/users/search", 200));
  }

  @Test
  void rejectedKeysStopAtOnceWithAClearMessage() {
    BksbClient wrong = clients.client(sandbox.connection(InProcessSandbox.KEY, "not-the-secret"));
    BksbApiException e = assertThrows(BksbApiException.class, () -> wrong.users(1, 20, null));
    assertTrue(e.credentialsRejected());
    assertEquals(401, e.status());
    assertTrue(e.getMessage().contains("rejected the access key"), e.getMessage());
    assertEquals(1, sandbox.state.stats().total("GET api/users/search", 401), "no retry");

    sandbox.state.faults(new SandboxFaults(1, 403, 0, 0, 0));
    BksbApiException denied =
        assertThrows(BksbApiException.class, () -> client().usernameExists("x"));
    assertTrue(denied.credentialsRejected());
    assertTrue(denied.getMessage().contains("lacks a permission"), denied.getMessage());
  }

  @Test
  void aMalformedBodyFailsThatCallOnly() {
    sandbox.state.faults(new SandboxFaults(0, 503, 0, 0, 1));
    BksbApiException e =
        assertThrows(BksbApiException.class, () -> client().results(ResultType.INITIAL, 1, 1, 20));
    assertTrue(e.getMessage().contains("not the expected JSON"), e.getMessage());
    sandbox.state.faults(SandboxFaults.NONE);
    assertEquals(2, client().results(ResultType.INITIAL, 1, 1, 20).results().size());
  }

  @Test
  void timeoutsAreRetriedThenReported() {
    sandbox.state.faults(new SandboxFaults(0, 503, 700, 0, 0));
    BksbApiException e = assertThrows(BksbApiException.class, () -> client().userId("anyone"));
    assertEquals(0, e.status());
    assertTrue(e.getMessage().contains("failed after 8 attempts"), e.getMessage());
    assertEquals(8, calls.size());
  }

  @Test
  void aCreateThatMayHaveReachedBksbIsNotRepeated() {
    sandbox.state.faults(new SandboxFaults(1, 500, 0, 0, 0));
    WireNewUser n = new WireNewUser();
    n.username = "once.only";
    n.firstName = "Once";
    n.lastName = "Only";
    n.password = "Secret-99";
    assertThrows(BksbApiException.class, () -> client().createUser(n));
    assertEquals(1, sandbox.state.stats().total("POST api/users/createUser", 500));
  }

  @Test
  void aCreateAnswered503IsNotRepeatedEither() {
    // A 503 may come from a proxy after bksb made the account: the caller looks it up instead.
    sandbox.state.faults(new SandboxFaults(1, 503, 0, 0, 0));
    WireNewUser n = new WireNewUser();
    n.username = "once.more";
    n.firstName = "Once";
    n.lastName = "More";
    n.password = "Secret-99";
    BksbApiException e = assertThrows(BksbApiException.class, () -> client().createUser(n));
    assertEquals(503, e.status());
    assertEquals(1, sandbox.state.stats().total("POST api/users/createUser", 503));
  }

  @Test
  void callsAreRecordedWithoutTheSecretAnywhere() {
    List<String> logged = new CopyOnWriteArrayList<>();
    Logger bksb = Logger.getLogger("org.bksbbridge.bksb");
    Handler capture =
        new Handler() {
          @Override
          public void publish(LogRecord r) {
            logged.add(
                String.valueOf(r.getMessage())
                    + " "
                    + java.util.Arrays.toString(r.getParameters()));
          }

          @Override
          public void flush() {}

          @Override
          public void close() {}
        };
    bksb.addHandler(capture);
    bksb.setLevel(Level.ALL);
    try {
      sandbox.state.faults(new SandboxFaults(0.2, 502, 0, 0, 0));
      BksbClient c = client();
      c.users(1, 10, null);
      c.userId("someone");
      clients.client(sandbox.connection(false)).users(1, 10, null);
    } finally {
      bksb.removeHandler(capture);
      bksb.setLevel(null);
    }
    assertFalse(calls.isEmpty());
    assertTrue(calls.stream().allMatch(c -> c.centreId().equals("TEST")));
    assertTrue(
        calls.stream().anyMatch(c -> c.path().startsWith("/bksb-sandbox/api/users/search?")));
    String everything = calls.toString() + logged;
    assertFalse(everything.contains(InProcessSandbox.SECRET), "the secret never appears");
    assertFalse(logged.isEmpty(), "calls are logged");
    assertFalse(sandbox.connection(true).toString().contains(InProcessSandbox.SECRET));
    long recorded = calls.size();
    assertEquals(recorded, calls.stream().filter(c -> !c.path().isEmpty()).count());
  }
}

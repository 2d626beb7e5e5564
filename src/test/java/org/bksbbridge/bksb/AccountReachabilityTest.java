package org.bksbbridge.bksb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import org.bksbbridge.bksb.AccountReachability.Outcome;
import org.bksbbridge.bksb.AccountReachability.State;
import org.bksbbridge.sandbox.SandboxFaults;
import org.bksbbridge.sandbox.SandboxGenerator;
import org.bksbbridge.testing.InProcessSandbox;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Every attempt of the real client tells how its account answered, per account. */
class AccountReachabilityTest {
  static InProcessSandbox sandbox;
  static AccountReachability reachability = new AccountReachability();
  static BksbClients clients;

  @BeforeAll
  static void start() {
    sandbox = new InProcessSandbox(new SandboxGenerator(5, 10, 2));
    clients =
        new BksbClients(
            new BksbClientSettings(
                Duration.ofMillis(500),
                Duration.ofSeconds(2),
                4,
                1,
                Duration.ofMillis(5),
                Duration.ofMillis(10)),
            CallRecorder.NONE,
            new AccountGates(4, 0),
            reachability);
  }

  @AfterAll
  static void stop() {
    clients.close();
    sandbox.close();
  }

  private Outcome of(BksbConnection c) {
    return reachability.of(c.apiUrl(), c.accessKeyId()).orElseThrow();
  }

  @Test
  void eachAccountKeepsItsLatestAnswerAndWhenItWasLastReached() {
    BksbConnection good = sandbox.connection(false);
    BksbConnection refused = sandbox.connection("other-key", "wrong-secret");
    assertTrue(reachability.of(good.apiUrl(), good.accessKeyId()).isEmpty(), "no call yet");

    clients.client(good).users(1, 5, "");
    Outcome ok = of(good);
    assertEquals(State.REACHABLE, ok.state());
    assertEquals(200, ok.status());
    assertEquals(ok.at(), ok.lastReachableAt());

    assertThrows(BksbApiException.class, () -> clients.client(refused).users(1, 5, ""));
    assertEquals(State.KEYS_REFUSED, of(refused).state());
    assertNull(of(refused).lastReachableAt());
    assertEquals(State.REACHABLE, of(good).state(), "another account's refusal is its own");

    sandbox.state.faults(new SandboxFaults(1, 503, 0, 0, 0));
    try {
      assertThrows(BksbApiException.class, () -> clients.client(good).users(1, 5, ""));
    } finally {
      sandbox.state.reset();
    }
    Outcome failing = of(good);
    assertEquals(State.FAILING, failing.state());
    assertEquals(503, failing.status());
    assertEquals(ok.lastReachableAt(), failing.lastReachableAt());

    clients.client(good).users(1, 5, "");
    assertEquals(State.REACHABLE, of(good).state(), "back once bksb answers again");
  }

  @Test
  void aServerThatDoesNotAnswerIsNoAnswer() throws Exception {
    int closed;
    try (ServerSocket s = new ServerSocket(0)) {
      closed = s.getLocalPort();
    }
    BksbConnection nowhere =
        new BksbConnection(
            URI.create("http://127.0.0.1:" + closed + "/bksb-sandbox"), "k", "s", "X", false);
    assertThrows(BksbApiException.class, () -> clients.client(nowhere).users(1, 5, ""));
    Outcome o =
        reachability.of(URI.create("http://127.0.0.1:" + closed + "/bksb-sandbox/"), "k").get();
    assertEquals(State.NO_ANSWER, o.state());
    assertEquals(0, o.status());
  }

  @Test
  void statusesMapToStates() {
    assertEquals(State.REACHABLE, State.of(204));
    assertEquals(State.REACHABLE, State.of(404));
    assertEquals(State.RATE_LIMITED, State.of(429));
    assertEquals(State.KEYS_REFUSED, State.of(401));
    assertEquals(State.KEYS_REFUSED, State.of(403));
    assertEquals(State.FAILING, State.of(502));
    assertEquals(State.NO_ANSWER, State.of(0));
  }

  @Test
  void aLaterAttemptEndingFirstDoesNotHideTheNewerOne() {
    AccountReachability r = new AccountReachability();
    BksbConnection c = new BksbConnection(URI.create("https://x.example/"), "k", "s", "C", false);
    CallRecorder rec = r.recorderFor(c);
    Instant t = Instant.parse("2026-03-01T10:00:00Z");
    rec.record(new BksbCall(t.plusSeconds(5), "C", null, "GET", "/a", 503, 10, 1, "x"));
    rec.record(new BksbCall(t, "C", null, "GET", "/a", 200, 10, 1, null));
    Outcome o = r.of(c.apiUrl(), "k").orElseThrow();
    assertEquals(State.FAILING, o.state());
    assertEquals(t.plusSeconds(5), o.at());
  }
}

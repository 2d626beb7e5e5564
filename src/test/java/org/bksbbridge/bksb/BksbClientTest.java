package org.bksbbridge.bksb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.bksbbridge.sandbox.SandboxGenerator;
import org.bksbbridge.sandbox.SandboxResult;
import org.bksbbridge.sandbox.SandboxUser;
import org.bksbbridge.testing.InProcessSandbox;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every call of the client against the sandbox served in-process: the two halves agree. */
class BksbClientTest {
  static final int USERS = 45;
  static InProcessSandbox sandbox;
  static BksbClients clients;
  BksbClient client;

  @BeforeAll
  static void start() {
    sandbox = new InProcessSandbox(new SandboxGenerator(7, USERS, 6));
    clients =
        new BksbClients(
            new BksbClientSettings(
                Duration.ofSeconds(2),
                Duration.ofSeconds(5),
                8,
                6,
                Duration.ofMillis(5),
                Duration.ofMillis(1200)),
            CallRecorder.NONE);
  }

  @AfterAll
  static void stop() {
    clients.close();
    sandbox.close();
  }

  @BeforeEach
  void fresh() {
    sandbox.state.reset();
    client = clients.client(sandbox.connection(false));
  }

  @Test
  void pagesThroughEveryUser() {
    Set<Long> ids = new HashSet<>();
    int page = 1;
    WireUserPage p;
    do {
      p = client.users(page++, 20, null);
      p.users.forEach(u -> ids.add(u.userId));
      assertEquals(USERS, p.pagination.totalRecords);
    } while (p.pagination.hasNext());
    assertEquals(3, page - 1);
    assertEquals(USERS, ids.size());
    WireUser first = client.users(1, 1, null).users.get(0);
    SandboxUser expected = sandbox.state.user(1).orElseThrow();
    assertEquals(expected.username(), first.username);
    assertEquals(expected.email(), first.email);
    assertEquals(expected.firstName(), first.firstName);
    assertEquals(expected.dateOfBirth() + "T00:00:00", first.dateOfBirth);

    WireUserPage found = client.users(1, 20, expected.username());
    assertEquals(1, found.pagination.totalRecords);
  }

  @Test
  void looksUpUserNames() {
    SandboxUser u = sandbox.state.user(12).orElseThrow();
    assertEquals(Optional.of(12L), client.userId(u.username()));
    assertEquals(Optional.empty(), client.userId("nobody.here"));
    assertTrue(client.usernameExists(u.username()));
    assertFalse(client.usernameExists("nobody.here"));
  }

  @Test
  void createsUsersOnceAndSendsThePasswordOnlyToBksb() {
    WireNewUser n = new WireNewUser();
    n.username = "new.learner";
    n.firstName = "New";
    n.lastName = "Learner";
    n.password = "Welcome-2026";
    n.email = "new@example.ac.uk";
    n.dateOfBirth = "2004-05-06";
    n.autoEnrolCourses = true;
    WireCreatedUser created = client.createUser(n);
    assertEquals("new.learner", created.username);
    assertEquals(Optional.of(created.userId), client.userId("new.learner"));
    var record = sandbox.state.created().get(0);
    assertTrue(record.autoEnrolCourses());
    assertNotEquals("Welcome-2026", record.passwordSha256());
    assertEquals(64, record.passwordSha256().length());
    assertFalse(n.toString().contains("Welcome-2026"));

    BksbApiException again = assertThrows(BksbApiException.class, () -> client.createUser(n));
    assertEquals(400, again.status());
    assertEquals(1, sandbox.state.stats().total("POST api/users/createUser", 400));
  }

  @Test
  void autoLoginLink() {
    assertTrue(client.autoLoginLink(3).contains("/autologin/3"));
  }

  @Test
  void resultsComeNewestFirstAndTranslate() {
    List<BksbResult> initial = new ArrayList<>();
    int pages = client.eachResult(ResultType.INITIAL, 5, 2, initial::add);
    assertEquals(3, initial.size());
    assertEquals(2, pages);
    for (int i = 1; i < initial.size(); i++) {
      assertFalse(initial.get(i).completedAt().isAfter(initial.get(i - 1).completedAt()));
    }
    initial.forEach(r -> assertNotEquals(Level.UNKNOWN, r.level(), r.rawResult()));
    List<BksbResult> diagnostic = new ArrayList<>();
    client.eachResult(ResultType.DIAGNOSTIC, 5, 20, diagnostic::add);
    assertEquals(3, diagnostic.size());
    diagnostic.forEach(r -> assertTrue(r.percent() >= 20 && r.percent() <= 100));
  }

  @Test
  void anIncrementalReadStopsAtTheFirstResultItHolds() {
    List<BksbResult> seen = new ArrayList<>();
    int pages = client.eachResult(ResultType.INITIAL, 9, 1, r -> seen.add(r) && seen.size() < 1);
    assertEquals(1, pages);
    assertEquals(1, seen.size());
    assertEquals(1, sandbox.state.stats().total("GET api/results/initialAssessment/{id}/all", 200));
  }

  @Test
  void unknownResultStringsArriveKeptAndCounted() {
    sandbox.state.putResult(
        4,
        new SandboxResult(
            999_001,
            ResultType.INITIAL,
            Subject.ENGLISH,
            "English Functional Skills Stage 9",
            null,
            java.time.LocalDateTime.of(2027, 1, 1, 9, 0)));
    List<BksbResult> all = new ArrayList<>();
    client.eachResult(ResultType.INITIAL, 4, 20, all::add);
    assertEquals(999_001, all.get(0).sessionId());
    assertEquals(Level.UNKNOWN, all.get(0).level());
    assertEquals("English Functional Skills Stage 9", all.get(0).rawResult());
    assertEquals(1, client.translator().unknownCount());
  }

  @Test
  void sessionsAndTopics() {
    List<WireSession> english = client.sessions("ENG_NEW", 14);
    assertTrue(english.stream().anyMatch(s -> !s.completed()), "user 14 has an unfinished session");
    WireSession diagnostic =
        english.stream()
            .filter(s -> s.completed() && s.assessmentType == 2)
            .findFirst()
            .orElseThrow();
    List<WireTopic> topics = client.topics(diagnostic.sessionId, 14);
    assertEquals(5, topics.size());
    topics.forEach(t -> assertTrue(Set.of("NP", "TC", "VG").contains(t.status), t.status));
  }
}

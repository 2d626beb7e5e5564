package org.bksbbridge.mybksb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.EntityManager;
import java.lang.reflect.Field;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.bksbbridge.access.CentreAccess;
import org.bksbbridge.access.Command;
import org.bksbbridge.access.Effective;
import org.bksbbridge.access.Grant;
import org.bksbbridge.access.GranteeKind;
import org.bksbbridge.access.LearnerOnly;
import org.bksbbridge.audit.Actor;
import org.bksbbridge.audit.Actors;
import org.bksbbridge.audit.AuditAction;
import org.bksbbridge.audit.AuditEvent;
import org.bksbbridge.audit.AuditLog;
import org.bksbbridge.audit.AuditService;
import org.bksbbridge.bksb.BksbResult;
import org.bksbbridge.bksb.Level;
import org.bksbbridge.bksb.ResultType;
import org.bksbbridge.bksb.Subject;
import org.bksbbridge.centre.Centre;
import org.bksbbridge.centre.CentreService;
import org.bksbbridge.learner.LearnerBksbSummaries;
import org.bksbbridge.learner.LearnerFields;
import org.bksbbridge.learner.LearnerKind;
import org.bksbbridge.learner.LearnerService;
import org.bksbbridge.learner.SystemStatus;
import org.bksbbridge.link.BksbLink;
import org.bksbbridge.link.MatchMethod;
import org.bksbbridge.refusal.Refusal;
import org.bksbbridge.results.AssessmentResult;
import org.bksbbridge.results.ResultService;
import org.bksbbridge.sandbox.SandboxGenerator;
import org.bksbbridge.security.Caller;
import org.bksbbridge.settings.SecretBox;
import org.bksbbridge.settings.SettingsConnections;
import org.bksbbridge.settings.SettingsFixture;
import org.bksbbridge.testing.InProcessSandbox;
import org.bksbbridge.testing.SeDatabase;
import org.bksbbridge.testing.TestBksbClients;
import org.bksbbridge.testing.TestLearners;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Whose records a signed-in learner gets: exactly those LIVE records whose web username is their
 * sign-in name, in every centre, with the latest result per subject; and where their bksb button
 * leads. The services are the application's, on a real database and the sandbox over HTTP.
 */
class MyBksbServiceTest {
  private static final long ACCOUNT = 7;
  private static final long BKSB_USER = 5;
  private static final Instant NOW = Instant.parse("2026-11-20T10:00:00Z");

  private final SeDatabase db = new SeDatabase();
  private final InProcessSandbox sandbox = new InProcessSandbox(new SandboxGenerator(42, 20, 6));
  private final MyBksbService service = new MyBksbService();
  private Caller caller = Caller.ANONYMOUS;
  private List<Grant> grants = List.of();

  @BeforeEach
  void wire() throws Exception {
    CentreAccess access =
        new CentreAccess() {
          @Override
          public Caller caller() {
            return caller;
          }

          @Override
          public Effective effective() {
            return Effective.of(caller, grants);
          }
        };
    EntityManager em = db.current();
    CentreService centres = new CentreService();
    set(centres, "em", em);
    set(centres, "access", access);
    LearnerService learners = new LearnerService();
    org.bksbbridge.learner.LearnerRepository learnerRepository =
        new org.bksbbridge.learner.LearnerRepository();
    set(learnerRepository, "em", em);
    set(learners, "learners", learnerRepository);
    set(learners, "access", access);
    set(learners, "centres", centres);
    set(learners, "clock", Clock.fixed(NOW, ZoneOffset.UTC));
    LearnerBksbSummaries summaries = new LearnerBksbSummaries();
    set(summaries, "links", org.bksbbridge.link.BksbLinkRepository.of(em));
    set(learners, "summaries", summaries);
    ResultService results = new ResultService();
    set(results, "results", org.bksbbridge.results.AssessmentResultRepository.of(em));
    set(results, "links", org.bksbbridge.link.BksbLinkRepository.of(em));
    set(results, "access", access);
    set(results, "learners", learners);
    SettingsConnections connections = new SettingsConnections();
    set(connections, "em", em);
    set(connections, "secrets", new SecretBox(SettingsFixture.KEY));
    service.access = access;
    service.learners = learners;
    service.results = results;
    service.centres = centres;
    service.connections = connections;
    service.clients = new TestBksbClients();
    AuditLog log = new AuditLog();
    set(log, "em", em);
    // Its own transaction, as @Transactional gives it in the server when the caller has none.
    AuditService audit =
        new AuditService() {
          @Override
          public void record(Actor by, AuditEvent event) {
            em.getTransaction().begin();
            super.record(by, event);
            em.getTransaction().commit();
          }
        };
    set(audit, "log", log);
    set(audit, "clock", Clock.fixed(NOW, ZoneOffset.UTC));
    service.audit = audit;
    Actors actors = new Actors();
    set(actors, "access", access);
    service.actors = actors;

    // A: on the sandbox, ada linked there. B: no bksb connection, a link button URL. C: nothing.
    SettingsFixture.enable(em, "A", sandbox.base(), InProcessSandbox.KEY, InProcessSandbox.SECRET);
    centre("B");
    centre("C");
    SettingsFixture.linkButtonUrl(em, "B", "https://b-college.example.ac.uk/bksb");
    long adaA = learner("A", "A1", "ada", SystemStatus.LIVE);
    learner("B", "B1", "ada", SystemStatus.LIVE);
    learner("C", "C1", "ada", SystemStatus.ARCHIVED);
    learner("A", "A2", "Ada", SystemStatus.LIVE);
    learner("C", "C2", "bob", SystemStatus.LIVE);
    learner("A", "A3", null, SystemStatus.LIVE);
    link("A", adaA);
    result(1, ResultType.INITIAL, Subject.ENGLISH, Level.ENTRY_2, null, 1);
    result(2, ResultType.INITIAL, Subject.ENGLISH, Level.LEVEL_1, null, 20);
    result(3, ResultType.DIAGNOSTIC, Subject.ENGLISH, Level.LEVEL_1, 64, 21);
    result(4, ResultType.INITIAL, Subject.MATHS, Level.ENTRY_3, null, 5);
  }

  @AfterEach
  void close() {
    sandbox.close();
    db.close();
  }

  @Test
  void someoneWithoutALearnerRecordIsNoLearner() {
    for (Caller who : List.of(Caller.ANONYMOUS, signedIn("carol"), signedIn("ADA"))) {
      caller = who;
      // Nobody signed in is no learner at all; a learner without a record has nothing here.
      Refusal.Kind expected = who.signedIn() ? Refusal.Kind.NOT_FOUND : Refusal.Kind.FORBIDDEN;
      assertFalse(service.isLearner(), String.valueOf(who));
      Refusal r = assertThrows(Refusal.class, service::dashboard);
      assertEquals(expected, r.kind());
      assertEquals(
          expected, assertThrows(Refusal.class, () -> service.loginLink("A", "A1")).kind());
    }
  }

  @Test
  void aLearnerSeesEachLiveRecordOfTheirsInEveryCentre() {
    caller = signedIn("ada");
    assertTrue(service.isLearner());
    MyBksbView view = service.dashboard();
    assertEquals("ada", view.user());
    // Not C1 (archived), not A2 (web username "Ada": case counts), not bob's.
    assertEquals(
        List.of("A/A1", "B/B1"),
        view.records().stream().map(r -> r.centreId() + "/" + r.reference()).toList());

    MyBksbView.Record a = view.records().get(0);
    assertTrue(a.linked());
    assertEquals("ada.b5", a.bksbUsername());
    assertEquals(MyBksbView.Button.AUTO_LOGIN, a.button());
    assertNull(a.buttonNote());
    // The latest of each subject and type: session 2 is English's newer initial, not 1.
    assertEquals(
        List.of(
            "ENGLISH INITIAL 2 LEVEL_1", "ENGLISH DIAGNOSTIC 3 LEVEL_1", "MATHS INITIAL 4 ENTRY_3"),
        a.latest().stream()
            .map(x -> x.subject() + " " + x.type() + " " + x.sessionId() + " " + x.level())
            .toList());
    assertEquals(64, a.latest().get(1).percent());

    MyBksbView.Record b = view.records().get(1);
    assertFalse(b.linked());
    assertEquals(List.of(), b.latest());
    assertEquals(MyBksbView.Button.LINK_URL, b.button());
  }

  @Test
  void archivedAndOtherPeoplesRecordsAreNotFound() {
    caller = signedIn("ada");
    for (String[] other : new String[][] {{"C", "C1"}, {"A", "A2"}, {"C", "C2"}, {"A", "A3"}}) {
      assertEquals(
          Refusal.Kind.NOT_FOUND,
          assertThrows(Refusal.class, () -> service.loginLink(other[0], other[1])).kind(),
          other[1]);
      assertEquals(
          Refusal.Kind.NOT_FOUND,
          assertThrows(Refusal.class, () -> service.results.latestOwn(other[0], other[1])).kind(),
          other[1]);
    }
    // bob sees his own record only, and none of ada's results.
    caller = signedIn("bob");
    assertEquals(
        List.of("C2"), service.dashboard().records().stream().map(r -> r.reference()).toList());
    assertThrows(Refusal.class, () -> service.results.latestOwn("A", "A1"));
  }

  @Test
  void theButtonLeadsToBksbsSignInLinkElseTheCentresAddress() {
    caller = signedIn("ada");
    MyBksbView.LoginLink a = service.loginLink("A", null);
    assertEquals("AUTO_LOGIN", a.source());
    assertTrue(a.url().startsWith("https://sandbox.bksb.invalid/autologin/5?token="), a.url());

    MyBksbView.LoginLink b = service.loginLink("B", "B1");
    assertEquals(new MyBksbView.LoginLink("https://b-college.example.ac.uk/bksb", "LINK_URL"), b);

    // Two records: the caller must name one; a centre of another's record is not theirs.
    Refusal several = assertThrows(Refusal.class, () -> service.loginLink(null, null));
    assertEquals(Refusal.Kind.INVALID, several.kind());
    assertEquals(Set.of("centreId"), several.fields().keySet());

    // bob: not linked, and his centre set no address: no button, and saying why.
    caller = signedIn("bob");
    MyBksbView.Record c = service.dashboard().records().get(0);
    assertEquals(MyBksbView.Button.NONE, c.button());
    assertNotNull(c.buttonNote());
    assertEquals(
        Refusal.Kind.CONFLICT,
        assertThrows(Refusal.class, () -> service.loginLink(null, null)).kind());
  }

  @Test
  void staffAreRefusedWhateverALearnerRecordNamesAndNothingIsRecorded() {
    // ada's records name her; staff callers named "ada" are refused before any record is read.
    Grant north = new Grant(GranteeKind.USER, "ada", "C", Command.MANAGE_PERMISSIONS, "test", NOW);
    Grant groupWithoutModule =
        new Grant(GranteeKind.GROUP, "helpers", Grant.ALL_CENTRES, Command.RUN_BKSB_JOBS, "t", NOW);
    List<Object[]> staff =
        List.of(
            new Object[] {new Caller("ada", Set.of("learner", "admin")), List.of()},
            new Object[] {new Caller("ada", Set.of("learner", "manager")), List.of()},
            new Object[] {new Caller("ada", Set.of("learner", "tutor")), List.of()},
            new Object[] {new Caller("ada", Set.of("learner")), List.of(north)},
            new Object[] {
              new Caller("ada", Set.of("learner", "helpers")), List.of(groupWithoutModule)
            },
            // Not in the learners' group: no learner, whatever the records say.
            new Object[] {new Caller("ada", Set.of()), List.of()},
            new Object[] {new Caller("ada", Set.of("Learner")), List.of()});
    for (Object[] who : staff) {
      caller = (Caller) who[0];
      @SuppressWarnings("unchecked")
      List<Grant> held = (List<Grant>) who[1];
      grants = held;
      String label = caller + " " + grants.size();
      assertFalse(service.isLearner(), label);
      assertEquals(
          Refusal.Kind.FORBIDDEN, assertThrows(Refusal.class, service::dashboard).kind(), label);
      assertEquals(
          Refusal.Kind.FORBIDDEN,
          assertThrows(Refusal.class, () -> service.loginLink("A", "A1")).kind(),
          label);
    }
    assertEquals(0, db.count("select count(a) from AuditEntry a"));
  }

  @Test
  void eachLinkIssuedIsRecordedWithoutTheLink() {
    caller = signedIn("ada");
    String url = service.loginLink("A", "A1").url();
    service.loginLink("B", "B1");
    EntityManager em = db.current();
    List<Object[]> rows =
        em.createQuery(
                "select a.actor, a.action, a.centreId, a.reference, a.bksbUserId, a.newValue,"
                    + " a.oldValue, a.recordedAt from AuditEntry a order by a.centreId",
                Object[].class)
            .getResultList();
    assertEquals(2, rows.size());
    assertEquals(
        java.util.Arrays.asList(
            "ada", AuditAction.BKSB_LOGIN_LINK, "A", "A1", BKSB_USER, "AUTO_LOGIN"),
        java.util.Arrays.asList(rows.get(0)).subList(0, 6));
    assertNull(rows.get(0)[6]);
    assertEquals(NOW, rows.get(0)[7]);
    assertEquals(
        java.util.Arrays.asList("ada", AuditAction.BKSB_LOGIN_LINK, "B", "B1", null, "LINK_URL"),
        java.util.Arrays.asList(rows.get(1)).subList(0, 6));
    // No column of any entry holds the link or its token.
    String token = url.substring(url.indexOf("token=") + "token=".length());
    for (Object[] row : rows) {
      for (Object v : row) {
        assertFalse(String.valueOf(v).contains(token), String.valueOf(v));
      }
    }
  }

  @Test
  void bksbsAnswerMustBeAWebAddressBeforeItBecomesARedirect() {
    assertTrue(MyBksbService.webAddress("https://bksb.example/x?t=1"));
    assertFalse(MyBksbService.webAddress("javascript:alert(1)"));
    assertFalse(MyBksbService.webAddress("/relative"));
    assertFalse(MyBksbService.webAddress("User not found"));
    assertFalse(MyBksbService.webAddress(""));
    assertFalse(MyBksbService.webAddress(null));
  }

  /** A learner: in group learner, holding no grant. */
  private static Caller signedIn(String name) {
    return new Caller(name, Set.of(LearnerOnly.DEFAULT_GROUP));
  }

  private void centre(String id) {
    EntityManager em = db.current();
    em.getTransaction().begin();
    Centre c = new Centre(id);
    c.setName("College " + id);
    c.setBksbLicensed(true);
    em.persist(c);
    em.getTransaction().commit();
  }

  private long learner(String centre, String ref, String webUsername, SystemStatus status) {
    return TestLearners.store(
        db,
        centre,
        ref,
        new LearnerFields(
            LearnerKind.LEARNER,
            "First" + ref,
            "Last" + ref,
            null,
            false,
            webUsername,
            LocalDate.of(2000, 1, 1),
            status,
            null,
            null,
            false,
            null));
  }

  private void link(String centre, long learnerId) {
    persist(
        new BksbLink(
            centre, learnerId, ACCOUNT, BKSB_USER, "ada.b5", MatchMethod.EMAIL, NOW, null));
  }

  private void result(
      long session, ResultType type, Subject subject, Level level, Integer percent, int day) {
    BksbResult r =
        new BksbResult(
            session,
            type,
            subject,
            subject.name(),
            level,
            subject + " " + level,
            percent,
            subject + " assessment",
            "IA-" + subject,
            subject + " course",
            LocalDateTime.of(2026, 10, day, 9, 0));
    persist(new AssessmentResult(ACCOUNT, BKSB_USER, r, NOW));
  }

  private void persist(Object entity) {
    EntityManager em = db.newEntityManager();
    try {
      em.getTransaction().begin();
      em.persist(entity);
      em.getTransaction().commit();
    } finally {
      em.close();
    }
  }

  private static void set(Object target, String field, Object value) throws Exception {
    Class<?> type = target.getClass();
    while (java.util.Arrays.stream(type.getDeclaredFields())
        .noneMatch(x -> x.getName().equals(field))) {
      type = type.getSuperclass();
    }
    Field f = type.getDeclaredField(field);
    f.setAccessible(true);
    f.set(target, value);
  }
}

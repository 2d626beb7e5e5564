package org.bksbbridge.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.bksbbridge.access.CentreAccess;
import org.bksbbridge.access.Command;
import org.bksbbridge.access.Effective;
import org.bksbbridge.access.Grant;
import org.bksbbridge.access.GranteeKind;
import org.bksbbridge.centre.Centre;
import org.bksbbridge.centre.CentreService;
import org.bksbbridge.refusal.Refusal;
import org.bksbbridge.security.Caller;
import org.bksbbridge.testing.SeDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The audit trail on a real database: entries recorded in the caller's transaction (or not at all),
 * read per centre newest first with the filters, by those who manage the centre's permissions only.
 */
class AuditTrailTest {
  private static final Instant T0 = Instant.parse("2026-12-07T09:00:00Z");

  private final SeDatabase db = new SeDatabase();
  private final AuditService audit = new AuditService();
  private final AuditReader reader = new AuditReader();
  private Instant now = T0;
  private Caller caller = new Caller("admin", Set.of(Caller.ADMIN_GROUP));
  private List<Grant> grants = List.of();

  @BeforeEach
  void wire() throws Exception {
    EntityManager em = db.current();
    AuditLog log = new AuditLog();
    log.em = em;
    audit.log = log;
    audit.clock =
        new Clock() {
          @Override
          public Instant instant() {
            return now;
          }

          @Override
          public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
          }

          @Override
          public Clock withZone(java.time.ZoneId zone) {
            return this;
          }
        };
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
    CentreService centres = new CentreService();
    set(centres, "em", em);
    set(centres, "access", access);
    reader.access = access;
    reader.centres = centres;
    reader.log = log;
    em.getTransaction().begin();
    for (String id : List.of("A", "B")) {
      Centre c = new Centre(id);
      c.setName("College " + id);
      c.setBksbLicensed(true);
      em.persist(c);
    }
    em.getTransaction().commit();
  }

  private static void set(Object target, String field, Object value) throws Exception {
    java.lang.reflect.Field f = target.getClass().getDeclaredField(field);
    f.setAccessible(true);
    f.set(target, value);
  }

  @AfterEach
  void close() {
    db.close();
  }

  private void record(Actor by, AuditEvent e) {
    EntityManager em = db.current();
    em.getTransaction().begin();
    audit.record(by, e);
    em.getTransaction().commit();
  }

  @Test
  void entriesAreReadPerCentreNewestFirstWithTheFilters() {
    Actor manager = new Actor("manager", "192.0.2.1", Actors.API);
    record(manager, AuditEvent.webUsernameChanged("A", "A1", null, "manager"));
    now = T0.plusSeconds(60);
    record(
        new Actor("ada", "192.0.2.9", Actors.PAGE),
        AuditEvent.loginLink("A", "A1", 5L, "AUTO_LOGIN"));
    now = T0.plusSeconds(3600 * 24);
    record(manager, AuditEvent.webUsernameChanged("A", "A1", "manager", "ada"));
    record(manager, AuditEvent.webUsernameChanged("B", "B1", null, "bob"));

    AuditView.Page all = reader.list("A", new AuditQuery(null, null, null, null));
    assertEquals(3, all.items().size());
    assertFalse(all.more());
    assertEquals(
        List.of(
            "WEB_USERNAME_CHANGED ada",
            "BKSB_LOGIN_LINK AUTO_LOGIN",
            "WEB_USERNAME_CHANGED manager"),
        all.items().stream().map(v -> v.action() + " " + v.newValue()).toList());
    AuditView link = all.items().get(1);
    assertEquals("ada", link.actor());
    assertEquals("192.0.2.9", link.clientAddress());
    assertEquals("page", link.via());
    assertEquals(5L, link.bksbUserId());
    assertEquals(T0.plusSeconds(60), link.at());

    assertEquals(
        List.of("BKSB_LOGIN_LINK"),
        reader.list("A", new AuditQuery(null, null, "bksb_login_link", null)).items().stream()
            .map(AuditView::action)
            .toList());
    // A day in UTC: to includes the whole day; from is inclusive.
    assertEquals(
        2, reader.list("A", new AuditQuery(null, "2026-12-07", null, null)).items().size());
    assertEquals(
        1, reader.list("A", new AuditQuery("2026-12-08", null, null, null)).items().size());
    assertEquals(
        1,
        reader
            .list("A", new AuditQuery("2026-12-07T09:01:00Z", "2026-12-07T09:02:00Z", null, null))
            .items()
            .size());
    AuditView.Page one = reader.list("A", new AuditQuery(null, null, null, "1"));
    assertEquals(1, one.items().size());
    assertTrue(one.more());
  }

  @Test
  void badFiltersAreRefusedNamingEachField() {
    Refusal r =
        assertThrows(
            Refusal.class,
            () -> reader.list("A", new AuditQuery("yesterday", "2026-13-01", "DELETE", "0")));
    assertEquals(Refusal.Kind.INVALID, r.kind());
    assertEquals(Set.of("from", "to", "action", "limit"), r.fields().keySet());
    Refusal order =
        assertThrows(
            Refusal.class,
            () ->
                reader.list("A", new AuditQuery("2026-12-08", "2026-12-07T00:00:00Z", null, null)));
    assertEquals(Set.of("to"), order.fields().keySet());
  }

  @Test
  void onlyThoseWhoManageTheCentresDataProtectionReadIt() {
    record(new Actor("m", null, null), AuditEvent.webUsernameChanged("A", "A1", null, "x"));
    // A manager of every centre without "Manage BKSB Data Protection": 403; a manager of B only: A
    // is
    // not there for them (404), B is.
    caller = new Caller("manager", Set.of("manager"));
    grants =
        List.of(
            new Grant(GranteeKind.GROUP, "manager", "*", Command.MODULE, "t", T0),
            new Grant(GranteeKind.GROUP, "manager", "*", Command.IMPORT_LEARNERS, "t", T0));
    Refusal forbidden =
        assertThrows(Refusal.class, () -> reader.list("A", new AuditQuery(null, null, null, null)));
    assertEquals(Refusal.Kind.FORBIDDEN, forbidden.kind());
    caller = new Caller("north", Set.of());
    grants =
        List.of(
            new Grant(GranteeKind.USER, "north", "B", Command.MODULE, "t", T0),
            new Grant(
                GranteeKind.USER, "north", "B", Command.MANAGE_BKSB_DATA_PROTECTION, "t", T0));
    assertEquals(
        Refusal.Kind.NOT_FOUND,
        assertThrows(Refusal.class, () -> reader.list("A", new AuditQuery(null, null, null, null)))
            .kind());
    assertEquals(0, reader.list("B", new AuditQuery(null, null, null, null)).items().size());
  }

  @Test
  void anEntryIsWrittenWithItsTransactionOrNotAtAll() {
    EntityManager em = db.current();
    em.getTransaction().begin();
    audit.record(
        new Actor("manager", "192.0.2.1", Actors.API),
        List.of(
            AuditEvent.webUsernameChanged("A", "A1", "a", "b"),
            AuditEvent.webUsernameChanged("A", "A2", "c", "d")));
    em.getTransaction().rollback();
    assertEquals(0, db.count("select count(a) from AuditEntry a"));
    // A name longer than its column is cut, not a failed write; an unknown actor is named so.
    record(
        new Actor(null, null, null),
        AuditEvent.webUsernameChanged("A", "A1", null, "x".repeat(300)));
    AuditView v = reader.list("A", new AuditQuery(null, null, null, null)).items().get(0);
    assertEquals(Actor.UNKNOWN, v.actor());
    assertEquals(AuditEntry.VALUE_MAX, v.newValue().length());
  }
}

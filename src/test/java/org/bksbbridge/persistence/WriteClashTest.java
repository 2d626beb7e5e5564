package org.bksbbridge.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import org.bksbbridge.centre.Centre;
import org.bksbbridge.refusal.Refusal;
import org.bksbbridge.testing.SeDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Two writes of one versioned row, or of one new key, at the same moment: the one that flushes
 * second hears a conflict (409 at the API, a message on pages), not a failure at its commit.
 */
class WriteClashTest {
  private SeDatabase db;

  @BeforeEach
  void open() {
    db = new SeDatabase();
  }

  @AfterEach
  void close() {
    db.close();
  }

  @Test
  void aVersionedRowChangedSinceItWasReadIsAConflict() {
    EntityManager setup = db.newEntityManager();
    setup.getTransaction().begin();
    Centre race = new Centre("RACE");
    race.setName("Race");
    setup.persist(race);
    setup.getTransaction().commit();
    setup.close();

    EntityManager first = db.newEntityManager();
    EntityManager second = db.newEntityManager();
    first.getTransaction().begin();
    second.getTransaction().begin();
    Centre a = first.find(Centre.class, "RACE");
    Centre b = second.find(Centre.class, "RACE");
    a.setName("first");
    b.setName("second");
    WriteClash.flush(first, "unused");
    first.getTransaction().commit();
    Refusal refused = assertThrows(Refusal.class, () -> WriteClash.flush(second, "clashed"));
    assertEquals(Refusal.Kind.CONFLICT, refused.kind());
    assertEquals("clashed", refused.getMessage());
    second.getTransaction().rollback();
    first.close();
    second.close();
    EntityManager check = db.newEntityManager();
    assertEquals("first", check.find(Centre.class, "RACE").getName());
    check.close();
  }

  @Test
  void aKeyInsertedByAnotherIsAConflict() {
    EntityManager first = db.newEntityManager();
    first.getTransaction().begin();
    Centre one = new Centre("TWICE");
    one.setName("one");
    first.persist(one);
    first.getTransaction().commit();
    first.close();
    EntityManager second = db.newEntityManager();
    second.getTransaction().begin();
    Centre two = new Centre("TWICE");
    two.setName("two");
    second.persist(two);
    Refusal refused = assertThrows(Refusal.class, () -> WriteClash.flush(second, "clashed"));
    assertEquals(Refusal.Kind.CONFLICT, refused.kind());
    second.getTransaction().rollback();
    second.close();
  }

  @Test
  void aFailureThatIsNoClashStaysWhatItWas() {
    PersistenceException fault = new PersistenceException(new SQLException("disk full", "XSDG1"));
    assertEquals(fault, WriteClash.conflictOr(fault, "unused"));
    RuntimeException clash =
        WriteClash.conflictOr(
            new PersistenceException(new SQLException("dup", "23505")), "saved by another");
    assertEquals(Refusal.Kind.CONFLICT, ((Refusal) clash).kind());
    assertEquals("saved by another", clash.getMessage());
  }

  @Test
  void onlyClashesAreConflicts() {
    assertTrue(WriteClash.clashed(new PersistenceException(new SQLException("dup", "23505"))));
    assertTrue(WriteClash.clashed(new PersistenceException(new SQLException("deadlock", "40001"))));
    assertTrue(WriteClash.clashed(new jakarta.persistence.OptimisticLockException("v")));
    assertFalse(
        WriteClash.clashed(new PersistenceException(new SQLException("too long", "22001"))));
    assertFalse(WriteClash.clashed(new PersistenceException("connection lost")));
  }
}

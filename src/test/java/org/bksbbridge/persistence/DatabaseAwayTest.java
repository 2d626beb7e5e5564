package org.bksbbridge.persistence;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.PersistenceException;
import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.SQLNonTransientConnectionException;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Which failures mean the database is away, and the outages a server remembers. */
class DatabaseAwayTest {
  @Test
  void connectionFailuresAnywhereInTheChainAreTheDatabaseAway() {
    assertTrue(DatabaseAway.in(new PersistenceException(new SQLException("refused", "08001"))));
    assertTrue(DatabaseAway.in(new RuntimeException(new SQLException("admin shutdown", "57P01"))));
    assertTrue(DatabaseAway.in(new PersistenceException(new SQLNonTransientConnectionException())));
    assertTrue(
        DatabaseAway.in(new IllegalStateException(new ConnectException("Connection refused"))));
    SQLException batch = new SQLException("batch failed", "XX000");
    batch.setNextException(new SQLException("I/O error", "08006"));
    assertTrue(DatabaseAway.in(batch), "PostgreSQL's next exception");
  }

  @Test
  void faultsOfTheRequestAreNot() {
    assertFalse(DatabaseAway.in(null));
    assertFalse(
        DatabaseAway.in(new PersistenceException(new SQLIntegrityConstraintViolationException())));
    assertFalse(DatabaseAway.in(new SQLException("syntax", "42601")));
    assertFalse(DatabaseAway.in(new IllegalArgumentException("bad")));
  }

  @Test
  void anOutageIsRememberedFromItsFirstToItsLastSighting() {
    DatabaseOutages outages = new DatabaseOutages();
    Instant before = Instant.now().minusSeconds(1);
    assertFalse(outages.seenBetween(before.minusSeconds(3600), Instant.now()), "none yet");
    assertFalse(outages.report(new SQLException("syntax", "42601")));
    assertTrue(outages.report(new SQLException("refused", "08001")));
    Instant after = Instant.now().plusSeconds(1);
    assertTrue(outages.seenBetween(before, after));
    assertFalse(outages.seenBetween(after, after.plusSeconds(60)), "a run that started after it");
    assertFalse(outages.seenBetween(before.minusSeconds(60), before.minusSeconds(30)));
  }
}

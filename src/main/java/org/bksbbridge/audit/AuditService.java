package org.bksbbridge.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * Records what staff and learners did. Joins the caller's transaction, so an entry is committed
 * with the change it records or not at all; where nothing else is written (a sign-in link issued)
 * the entry is its own transaction, and a failure to record refuses the action.
 */
@ApplicationScoped
public class AuditService {
  @Inject AuditLog log;
  @Inject Clock clock;

  @Transactional
  public void record(Actor by, AuditEvent event) {
    log.append(new AuditEntry(clock.instant(), by, event));
  }

  /** Several events of one action (an import chunk's changes), one write. */
  @Transactional
  public void record(Actor by, List<AuditEvent> events) {
    if (events.isEmpty()) {
      return;
    }
    Instant now = clock.instant();
    log.append(events.stream().map(e -> new AuditEntry(now, by, e)).toList());
  }
}

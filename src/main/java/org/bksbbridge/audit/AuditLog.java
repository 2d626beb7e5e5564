package org.bksbbridge.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.List;

/**
 * The audit table and its queries, its one owner. Appends and reads only: no entry is ever changed
 * or deleted through the application (retention, to come, will delete old ones).
 */
@ApplicationScoped
public class AuditLog {
  @Inject EntityManager em;

  /** What a list asks for; null fields do not filter. {@code to} is exclusive. */
  public record Filter(String centreId, Instant from, Instant to, AuditAction action) {}

  /** Adds the entry in the caller's transaction; written now, so a failure fails the caller. */
  public void append(AuditEntry entry) {
    append(List.of(entry));
  }

  public void append(List<AuditEntry> entries) {
    entries.forEach(em::persist);
    em.flush();
  }

  /** The centre's entries matching the filter, newest first, at most {@code max}. */
  public List<AuditEntry> list(Filter f, int max) {
    StringBuilder jpql = new StringBuilder("select a from AuditEntry a where a.centreId = :centre");
    if (f.action() != null) {
      jpql.append(" and a.action = :action");
    }
    if (f.from() != null) {
      jpql.append(" and a.recordedAt >= :from");
    }
    if (f.to() != null) {
      jpql.append(" and a.recordedAt < :to");
    }
    jpql.append(" order by a.recordedAt desc, a.id desc");
    TypedQuery<AuditEntry> q = em.createQuery(jpql.toString(), AuditEntry.class);
    q.setParameter("centre", f.centreId());
    if (f.action() != null) {
      q.setParameter("action", f.action());
    }
    if (f.from() != null) {
      q.setParameter("from", f.from());
    }
    if (f.to() != null) {
      q.setParameter("to", f.to());
    }
    return q.setMaxResults(max).getResultList();
  }
}

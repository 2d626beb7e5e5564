package org.bksbbridge.sync.matching;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.bksbbridge.learner.Eligibility;
import org.bksbbridge.learner.Learner;
import org.bksbbridge.sync.users.AccountDirectory;

/**
 * The eligible learners of each enabled centre (or of the one named by {@code centreId}) that have
 * no link yet, a page at a time in id order; the checkpoint is (centre, last learner id).
 */
@Dependent
@Named("unlinkedLearnerReader")
public class UnlinkedLearnerReader extends AbstractItemReader {
  @Inject
  @BatchProperty(name = "pageSize")
  String pageSize;

  @Inject
  @BatchProperty(name = "centreId")
  String onlyCentre;

  @Inject EntityManager em;
  @Inject AccountDirectory directory;
  @Inject Clock clock;

  private record CentreAccount(String centreId, long accountId) {}

  private final List<CentreAccount> centres = new ArrayList<>();
  private final Deque<MatchCandidate> buffer = new ArrayDeque<>();
  private int centre;
  private long lastId;
  private long lastHandedOut;

  @Override
  public void open(Serializable checkpoint) {
    for (AccountDirectory.Account a : directory.enabledAccounts()) {
      for (String c : a.centreIds()) {
        if (onlyCentre == null || onlyCentre.isBlank() || onlyCentre.equals(c)) {
          centres.add(new CentreAccount(c, a.id()));
        }
      }
    }
    centres.sort((x, y) -> x.centreId().compareTo(y.centreId()));
    MatchCheckpoint c =
        checkpoint == null ? new MatchCheckpoint(0, 0) : (MatchCheckpoint) checkpoint;
    centre = c.centre();
    lastId = c.lastLearnerId();
    lastHandedOut = lastId;
  }

  @Override
  public Object readItem() {
    while (buffer.isEmpty() && centre < centres.size()) {
      fetch();
      if (buffer.isEmpty()) {
        centre++;
        lastId = 0;
        lastHandedOut = 0;
      }
    }
    MatchCandidate next = buffer.poll();
    if (next != null) {
      lastHandedOut = next.learnerId();
    }
    return next;
  }

  private void fetch() {
    CentreAccount ca = centres.get(centre);
    LocalDate today = LocalDate.now(clock);
    TypedQuery<Learner> q =
        em.createQuery(
            "select l from Learner l where l.centreId = :c and l.id > :last and "
                + Eligibility.JPQL
                + " and not exists (select k.id from BksbLink k where k.learnerId = l.id)"
                + " order by l.id",
            Learner.class);
    q.setParameter("c", ca.centreId()).setParameter("last", lastId);
    Eligibility.jpqlParameters(today).forEach(q::setParameter);
    for (Learner l : q.setMaxResults(Integer.parseInt(pageSize)).getResultList()) {
      buffer.add(new MatchCandidate(l.getId(), ca.centreId(), ca.accountId(), l.fields()));
      lastId = l.getId();
    }
  }

  @Override
  public Serializable checkpointInfo() {
    return new MatchCheckpoint(centre, lastHandedOut);
  }
}

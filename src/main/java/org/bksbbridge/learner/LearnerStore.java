package org.bksbbridge.learner;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.bksbbridge.audit.AuditEvent;

/**
 * Upserts learners on their natural key, a chunk at a time: one indexed query finds the rows that
 * exist, the rest are inserted, unchanged rows are not written. Runs in the caller's transaction (a
 * REST call's, or the batch chunk's), never its own.
 */
@ApplicationScoped
public class LearnerStore {
  @Inject EntityManager em;
  @Inject LearnerRepository learners;
  @Inject Clock clock;

  /**
   * What an upsert did.
   *
   * @param webUsernameChanges the learners whose web username (who signs in as them) was set or
   *     changed, new learners given one included: a record made pointing at someone's sign-in is as
   *     much a change of who may see it as an edit, so the caller records it with who asked
   */
  public record Counts(
      int inserted, int updated, int unchanged, List<AuditEvent> webUsernameChanges) {}

  public Counts upsert(String centreId, List<LearnerRecord> records) {
    // Within one chunk the last row for a reference wins, as if the rows were applied in order.
    Map<String, LearnerFields> byReference = new LinkedHashMap<>();
    for (LearnerRecord r : records) {
      byReference.put(r.reference(), r.fields());
    }
    Map<String, Learner> existing = findExisting(centreId, byReference.keySet());
    int inserted = 0;
    int updated = 0;
    List<AuditEvent> changes = new ArrayList<>();
    var now = clock.instant();
    for (Map.Entry<String, LearnerFields> e : byReference.entrySet()) {
      Learner learner = existing.get(e.getKey());
      if (learner == null) {
        learner = new Learner(centreId, e.getKey());
        learner.apply(e.getValue(), now);
        em.persist(learner);
        inserted++;
        String first = e.getValue().webUsername();
        if (first != null) {
          changes.add(AuditEvent.webUsernameChanged(centreId, e.getKey(), null, first));
        }
      } else {
        String before = learner.fields().webUsername();
        if (learner.apply(e.getValue(), now)) {
          updated++;
          String after = e.getValue().webUsername();
          if (!Objects.equals(before, after)) {
            changes.add(AuditEvent.webUsernameChanged(centreId, e.getKey(), before, after));
          }
        }
      }
    }
    // Writing now, inside the caller's transaction, turns a clash with a concurrent insert of the
    // same learner into an exception here (a 409, or a retried chunk) rather than at commit.
    em.flush();
    return new Counts(inserted, updated, byReference.size() - inserted - updated, changes);
  }

  /**
   * How many of the centre's learners and applicants are synchronised with bksb today ({@link
   * Eligibility}): one count query, for overviews. The caller checked access.
   */
  public long countEligible(String centreId) {
    return learners.countEligible(centreId, java.time.LocalDate.now(clock));
  }

  private Map<String, Learner> findExisting(String centreId, java.util.Collection<String> refs) {
    Map<String, Learner> found = new HashMap<>();
    if (refs.isEmpty()) {
      return found;
    }
    learners.byReferences(centreId, refs, l -> found.put(l.getReference(), l));
    return found;
  }
}

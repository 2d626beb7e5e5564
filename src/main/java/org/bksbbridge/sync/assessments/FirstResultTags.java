package org.bksbbridge.sync.assessments;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.bksbbridge.bksb.Subject;
import org.bksbbridge.learner.LearnerTags;

/**
 * The PICSWeb rule: a learner's first initial result in English, maths or ICT adds the centre's
 * tags for that subject (learner tags, or applicant tags for applicants). Once per learner and
 * subject; tags are only ever added, never removed. A subject whose tag list is empty is not
 * marked, so tags configured later still reach learners who already have results.
 */
@ApplicationScoped
public class FirstResultTags {
  private static final Set<Subject> TAGGED = Set.of(Subject.ENGLISH, Subject.MATHS, Subject.ICT);
  static final String ADDED_BY = "bksb: first initial result";

  @Inject EntityManager em;
  @Inject LearnerTags learnerTags;

  /** Runs in the caller's transaction. */
  public void apply(List<LearnerDownload> downloads, Instant now) {
    List<Long> ids =
        downloads.stream()
            .filter(d -> !d.initialSubjects().isEmpty())
            .map(d -> d.learner().learnerId())
            .toList();
    if (ids.isEmpty()) {
      return;
    }
    Set<String> marked = new HashSet<>();
    em.createQuery("select t from SubjectTagged t where t.learnerId in :ids", SubjectTagged.class)
        .setParameter("ids", ids)
        .getResultList()
        .forEach(t -> marked.add(t.getLearnerId() + "/" + t.getSubject()));
    Map<Long, Set<String>> toAdd = new LinkedHashMap<>();
    for (LearnerDownload d : downloads) {
      LearnerToFetch l = d.learner();
      for (Subject s : d.initialSubjects()) {
        List<String> tags = l.options().tagsFor(l.kind(), s);
        if (!TAGGED.contains(s) || tags.isEmpty() || !marked.add(l.learnerId() + "/" + s)) {
          continue;
        }
        toAdd.computeIfAbsent(l.learnerId(), k -> new LinkedHashSet<>()).addAll(tags);
        em.persist(new SubjectTagged(l.learnerId(), s, now));
      }
    }
    learnerTags.add(toAdd, ADDED_BY, now);
  }
}

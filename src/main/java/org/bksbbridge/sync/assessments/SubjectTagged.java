package org.bksbbridge.sync.assessments;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import jakarta.persistence.UniqueConstraint;
import java.time.Instant;
import org.bksbbridge.bksb.Subject;

/**
 * Marks that a learner got the centre's tags for a subject's first initial result, so they are
 * added once however often results are downloaded, and a tag a person removed stays removed.
 */
@Entity
@Table(
    name = "bksb_subject_tagged",
    uniqueConstraints =
        @UniqueConstraint(
            name = "uk_subject_tagged",
            columnNames = {"learner_id", "subject"}))
public class SubjectTagged {
  @Id
  @GeneratedValue(strategy = GenerationType.TABLE, generator = "taggedIds")
  @TableGenerator(name = "taggedIds", table = "id_sequence", allocationSize = 100)
  private Long id;

  @Column(name = "learner_id", nullable = false)
  private long learnerId;

  @Enumerated(EnumType.STRING)
  @Column(name = "subject", length = 16, nullable = false)
  private Subject subject;

  @Column(name = "tagged_at", nullable = false)
  private Instant taggedAt;

  protected SubjectTagged() {}

  SubjectTagged(long learnerId, Subject subject, Instant taggedAt) {
    this.learnerId = learnerId;
    this.subject = subject;
    this.taggedAt = taggedAt;
  }

  public long getLearnerId() {
    return learnerId;
  }

  public Subject getSubject() {
    return subject;
  }
}

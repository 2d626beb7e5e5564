package org.bksbbridge.learner;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import jakarta.persistence.UniqueConstraint;
import java.time.Instant;

/** A tag on a learner, with who or what added it. */
@Entity
@Table(
    name = "learner_tag",
    uniqueConstraints =
        @UniqueConstraint(
            name = "uk_learner_tag",
            columnNames = {"learner_id", "tag"}))
public class LearnerTag {
  @Id
  @GeneratedValue(strategy = GenerationType.TABLE, generator = "tagIds")
  @TableGenerator(name = "tagIds", table = "id_sequence", allocationSize = 100)
  private Long id;

  @Column(name = "learner_id", nullable = false)
  private long learnerId;

  @Column(name = "tag", length = 50, nullable = false)
  private String tag;

  @Column(name = "added_at", nullable = false)
  private Instant addedAt;

  @Column(name = "added_by", length = 100)
  private String addedBy;

  protected LearnerTag() {}

  LearnerTag(long learnerId, String tag, Instant addedAt, String addedBy) {
    this.learnerId = learnerId;
    this.tag = tag;
    this.addedAt = addedAt;
    this.addedBy = addedBy;
  }

  public long getLearnerId() {
    return learnerId;
  }

  public String getTag() {
    return tag;
  }

  public Instant getAddedAt() {
    return addedAt;
  }

  public String getAddedBy() {
    return addedBy;
  }
}

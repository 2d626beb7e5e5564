package org.bksbbridge.results;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import jakarta.persistence.UniqueConstraint;

/**
 * One topic of a diagnostic result with its status: NP (needs practice), TC (take care) or VG (very
 * good). A result's topics are replaced as a whole whenever the result changes.
 */
@Entity
@NamedQuery(
    name = "ResultTopic.ofResults",
    query = "select t from ResultTopic t where t.resultId in :ids order by t.resultId, t.position")
@NamedQuery(
    name = "ResultTopic.deleteOfResults",
    query = "delete from ResultTopic t where t.resultId in :ids")
@Table(
    name = "bksb_result_topic",
    uniqueConstraints =
        @UniqueConstraint(
            name = "uk_topic_position",
            columnNames = {"result_id", "position"}))
public class ResultTopic {
  @Id
  @GeneratedValue(strategy = GenerationType.TABLE, generator = "topicIds")
  @TableGenerator(name = "topicIds", table = "id_sequence", allocationSize = 500)
  private Long id;

  @Column(name = "result_id", nullable = false)
  private long resultId;

  @Column(name = "position", nullable = false)
  private int position;

  @Column(name = "topic", length = 200, nullable = false)
  private String topic;

  @Column(name = "status", length = 8)
  private String status;

  @Column(name = "score")
  private Integer score;

  @Column(name = "out_of")
  private Integer outOf;

  protected ResultTopic() {}

  public ResultTopic(
      long resultId, int position, String topic, String status, Integer score, Integer outOf) {
    this.resultId = resultId;
    this.position = position;
    this.topic = org.bksbbridge.persistence.Columns.clip(topic, 200);
    this.status = org.bksbbridge.persistence.Columns.clip(status, 8);
    this.score = score;
    this.outOf = outOf;
  }

  public long getResultId() {
    return resultId;
  }

  public int getPosition() {
    return position;
  }

  public String getTopic() {
    return topic;
  }

  public String getStatus() {
    return status;
  }

  public Integer getScore() {
    return score;
  }

  public Integer getOutOf() {
    return outOf;
  }
}

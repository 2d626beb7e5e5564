package org.bksbbridge.jobs;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import jakarta.persistence.UniqueConstraint;

/**
 * A count a job keeps beyond the runtime's step metrics (bksb calls, new results, the learners to
 * do). One row per job instance, partition and name, so concurrent partitions never write the same
 * row; a restart goes on adding to the same instance's rows.
 */
@Entity
@Table(
    name = "job_counter",
    uniqueConstraints =
        @UniqueConstraint(
            name = "uk_job_counter",
            columnNames = {"job_instance_id", "partition_no", "name"}))
public class JobCounter {
  @Id
  @GeneratedValue(strategy = GenerationType.TABLE, generator = "counterIds")
  @TableGenerator(name = "counterIds", table = "id_sequence", allocationSize = 100)
  private Long id;

  @Column(name = "job_instance_id", nullable = false)
  private long jobInstanceId;

  @Column(name = "partition_no", nullable = false)
  private int partition;

  @Column(name = "name", length = 40, nullable = false)
  private String name;

  @Column(name = "counter_value", nullable = false)
  private long amount;

  protected JobCounter() {}

  JobCounter(long jobInstanceId, int partition, String name) {
    this.jobInstanceId = jobInstanceId;
    this.partition = partition;
    this.name = name;
  }

  void add(long n) {
    amount += n;
  }

  void set(long n) {
    amount = n;
  }

  public String getName() {
    return name;
  }

  public long getValue() {
    return amount;
  }
}

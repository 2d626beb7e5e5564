package org.bksbbridge.jobs;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.Config;

/**
 * How many partitions of a partitioned step run at once: all, or at most {@value #THREADS}.
 * Embedded Derby sets 1 (db-derby.xml): Liberty's job repository there fails partitions that start
 * together (Derby's identity column, "A lock could not be obtained", SequenceUpdater contention).
 * PostgreSQL runs them all at once. Outside the server (JBeret SE tests) there is no config: all at
 * once.
 */
@ApplicationScoped
public class PartitionThreads {
  static final String THREADS = "bksb.jobs.partitionThreads";

  @Inject Instance<Config> config;

  public int forPartitions(int partitions) {
    int configured =
        config.isResolvable() ? config.get().getOptionalValue(THREADS, Integer.class).orElse(0) : 0;
    return of(partitions, configured);
  }

  static int of(int partitions, int configured) {
    return configured <= 0 ? partitions : Math.min(partitions, configured);
  }
}

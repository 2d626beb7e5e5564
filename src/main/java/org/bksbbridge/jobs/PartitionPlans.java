package org.bksbbridge.jobs;

import jakarta.batch.api.partition.PartitionPlan;
import jakarta.batch.api.partition.PartitionPlanImpl;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.Properties;
import org.eclipse.microprofile.config.Config;

/**
 * The partition plans of the partitioned steps: one partition per set of properties, of which all
 * run at once, or at most {@value #THREADS} (0 on embedded Derby, db-derby.xml: its job tables need
 * jvm.options' Derby properties for that; unset on PostgreSQL). Outside the server (JBeret SE
 * tests) there is no config: all at once.
 */
@ApplicationScoped
public class PartitionPlans {
  static final String THREADS = "bksb.jobs.partitionThreads";

  @Inject Instance<Config> config;

  /**
   * @param anewOnRestart whether a restart maps the partitions again and starts them from their
   *     beginning, rather than keeping the first plan and each partition's checkpoint
   */
  public PartitionPlan plan(Properties[] partitions, boolean anewOnRestart) {
    int configured =
        config.isResolvable() ? config.get().getOptionalValue(THREADS, Integer.class).orElse(0) : 0;
    PartitionPlanImpl plan = new PartitionPlanImpl();
    plan.setPartitions(partitions.length);
    plan.setThreads(threads(partitions.length, configured));
    plan.setPartitionProperties(partitions);
    plan.setPartitionsOverride(anewOnRestart);
    return plan;
  }

  static int threads(int partitions, int configured) {
    return configured <= 0 ? partitions : Math.min(partitions, configured);
  }
}

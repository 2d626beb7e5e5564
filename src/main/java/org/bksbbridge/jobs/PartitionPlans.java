package org.bksbbridge.jobs;

import jakarta.batch.api.partition.PartitionPlan;
import jakarta.batch.api.partition.PartitionPlanImpl;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.Properties;
import java.util.function.ObjIntConsumer;
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

  /** How many partitions a step's {@code partitions} property asks for: at least one. */
  public static int count(String partitions) {
    return Math.max(1, Integer.parseInt(partitions));
  }

  /**
   * One set of properties per partition, each with its number as {@code partition} and what {@code
   * each} adds for that number.
   */
  public static Properties[] numbered(int n, ObjIntConsumer<Properties> each) {
    Properties[] props = new Properties[n];
    for (int i = 0; i < n; i++) {
      props[i] = new Properties();
      props[i].setProperty("partition", String.valueOf(i));
      each.accept(props[i], i);
    }
    return props;
  }

  static int threads(int partitions, int configured) {
    return configured <= 0 ? partitions : Math.min(partitions, configured);
  }
}

package org.bksbbridge.sync.matching;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.partition.PartitionMapper;
import jakarta.batch.api.partition.PartitionPlan;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Properties;
import org.bksbbridge.jobs.PartitionPlans;
import org.bksbbridge.sync.users.AccountDirectory;

/**
 * Splits the learners to match into {@code partitions} slices of learner ids of about equal width,
 * which run at once: each reads, decides and writes its own learners. The first slice starts at 0
 * and the last has no end, so every id is in one; each slice reads up to its highest learner when
 * its walk begins, so a learner added meanwhile waits for the next run (as with one reader). Two
 * slices can decide one bksb user: the second chunk to insert such a link fails on the unique key
 * and is read again, and then finds the user linked (the rules' "linked to another learner"
 * answer).
 */
@Dependent
@Named("matchPartitionMapper")
public class MatchPartitionMapper implements PartitionMapper {
  @Inject
  @BatchProperty(name = "partitions")
  String partitions;

  @Inject
  @BatchProperty(name = "centreId")
  String centreId;

  @Inject MatchLookups lookups;
  @Inject AccountDirectory directory;
  @Inject PartitionPlans plans;

  @Override
  public PartitionPlan mapPartitions() {
    int n = PartitionPlans.count(partitions);
    long[] bounds =
        lookups.learnerIdBounds(
            CentreAccount.enabled(directory, centreId).stream()
                .map(CentreAccount::centreId)
                .toList());
    long width = Math.max(1, (bounds[1] - bounds[0] + 1 + n - 1) / n);
    Properties[] props =
        PartitionPlans.numbered(
            n,
            (p, i) -> {
              p.setProperty("fromId", String.valueOf(i == 0 ? 0 : bounds[0] + i * width));
              p.setProperty(
                  "toId",
                  String.valueOf(i == n - 1 ? Long.MAX_VALUE : bounds[0] + (i + 1) * width));
            });
    // A restart maps anew and starts every slice from its beginning: learners linked meanwhile are
    // not read again, so nothing is linked twice. (Keeping the first plan, JBeret restarts a step
    // whose mapper failed with no partitions at all, and calls it completed.)
    return plans.plan(props, true);
  }
}

package org.bksbbridge.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class PartitionPlansTest {
  @Test
  void allAtOnceUnlessAtMostIsSet() {
    assertEquals(4, PartitionPlans.threads(4, 0), "not set: all");
    assertEquals(1, PartitionPlans.threads(4, 1), "at most one: one at a time");
    assertEquals(4, PartitionPlans.threads(4, 16), "never more than there are");
  }
}

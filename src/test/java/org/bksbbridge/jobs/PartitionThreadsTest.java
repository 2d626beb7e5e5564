package org.bksbbridge.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class PartitionThreadsTest {
  @Test
  void allAtOnceUnlessAtMostIsSet() {
    assertEquals(4, PartitionThreads.of(4, 0), "not set: all");
    assertEquals(1, PartitionThreads.of(4, 1), "embedded Derby: one at a time");
    assertEquals(4, PartitionThreads.of(4, 16), "never more than there are");
  }
}

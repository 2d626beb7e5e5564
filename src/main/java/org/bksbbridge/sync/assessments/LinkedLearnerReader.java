package org.bksbbridge.sync.assessments;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Reads one partition's linked, eligible learners a page at a time, in learner id order. The
 * checkpoint is the last learner handed out in a committed chunk.
 */
@Dependent
@Named("linkedLearnerReader")
public class LinkedLearnerReader extends AbstractItemReader {
  @Inject
  @BatchProperty(name = "pageSize")
  String pageSize;

  @Inject
  @BatchProperty(name = "centreId")
  String onlyCentre;

  @Inject
  @BatchProperty(name = "since")
  String since;

  @Inject
  @BatchProperty(name = "partition")
  String partition;

  @Inject
  @BatchProperty(name = "partitions")
  String partitions;

  @Inject LinkedLearners learners;

  private final Deque<LearnerToFetch> buffer = new ArrayDeque<>();
  private LinkedLearners.Scope scope;
  private long lastQueried;
  private long lastHandedOut;
  private boolean more = true;

  @Override
  public void open(Serializable checkpoint) {
    scope = learners.scope(onlyCentre, since, partition, partitions);
    // A chunk retry reopens this same reader at the checkpoint: what it had read ahead is stale.
    buffer.clear();
    more = true;
    lastQueried = checkpoint == null ? 0 : ((AssessmentCheckpoint) checkpoint).lastLearnerId();
    lastHandedOut = lastQueried;
  }

  @Override
  public Object readItem() {
    while (buffer.isEmpty() && more) {
      LinkedLearners.Page p = learners.page(scope, lastQueried, Integer.parseInt(pageSize));
      buffer.addAll(p.learners());
      lastQueried = p.lastId();
      more = p.more();
    }
    LearnerToFetch next = buffer.poll();
    if (next != null) {
      lastHandedOut = next.learnerId();
    }
    return next;
  }

  @Override
  public Serializable checkpointInfo() {
    return new AssessmentCheckpoint(lastHandedOut);
  }
}

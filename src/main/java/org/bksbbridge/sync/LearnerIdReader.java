package org.bksbbridge.sync;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.inject.Inject;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * A reader of learners in id order, a page at a time, within ranges of ids the subclass walks (a
 * partition's, a centre's), that checkpoints on the last learner handed out in a committed chunk:
 * the last one queried may be pages ahead, and would skip learners on a restart.
 *
 * @param <T> what is handed out for one learner
 */
public abstract class LearnerIdReader<T> extends AbstractItemReader {
  /** How many learners a query reads at most. */
  @Inject
  @BatchProperty(name = "pageSize")
  protected String pageSize;

  /** One centre's learners, or (blank) those of every enabled centre. */
  @Inject
  @BatchProperty(name = "centreId")
  protected String onlyCentre;

  /**
   * The incremental run's since (ISO instant; blank: every learner): learners the MIS changed (or
   * linked) from then on, and for results the hot ones.
   */
  @Inject
  @BatchProperty(name = "since")
  protected String since;

  /** The learners after an id, the last id the query looked at, and whether the range goes on. */
  public record Page<T>(List<T> items, long lastId, boolean more) {}

  private final Deque<T> buffer = new ArrayDeque<>();
  private long lastQueried;
  private long lastHandedOut;
  private boolean more;

  /** The next page of the current range after {@code afterId}. */
  protected abstract Page<T> page(long afterId);

  protected abstract long idOf(T item);

  /**
   * Moves on to the next range once the current one is read; false: the walk is over. A range
   * starts from its beginning: subclasses with more than one call {@link #rewind()}.
   */
  protected boolean nextRange() {
    return false;
  }

  /**
   * (Re)starts the walk after {@code lastId} of the current range. A chunk retry reopens the same
   * reader at the checkpoint: what it had read ahead is stale.
   */
  protected final void resume(long lastId, boolean anyToRead) {
    buffer.clear();
    lastQueried = lastId;
    lastHandedOut = lastId;
    more = anyToRead;
  }

  protected final void rewind() {
    lastQueried = 0;
    lastHandedOut = 0;
  }

  /** The last learner handed out: the checkpoint's id. */
  protected final long lastHandedOut() {
    return lastHandedOut;
  }

  @Override
  public Object readItem() {
    while (buffer.isEmpty() && more) {
      Page<T> p = page(lastQueried);
      buffer.addAll(p.items());
      lastQueried = p.lastId();
      more = p.more() || (buffer.isEmpty() && nextRange());
    }
    T next = buffer.poll();
    if (next != null) {
      lastHandedOut = idOf(next);
    }
    return next;
  }
}

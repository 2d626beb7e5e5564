package org.bksbbridge.sandbox;

import java.util.Map;

/**
 * A gate the sandbox's API calls wait at while it is closed, so a test (or a demo) can keep a run
 * in progress for exactly as long as it needs, instead of guessing a latency long enough. A call
 * waits at most {@link #MAX_WAIT_MILLIS}, so a test that never opens the gate cannot hold a server
 * thread for ever.
 */
final class SandboxHold {
  static final long MAX_WAIT_MILLIS = 300_000;

  private boolean closed;
  private int waiting;
  private long arrived;

  synchronized void close() {
    if (!closed) {
      arrived = 0;
    }
    closed = true;
  }

  synchronized void open() {
    closed = false;
    notifyAll();
  }

  /** Returns at once while open; while closed, when it opens (or after the longest wait). */
  synchronized void pass() {
    if (!closed) {
      return;
    }
    arrived++;
    waiting++;
    long until = System.currentTimeMillis() + MAX_WAIT_MILLIS;
    try {
      for (long left = MAX_WAIT_MILLIS; closed && left > 0; ) {
        wait(left);
        left = until - System.currentTimeMillis();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      waiting--;
    }
  }

  /** closed; waiting: calls held now; arrived: calls held since it was closed. */
  synchronized Map<String, Object> view() {
    return Map.of("closed", closed, "waiting", waiting, "arrived", arrived);
  }
}

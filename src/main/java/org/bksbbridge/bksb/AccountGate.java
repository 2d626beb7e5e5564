package org.bksbbridge.bksb;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * The calls one bksb account may have: at most {@code maxInFlight} at once and {@code
 * callsPerSecond} a second (0: no rate limit), shared by every job partition and refresh on this
 * server. A 429 pauses the whole account for its Retry-After, so the partitions slow down together
 * instead of each retrying into the limit on its own.
 */
public final class AccountGate {
  private final Semaphore inFlight;
  private final long nanosPerCall;
  private long nextSlot;
  private long pausedUntil;

  AccountGate(int maxInFlight, double callsPerSecond) {
    this.inFlight = new Semaphore(Math.max(1, maxInFlight), true);
    this.nanosPerCall = callsPerSecond > 0 ? (long) (1e9 / callsPerSecond) : 0;
    this.nextSlot = System.nanoTime();
  }

  /** What a call holds while it is in flight; closing gives the place back. */
  public interface Pass extends AutoCloseable {
    @Override
    void close();
  }

  /** Waits for a place and for the call's turn under the rate limit and any pause. */
  Pass enter() {
    try {
      inFlight.acquire();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new BksbApiException("interrupted while waiting to call bksb", 0, e);
    }
    try {
      long wait = turn();
      if (wait > 0) {
        TimeUnit.NANOSECONDS.sleep(wait);
      }
    } catch (InterruptedException e) {
      inFlight.release();
      Thread.currentThread().interrupt();
      throw new BksbApiException("interrupted while waiting to call bksb", 0, e);
    }
    return inFlight::release;
  }

  /** Nanoseconds until this call may go: the rate limit's next slot, after any pause. */
  private synchronized long turn() {
    long now = System.nanoTime();
    long slot = Math.max(now, pausedUntil);
    if (nanosPerCall > 0) {
      slot = Math.max(slot, nextSlot);
      nextSlot = slot + nanosPerCall;
    }
    return slot - now;
  }

  /** bksb said "too many requests": nobody calls this account again for {@code wait}. */
  synchronized void pause(Duration wait) {
    pausedUntil = Math.max(pausedUntil, System.nanoTime() + wait.toNanos());
  }

  int available() {
    return inFlight.availablePermits();
  }
}

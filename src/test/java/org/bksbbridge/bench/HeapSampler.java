package org.bksbbridge.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;

/**
 * The most heap in use during a phase, sampled every 20 ms by a daemon thread: what the phase
 * needed at worst, garbage not yet collected included (so an upper bound of its live data).
 */
final class HeapSampler implements AutoCloseable {
  private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
  private final Thread thread;
  private volatile long peak;
  private volatile boolean running = true;

  HeapSampler() {
    thread =
        new Thread(
            () -> {
              while (running) {
                peak = Math.max(peak, memory.getHeapMemoryUsage().getUsed());
                try {
                  Thread.sleep(20);
                } catch (InterruptedException e) {
                  return;
                }
              }
            },
            "heap-sampler");
    thread.setDaemon(true);
    thread.start();
  }

  /** The peak since the last reset in MB, and a fresh start for the next phase. */
  long takePeakMb() {
    long p = Math.max(peak, memory.getHeapMemoryUsage().getUsed());
    System.gc();
    peak = memory.getHeapMemoryUsage().getUsed();
    return p / (1024 * 1024);
  }

  long maxHeapMb() {
    return memory.getHeapMemoryUsage().getMax() / (1024 * 1024);
  }

  @Override
  public void close() {
    running = false;
    thread.interrupt();
  }
}

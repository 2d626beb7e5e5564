package org.bksbbridge.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.bksbbridge.bksb.BksbClient;
import org.bksbbridge.bksb.BksbClientSettings;
import org.bksbbridge.bksb.BksbClients;
import org.bksbbridge.bksb.CallRecorder;
import org.bksbbridge.bksb.ResultType;

/**
 * What this machine's HTTP stack allows, beside the ideal calls x latency / concurrency: the same
 * calls a results run makes (both listings of every linked user, then the topics of each
 * diagnostic), by the product's client with the same concurrency, but nothing read from or written
 * to the database. The in-process sandbox spends this JVM's cores too, so on a small machine this
 * is the honest floor for a run's HTTP part.
 */
final class WireBound {
  private WireBound() {}

  /** Seconds for the calls of the users {@code ids}, {@code threads} at a time. */
  static double seconds(ProviderWorld w, List<Long> ids, boolean topics, int threads)
      throws InterruptedException {
    BksbClients clients = new BksbClients(BksbClientSettings.defaults(), CallRecorder.NONE);
    BksbClient client = clients.client(w.sandbox.connection(false));
    AtomicInteger next = new AtomicInteger();
    List<Thread> all = new ArrayList<>();
    long t = System.nanoTime();
    for (int i = 0; i < threads; i++) {
      Thread th =
          new Thread(
              () -> {
                for (int k = next.getAndIncrement(); k < ids.size(); k = next.getAndIncrement()) {
                  long user = ids.get(k);
                  List<Long> diagnostics = new ArrayList<>();
                  for (ResultType type : ResultType.values()) {
                    client.eachResult(
                        type,
                        user,
                        20,
                        r -> {
                          if (r.type() == ResultType.DIAGNOSTIC) {
                            diagnostics.add(r.sessionId());
                          }
                          return true;
                        });
                  }
                  if (topics) {
                    diagnostics.forEach(s -> client.diagnosticTopics(s, user));
                  }
                }
              },
              "wire-" + i);
      th.start();
      all.add(th);
    }
    for (Thread th : all) {
      th.join();
    }
    double s = ProviderBench.since(t);
    clients.close();
    return s;
  }
}

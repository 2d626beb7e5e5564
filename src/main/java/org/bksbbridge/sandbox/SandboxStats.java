package org.bksbbridge.sandbox;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;

/** Calls per endpoint and status since the last reset, so tests can count what a job did. */
public class SandboxStats {
  private static final Pattern NUMBER_SEGMENT = Pattern.compile("/\\d+(?=/|$)");

  private final ConcurrentHashMap<String, ConcurrentHashMap<Integer, AtomicLong>> calls =
      new ConcurrentHashMap<>();

  /**
   * @param path the request path below the sandbox, ids are folded into {@code {id}}
   */
  public void count(String method, String path, int status) {
    String endpoint = method + " " + NUMBER_SEGMENT.matcher(path).replaceAll("/{id}");
    calls
        .computeIfAbsent(endpoint, k -> new ConcurrentHashMap<>())
        .computeIfAbsent(status, k -> new AtomicLong())
        .incrementAndGet();
  }

  /** Endpoint to status to count, sorted for reading. */
  public Map<String, Map<Integer, Long>> snapshot() {
    Map<String, Map<Integer, Long>> out = new TreeMap<>();
    calls.forEach(
        (endpoint, byStatus) -> {
          Map<Integer, Long> m = new TreeMap<>();
          byStatus.forEach((status, n) -> m.put(status, n.get()));
          out.put(endpoint, m);
        });
    return out;
  }

  public long total(String endpoint, int status) {
    var byStatus = calls.get(endpoint);
    AtomicLong n = byStatus == null ? null : byStatus.get(status);
    return n == null ? 0 : n.get();
  }

  public void reset() {
    calls.clear();
  }
}

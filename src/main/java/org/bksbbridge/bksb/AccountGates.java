package org.bksbbridge.bksb;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** One {@link AccountGate} per bksb account (API URL and access key) for the whole server. */
public final class AccountGates {
  /** The results job's default partitions before this limit existed: calls in flight. */
  public static final int DEFAULT_IN_FLIGHT = 8;

  private final int maxInFlight;
  private final double callsPerSecond;
  private final Map<String, AccountGate> gates = new ConcurrentHashMap<>();

  public AccountGates(int maxInFlight, double callsPerSecond) {
    this.maxInFlight = maxInFlight;
    this.callsPerSecond = callsPerSecond;
  }

  AccountGate of(BksbConnection c) {
    return gates.computeIfAbsent(
        c.apiUrl() + " " + c.accessKeyId(), k -> new AccountGate(maxInFlight, callsPerSecond));
  }
}

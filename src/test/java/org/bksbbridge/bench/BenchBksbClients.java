package org.bksbbridge.bench;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import org.bksbbridge.bksb.AccountGates;
import org.bksbbridge.bksb.BksbClientSettings;
import org.bksbbridge.bksb.BksbClients;
import org.bksbbridge.bksb.CallRecorder;

/**
 * The bksb client factory with the product's defaults (32 connections, the server's timeouts and
 * backoff), in place of the tests' short waits: the benchmark measures what a server would do.
 * {@code -Dbench.gateCallsPerSecond} sets the account gate's rate (bksb.client.callsPerSecond; 0,
 * the default, no limit), to compare the rate-limited run with the gate at bksb's limit. It holds
 * for every phase of the run, so use it for that comparison alone ({@code
 * -Dbench.stopAfter=first}).
 */
@Alternative
@Priority(2)
@ApplicationScoped
public class BenchBksbClients extends BksbClients {
  static final double GATE_RATE =
      Double.parseDouble(System.getProperty("bench.gateCallsPerSecond", "0"));

  public BenchBksbClients() {
    super(
        BksbClientSettings.defaults(),
        CallRecorder.NONE,
        new AccountGates(AccountGates.DEFAULT_IN_FLIGHT, GATE_RATE));
  }
}

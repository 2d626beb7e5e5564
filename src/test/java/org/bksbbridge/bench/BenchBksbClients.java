package org.bksbbridge.bench;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import org.bksbbridge.bksb.BksbClientSettings;
import org.bksbbridge.bksb.BksbClients;
import org.bksbbridge.bksb.CallRecorder;

/**
 * The bksb client factory with the product's defaults (32 connections, the server's timeouts and
 * backoff), in place of the tests' short waits: the benchmark measures what a server would do.
 */
@Alternative
@Priority(2)
@ApplicationScoped
public class BenchBksbClients extends BksbClients {
  public BenchBksbClients() {
    super(BksbClientSettings.defaults(), CallRecorder.NONE);
  }
}

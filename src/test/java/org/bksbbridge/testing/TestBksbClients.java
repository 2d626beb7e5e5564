package org.bksbbridge.testing;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Alternative;
import java.time.Duration;
import org.bksbbridge.bksb.BksbClientSettings;
import org.bksbbridge.bksb.BksbClients;
import org.bksbbridge.bksb.CallRecorder;

/** The bksb client factory outside the server: short waits, no call log. */
@Alternative
@Priority(1)
@Dependent
public class TestBksbClients extends BksbClients {
  /** Short waits: a test's retries take milliseconds. */
  public static final BksbClientSettings SETTINGS =
      new BksbClientSettings(
          Duration.ofSeconds(2),
          Duration.ofSeconds(5),
          8,
          6,
          Duration.ofMillis(5),
          Duration.ofMillis(1100));

  public TestBksbClients() {
    super(SETTINGS, CallRecorder.NONE);
  }
}

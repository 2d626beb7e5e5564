package org.bksbbridge.testing;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Alternative;
import org.bksbbridge.bksb.BksbClients;
import org.bksbbridge.bksb.SeCallLog;

/**
 * {@link TestBksbClients} with the call log on: calls of centres that log them are stored in the
 * test's database. Chosen over TestBksbClients (a higher priority) where a test adds it.
 */
@Alternative
@Priority(2)
@Dependent
public class LoggingTestBksbClients extends BksbClients {
  @jakarta.inject.Inject
  public LoggingTestBksbClients(SeEnvironment env) {
    super(TestBksbClients.SETTINGS, new SeCallLog(env.db));
  }
}

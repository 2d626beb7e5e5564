package org.bksbbridge.bksb;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class CallMetricsTest {
  private static BksbCall call(String path, int status) {
    return new BksbCall(Instant.now(), "C", null, "GET", path, status, 5, 1, null);
  }

  @Test
  void endpointsFoldIdsAndDropTheBaseAndQuery() {
    assertEquals(
        "GET api/results/initialAssessment/{id}/all",
        CallMetrics.endpoint(
            call("/bksb-sandbox/api/results/initialAssessment/42/all?page=2", 200)));
    assertEquals(
        "GET api/users/user/getUserId",
        CallMetrics.endpoint(call("/api/users/user/getUserId?username=ada.l", 200)));
  }

  @Test
  void outcomesKeepRateLimitsApart() {
    assertEquals("2xx", CallMetrics.outcome(200));
    assertEquals("429", CallMetrics.outcome(429));
    assertEquals("4xx", CallMetrics.outcome(404));
    assertEquals("5xx", CallMetrics.outcome(503));
    assertEquals("error", CallMetrics.outcome(0));
  }
}

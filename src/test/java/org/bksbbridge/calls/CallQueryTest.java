package org.bksbbridge.calls;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import org.bksbbridge.bksb.CallLog;
import org.bksbbridge.refusal.Refusal;
import org.junit.jupiter.api.Test;

class CallQueryTest {
  private static CallQuery.Checked check(
      String execution, String status, String endpoint, String page, String size) {
    return new CallQuery(execution, status, endpoint, page, size).check("C");
  }

  @Test
  void blankFiltersDoNotFilter() {
    CallQuery.Checked c = check(" ", "", null, null, null);
    assertEquals(new CallLog.Filter("C", null, null, null, null), c.filter());
    assertEquals(1, c.page());
    assertEquals(CallQuery.DEFAULT_SIZE, c.size());
  }

  @Test
  void statusesByWordOrNumber() {
    assertEquals(true, check(null, "OK", null, null, null).filter().ok());
    assertEquals(false, check(null, "failed", null, null, null).filter().ok());
    assertEquals(0, check(null, "none", null, null, null).filter().status());
    assertEquals(429, check(null, " 429 ", null, null, null).filter().status());
    assertEquals(null, check(null, "429", null, null, null).filter().ok());
  }

  @Test
  void endpointsAreFoldedAsTheLogStoresThem() {
    assertEquals(
        "/users/search", check(null, null, "users/search", null, null).filter().endpoint());
    assertEquals(
        "/results/initialAssessment/{id}/all",
        check(null, null, "/bksb-sandbox/api/results/initialAssessment/5/all?page=1", null, null)
            .filter()
            .endpoint());
  }

  @Test
  void everyBadFieldIsNamedAtOnce() {
    Refusal r =
        assertThrows(Refusal.class, () -> check("x", "teapot", "/" + "a".repeat(300), "0", "201"));
    assertEquals(Refusal.Kind.INVALID, r.kind());
    assertEquals(
        java.util.Set.of("executionId", "status", "endpoint", "page", "size"), r.fields().keySet());
    assertThrows(Refusal.class, () -> check("0", null, null, null, null));
    assertThrows(Refusal.class, () -> check(null, "99", null, null, null));
    assertThrows(Refusal.class, () -> check(null, "600", null, null, null));
    // Paging stops at the newest MAX_OFFSET calls: 2,000 pages of 50, 500 of 200.
    assertEquals(2000, check(null, null, null, "2000", null).page());
    assertThrows(Refusal.class, () -> check(null, null, null, "2001", null));
    assertThrows(Refusal.class, () -> check(null, null, null, "501", "200"));
    assertEquals(
        Map.of("executionId", "must be a job execution id (a whole number from 1)"),
        assertThrows(Refusal.class, () -> check("-3", null, null, null, null)).fields());
  }
}

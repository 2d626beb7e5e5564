package org.bksbbridge.bksb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.bksbbridge.refusal.Refusal;
import org.junit.jupiter.api.Test;

/** Which bksb failures are the account's, and how a service names them to its caller. */
class BksbApiExceptionTest {
  private static BksbApiException failed(int status, boolean keys) {
    BksbApiException e = new BksbApiException("what bksb said", status, null);
    // The keys' refusal is now decided by the status itself.
    assertEquals(keys, e.credentialsRejected(), "status " + status);
    return e;
  }

  @Test
  void refusedKeysAndNoAnswerAreTheAccountsOtherRefusalsTheCalls() {
    assertTrue(failed(401, true).accountWide());
    assertTrue(failed(403, true).accountWide());
    for (int status : new int[] {0, 408, 429, 500, 503}) {
      assertTrue(failed(status, false).unanswered(), "status " + status);
      assertTrue(failed(status, false).accountWide(), "status " + status);
    }
    assertFalse(failed(400, false).accountWide());
    assertFalse(failed(404, false).accountWide());
  }

  @Test
  void theRefusalNamesTheCentresAccountProblem() {
    Refusal keys = failed(401, true).refusal("NORTH");
    assertEquals(Refusal.Kind.BKSB_FAILED, keys.kind());
    assertEquals("bksb refused the access key of centre NORTH: what bksb said", keys.getMessage());
    assertTrue(
        failed(0, false)
            .refusal("NORTH")
            .getMessage()
            .startsWith("bksb did not answer for centre"));
    assertEquals("bksb: what bksb said", failed(400, false).refusal("NORTH").getMessage());
  }
}

package org.bksbbridge.bksb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import org.bksbbridge.bksb.BksbApiException.Kind;
import org.junit.jupiter.api.Test;

/** The one mapping from bksb's answer to what a failure means, which features then rely on. */
class BksbApiExceptionKindTest {
  @Test
  void eachStatusHasItsKind() {
    assertEquals(Kind.REFUSED_CREDENTIALS, Kind.of(401));
    assertEquals(Kind.REFUSED_CREDENTIALS, Kind.of(403));
    for (int status : new int[] {400, 404, 405, 409, 410, 422}) {
      assertEquals(Kind.REJECTED_REQUEST, Kind.of(status), "status " + status);
    }
    assertEquals(Kind.RATE_LIMITED, Kind.of(429));
    for (int status : new int[] {408, 500, 502, 503, 504}) {
      assertEquals(Kind.TRANSIENT, Kind.of(status), "status " + status);
    }
    assertEquals(Kind.UNAVAILABLE, Kind.of(0));
    assertEquals(Kind.UNEXPECTED_ANSWER, Kind.of(200));
    assertEquals(Kind.UNEXPECTED_ANSWER, Kind.of(302));
  }

  @Test
  void noAnswerIsUnavailableOnlyWhenTheCallCannotHaveArrived() {
    assertEquals(Kind.UNAVAILABLE, Kind.of(new ConnectException("Connection refused")));
    assertEquals(Kind.TRANSIENT, Kind.of(new SocketTimeoutException("Read timed out")));
    assertEquals(Kind.TRANSIENT, Kind.of(new IOException("Connection reset")));
    assertEquals(Kind.TRANSIENT, Kind.of((Throwable) null));
  }

  @Test
  void theKindSaysWhetherTheAccountFailed() {
    for (Kind k : new Kind[] {Kind.RATE_LIMITED, Kind.TRANSIENT, Kind.UNAVAILABLE}) {
      assertTrue(k.unanswered(), k.name());
      assertTrue(k.accountWide(), k.name());
    }
    assertFalse(Kind.REFUSED_CREDENTIALS.unanswered());
    assertTrue(Kind.REFUSED_CREDENTIALS.accountWide());
    for (Kind k : new Kind[] {Kind.REJECTED_REQUEST, Kind.UNEXPECTED_ANSWER}) {
      assertFalse(k.unanswered(), k.name());
      assertFalse(k.accountWide(), k.name());
    }
  }

  @Test
  void anExceptionMadeFromAStatusCarriesItsKind() {
    BksbApiException e = new BksbApiException("bksb answered 503", 503, null);
    assertEquals(Kind.TRANSIENT, e.kind());
    assertEquals(503, e.status());
  }
}

package org.bksbbridge.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.bksbbridge.refusal.Refusal;
import org.junit.jupiter.api.Test;

/** The REST edge is the one place a refusal's kind becomes an HTTP status. */
class RefusalStatusTest {
  @Test
  void eachKindHasItsStatus() {
    assertEquals(400, ErrorMappers.Api.status(Refusal.Kind.INVALID));
    assertEquals(403, ErrorMappers.Api.status(Refusal.Kind.FORBIDDEN));
    assertEquals(404, ErrorMappers.Api.status(Refusal.Kind.NOT_FOUND));
    assertEquals(409, ErrorMappers.Api.status(Refusal.Kind.CONFLICT));
    assertEquals(413, ErrorMappers.Api.status(Refusal.Kind.TOO_LARGE));
    assertEquals(502, ErrorMappers.Api.status(Refusal.Kind.BKSB_FAILED));
    assertEquals(503, ErrorMappers.Api.status(Refusal.Kind.UNAVAILABLE));
  }

  @Test
  void theErrorBodyCarriesTheFieldProblems() {
    var r = new ErrorMappers.Api().toResponse(Refusal.invalid("partitions", "must be 1 to 32"));
    assertEquals(400, r.getStatus());
    assertEquals("must be 1 to 32", ((ErrorBody) r.getEntity()).fields().get("partitions"));
  }
}

package org.bksbbridge.bksb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.enterprise.inject.spi.CDI;
import java.time.Instant;
import java.util.List;
import org.bksbbridge.testing.SeBatch;
import org.bksbbridge.testing.SeDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The call log's list: totals counted only so far, and pages named from the counted ids. */
class CallLogTest {
  private static final Instant T = Instant.parse("2026-11-20T10:00:00Z");

  private SeBatch se;
  private CallLog log;

  @BeforeEach
  void start() {
    se = new SeBatch(new SeDatabase());
    log = CDI.current().select(CallLog.class).get();
    SeCallLog recorder = new SeCallLog(se.db);
    // 25 calls a second apart, every fifth failed; two made at the same instant.
    for (int i = 1; i <= 25; i++) {
      recorder.record(
          new BksbCall(
              T.plusSeconds(i == 25 ? 24 : i),
              "NORTH",
              (long) (i <= 10 ? 1 : 2),
              "GET",
              "/api/users/search?page=" + i,
              i % 5 == 0 ? 503 : 200,
              10,
              1,
              null));
    }
    recorder.record(new BksbCall(T, "SOUTH", 3L, "GET", "/api/users/search", 200, 1, 1, null));
  }

  @AfterEach
  void stop() {
    se.close();
    se.db.close();
  }

  private static CallLog.Filter north(Boolean ok) {
    return new CallLog.Filter("NORTH", null, ok, null, null);
  }

  private static List<String> pages(List<BksbCall> calls) {
    return calls.stream().map(c -> c.path().substring(c.path().indexOf('=') + 1)).toList();
  }

  @Test
  void totalsAreExactUpToTheCountAndAtLeastBeyondIt() {
    CallLog.Page exact = log.page(north(null), 1, 5, 30);
    assertEquals(25, exact.total());
    assertTrue(exact.totalExact());

    CallLog.Page counted = log.page(north(null), 1, 5, 10);
    assertEquals(10, counted.total(), "counted to 10");
    assertFalse(counted.totalExact(), "and there are more");
    assertEquals(5, counted.items().size());

    // A page beyond the count is counted to its end.
    CallLog.Page deep = log.page(north(null), 4, 5, 10);
    assertEquals(20, deep.total());
    assertFalse(deep.totalExact());
    CallLog.Page last = log.page(north(null), 5, 5, 10);
    assertEquals(25, last.total());
    assertTrue(last.totalExact(), "the end was reached");
    assertEquals(List.of("5", "4", "3", "2"), pages(log.page(north(null), 6, 4, 10).items()));
    assertEquals(List.of("1"), pages(log.page(north(null), 7, 4, 10).items()));
  }

  @Test
  void newestFirstTiesByIdAndEachCallOnce() {
    List<String> all = pages(log.page(north(null), 1, 100).items());
    assertEquals(25, all.size());
    // 24 and 25 share an instant: the later recorded first.
    assertEquals(List.of("25", "24", "23"), all.subList(0, 3));
    List<String> paged = new java.util.ArrayList<>();
    for (int p = 1; p <= 9; p++) {
      paged.addAll(pages(log.page(north(null), p, 3, 4).items()));
    }
    assertEquals(all, paged);
  }

  @Test
  void filtersByOutcomeStatusExecutionAndEndpointWithinTheCentre() {
    assertEquals(5, log.page(north(false), 1, 100).total());
    assertEquals(20, log.page(north(true), 1, 100).total());
    assertEquals(5, log.page(new CallLog.Filter("NORTH", null, null, 503, null), 1, 100).total());
    assertEquals(10, log.page(new CallLog.Filter("NORTH", 1L, null, null, null), 1, 100).total());
    assertEquals(0, log.page(new CallLog.Filter("NORTH", 3L, null, null, null), 1, 100).total());
    assertEquals(
        25,
        log.page(new CallLog.Filter("NORTH", null, null, null, "/users/search"), 1, 100).total());
    assertEquals(
        3, log.page(new CallLog.Filter("NORTH", 2L, false, null, "/users/search"), 1, 9).total());
    assertEquals(1, log.page(new CallLog.Filter("SOUTH", null, null, null, null), 1, 9).total());
  }
}

package org.bksbbridge.calls;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.enterprise.inject.spi.CDI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.bksbbridge.bksb.BksbCall;
import org.bksbbridge.bksb.CallLog;
import org.bksbbridge.bksb.SeCallLog;
import org.bksbbridge.testing.SeBatch;
import org.bksbbridge.testing.SeDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The retention sweep deletes calls older than the cutoff, in batches, in every centre. */
class CallLogSweeperTest {
  private static final Instant NOW = Instant.parse("2026-11-20T10:00:00Z");

  private SeBatch se;
  private CallLog log;
  private SeCallLog recorder;

  @BeforeEach
  void start() {
    se = new SeBatch(new SeDatabase());
    log = CDI.current().select(CallLog.class).get();
    recorder = new SeCallLog(se.db);
  }

  @AfterEach
  void stop() {
    se.close();
    se.db.close();
  }

  private void call(String centre, Instant at) {
    recorder.record(
        new BksbCall(at, centre, 9L, "GET", "/api/users/search?page=1", 200, 12, 1, null));
  }

  private long calls(String centre) {
    return log.page(new CallLog.Filter(centre, null, null, null, null), 1, 1).total();
  }

  @Test
  void oldCallsOfEveryCentreGoInBatchesAndNewerOnesStay() {
    Instant cutoff = NOW.minus(Duration.ofDays(30));
    for (int i = 1; i <= 23; i++) {
      call(i % 2 == 0 ? "NORTH" : "SOUTH", cutoff.minus(Duration.ofHours(i)));
    }
    call("NORTH", cutoff);
    call("NORTH", cutoff.plusSeconds(1));
    call("SOUTH", NOW);

    // 23 old calls in batches of 5: five transactions, the last with 3.
    assertEquals(23, CallLogSweeper.sweep(log, cutoff, 5));
    assertEquals(2, calls("NORTH"), "the call at the cutoff and the later one");
    assertEquals(1, calls("SOUTH"));
    assertEquals(
        List.of(cutoff.plusSeconds(1), cutoff),
        log.page(new CallLog.Filter("NORTH", null, null, null, null), 1, 10).items().stream()
            .map(BksbCall::at)
            .toList());

    assertEquals(0, CallLogSweeper.sweep(log, cutoff, 5), "nothing left to delete");
  }

  @Test
  void eachBatchIsAtMostTheBatchSize() {
    for (int i = 1; i <= 12; i++) {
      call("NORTH", NOW.minus(Duration.ofDays(40)).plusSeconds(i));
    }
    assertEquals(5, log.deleteBefore(NOW, 5));
    assertEquals(7, calls("NORTH"));
    // The oldest go first.
    assertEquals(
        NOW.minus(Duration.ofDays(40)).plusSeconds(6),
        log.page(new CallLog.Filter("NORTH", null, null, null, null), 2, 6).items().get(0).at());
  }
}

package org.bksbbridge.sync.users;

import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.bksbbridge.bksb.BksbApiException;
import org.bksbbridge.bksb.WireUserPage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class PageAheadTest {
  private final ExecutorService threads = Executors.newSingleThreadExecutor();
  private final PageAhead ahead = new PageAhead();

  @AfterEach
  void stop() {
    threads.shutdownNow();
  }

  @Test
  void thePageIsFetchedBeforeTheReaderAsksForIt() throws Exception {
    WireUserPage page = new WireUserPage();
    CountDownLatch fetched = new CountDownLatch(1);
    ahead.start(
        threads,
        1,
        2,
        () -> {
          fetched.countDown();
          return page;
        });
    assertTrue(fetched.await(5, TimeUnit.SECONDS), "fetched without being asked");
    assertSame(page, ahead.take(1, 2));
    assertNull(ahead.take(1, 2), "taken once");
  }

  @Test
  void anotherPageIsNotTakenAndTheOneAheadIsDropped() {
    AtomicInteger calls = new AtomicInteger();
    ahead.start(
        threads,
        1,
        2,
        () -> {
          calls.incrementAndGet();
          return new WireUserPage();
        });
    assertNull(ahead.take(1, 3), "another page");
    assertNull(ahead.take(1, 2), "dropped when another was asked for");
    ahead.start(threads, 1, 2, WireUserPage::new);
    assertNull(ahead.take(2, 2), "another account's page 2");
  }

  @Test
  void aFailedFetchThrowsWhatTheClientThrew() {
    BksbApiException refused = new BksbApiException("bksb answered 503", 503, null);
    ahead.start(
        threads,
        1,
        2,
        () -> {
          throw refused;
        });
    assertSame(refused, assertThrows(BksbApiException.class, () -> ahead.take(1, 2)));
  }

  @Test
  void withNoThreadToSpareTheReaderFetchesThePageItself() {
    ahead.start(
        task -> {
          throw new RejectedExecutionException("stopping");
        },
        1,
        2,
        WireUserPage::new);
    assertNull(ahead.take(1, 2), "nothing fetched ahead: the reader calls bksb");
  }
}

package org.bksbbridge.sync.users;

import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Supplier;
import org.bksbbridge.bksb.WireUserPage;

/**
 * The next page of a listing, fetched on another thread while the chunk that holds the last page is
 * processed and written: the listing's calls and the database's writes overlap instead of taking
 * turns. Only the checkpointed page counts; a page fetched ahead that the reader never takes (a
 * rollback, a restart, a stop) is dropped.
 */
final class PageAhead {
  private CompletableFuture<WireUserPage> next;
  private long accountId;
  private int page;

  /** Starts fetching the account's page; any earlier one not taken is dropped. */
  void start(Executor executor, long accountId, int page, Supplier<WireUserPage> fetch) {
    drop();
    this.accountId = accountId;
    this.page = page;
    try {
      next = CompletableFuture.supplyAsync(fetch, executor);
    } catch (RejectedExecutionException e) {
      // No thread to spare (the application stopping): the reader fetches the page itself.
      next = null;
    }
  }

  /**
   * The account's page when it is the one fetched ahead (waiting for it if need be), else null. A
   * failed fetch throws what the fetch threw, as if the reader had called itself.
   */
  WireUserPage take(long accountId, int page) {
    if (next == null || this.accountId != accountId || this.page != page) {
      drop();
      return null;
    }
    CompletableFuture<WireUserPage> f = next;
    next = null;
    try {
      return f.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      if (e.getCause() instanceof Error err) {
        throw err;
      }
      throw e;
    } catch (CancellationException e) {
      return null;
    }
  }

  /**
   * Forgets the page fetched ahead. A call under way finishes on its own, retries included, and is
   * not read: its attempts still pass the account's rate gate and show in the call log.
   */
  void drop() {
    if (next != null) {
      next.cancel(false);
      next = null;
    }
  }
}

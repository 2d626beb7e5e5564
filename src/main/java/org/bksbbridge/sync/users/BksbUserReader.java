package org.bksbbridge.sync.users;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.Executor;
import org.bksbbridge.bksb.BksbApiException;
import org.bksbbridge.bksb.BksbClient;
import org.bksbbridge.bksb.BksbClients;
import org.bksbbridge.bksb.WireUser;
import org.bksbbridge.bksb.WireUserPage;

/**
 * Pages through each account's users into a buffer, handing the writer a {@link UserRecord} per
 * user and a {@link ListingComplete} after an account's last page. The checkpoint is (account,
 * page, users taken from that page, listing start), so a restart fetches the page again and goes on
 * after the last committed user. While a page's users are written, the next page is fetched ahead
 * ({@link PageAhead}). An account bksb will not list is skipped as a whole ({@link
 * AccountFailedException}) and the next one goes on.
 */
@Dependent
@Named("bksbUserReader")
public class BksbUserReader extends AbstractItemReader {
  @Inject
  @BatchProperty(name = "pageSize")
  String pageSize;

  @Inject AccountDirectory directory;
  @Inject BksbClients clients;
  @Inject JobContext job;
  @Inject Clock clock;
  @Inject Executor executor;

  private List<AccountDirectory.Account> accounts;
  private final Deque<WireUser> buffer = new ArrayDeque<>();
  private int account;
  private int page;
  private int taken;
  private int skipOnFetch;
  private boolean fetched;
  private boolean lastPage;
  private Instant listingStartedAt;
  private BksbClient client;
  private final PageAhead ahead = new PageAhead();

  @Override
  public void open(Serializable checkpoint) {
    accounts = directory.enabledAccounts();
    UsersCheckpoint c =
        checkpoint == null ? new UsersCheckpoint(0, 1, 0, null) : (UsersCheckpoint) checkpoint;
    account = 0;
    while (account < accounts.size() && accounts.get(account).id() < c.accountId()) {
      account++;
    }
    boolean same = account < accounts.size() && accounts.get(account).id() == c.accountId();
    // The checkpoint's account no longer enabled: the next one starts from its beginning.
    page = same ? c.page() : 1;
    skipOnFetch = same ? c.taken() : 0;
    listingStartedAt = same ? c.listingStartedAt() : null;
    taken = 0;
    fetched = false;
    client = null;
    buffer.clear();
    ahead.drop();
  }

  @Override
  public Object readItem() {
    while (account < accounts.size()) {
      if (!fetched) {
        fetch();
      }
      if (!buffer.isEmpty()) {
        taken++;
        return UserRecord.of(accounts.get(account).id(), buffer.poll());
      }
      if (lastPage) {
        ListingComplete done = new ListingComplete(accounts.get(account).id(), listingStartedAt);
        nextAccount();
        return done;
      }
      page++;
      taken = 0;
      fetched = false;
    }
    return null;
  }

  private void nextAccount() {
    account++;
    page = 1;
    taken = 0;
    fetched = false;
    listingStartedAt = null;
    client = null;
  }

  private void fetch() {
    AccountDirectory.Account a = accounts.get(account);
    if (listingStartedAt == null) {
      listingStartedAt = clock.instant();
    }
    WireUserPage p;
    try {
      if (client == null) {
        client = clients.forJob(a.connection(), job.getExecutionId());
      }
      p = ahead.take(a.id(), page);
      if (p == null) {
        p = client.users(page, Integer.parseInt(pageSize), null);
      }
    } catch (BksbApiException e) {
      // The client has retried already: this account waits for the next run, the others go on.
      nextAccount();
      throw new AccountFailedException(a.id(), a.centreIds(), e.getMessage());
    }
    buffer.clear();
    buffer.addAll(p.users);
    for (int i = 0; i < skipOnFetch && !buffer.isEmpty(); i++) {
      buffer.poll();
    }
    taken = skipOnFetch;
    skipOnFetch = 0;
    fetched = true;
    lastPage = p.pagination == null || !p.pagination.hasNext() || p.users.isEmpty();
    if (!lastPage) {
      BksbClient c = client;
      int following = page + 1;
      int size = Integer.parseInt(pageSize);
      ahead.start(executor, a.id(), following, () -> c.users(following, size, null));
    }
  }

  @Override
  public void close() {
    ahead.drop();
  }

  @Override
  public Serializable checkpointInfo() {
    long id = account < accounts.size() ? accounts.get(account).id() : Long.MAX_VALUE;
    return new UsersCheckpoint(id, page, taken + skipOnFetch, listingStartedAt);
  }
}

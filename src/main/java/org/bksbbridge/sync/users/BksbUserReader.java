package org.bksbbridge.sync.users;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import org.bksbbridge.bksb.BksbClient;
import org.bksbbridge.bksb.BksbClients;
import org.bksbbridge.bksb.WireUser;
import org.bksbbridge.bksb.WireUserPage;

/**
 * Pages through each account's users into a buffer. The checkpoint is (account, page, users taken
 * from that page), so a restart fetches the page again and goes on after the last committed user.
 */
@Dependent
@Named("bksbUserReader")
public class BksbUserReader extends AbstractItemReader {
  @Inject
  @BatchProperty(name = "pageSize")
  String pageSize;

  @Inject AccountDirectory directory;
  @Inject BksbClients clients;

  private List<AccountDirectory.Account> accounts;
  private final Deque<WireUser> buffer = new ArrayDeque<>();
  private int account;
  private int page;
  private int taken;
  private boolean lastPage;
  private BksbClient client;

  @Override
  public void open(Serializable checkpoint) {
    accounts = directory.enabledAccounts();
    UsersCheckpoint c =
        checkpoint == null ? new UsersCheckpoint(0, 1, 0) : (UsersCheckpoint) checkpoint;
    account = 0;
    while (account < accounts.size() && accounts.get(account).id() < c.accountId()) {
      account++;
    }
    boolean same = account < accounts.size() && accounts.get(account).id() == c.accountId();
    // The checkpoint's account no longer enabled: the next one starts from its beginning.
    page = same ? c.page() : 1;
    taken = 0;
    client = null;
    buffer.clear();
    if (account < accounts.size()) {
      fetch();
      int skip = same ? c.taken() : 0;
      for (int i = 0; i < skip && !buffer.isEmpty(); i++) {
        buffer.poll();
      }
      taken = skip;
    }
  }

  @Override
  public Object readItem() {
    while (account < accounts.size()) {
      if (!buffer.isEmpty()) {
        taken++;
        return UserRecord.of(accounts.get(account).id(), buffer.poll());
      }
      if (lastPage) {
        account++;
        page = 1;
        client = null;
      } else {
        page++;
      }
      taken = 0;
      if (account < accounts.size()) {
        fetch();
      }
    }
    return null;
  }

  private void fetch() {
    if (client == null) {
      client = clients.client(accounts.get(account).connection());
    }
    WireUserPage p = client.users(page, Integer.parseInt(pageSize), null);
    buffer.clear();
    buffer.addAll(p.users);
    lastPage = p.pagination == null || !p.pagination.hasNext() || p.users.isEmpty();
  }

  @Override
  public Serializable checkpointInfo() {
    long id = account < accounts.size() ? accounts.get(account).id() : Long.MAX_VALUE;
    return new UsersCheckpoint(id, page, taken);
  }
}

package org.bksbbridge.sync.users;

import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Upserts a chunk of bksb users on (account, bksb user id): one indexed query per account finds the
 * existing rows, new rows are inserted as seen by this run, only changed rows are written, and one
 * statement stamps the chunk's other users as seen now. A completed listing is noted on its
 * account, so users it did not see can be marked gone.
 */
@Dependent
@Named("bksbUserWriter")
public class BksbUserWriter extends AbstractItemWriter {
  @Inject EntityManager em;
  @Inject BksbUserRepository users;
  @Inject JobContext job;
  @Inject Clock clock;

  @Override
  public void writeItems(List<Object> items) {
    Map<Long, Map<Long, UserRecord>> byAccount = new LinkedHashMap<>();
    List<ListingComplete> completed = new ArrayList<>();
    for (Object o : items) {
      if (o instanceof ListingComplete done) {
        completed.add(done);
        continue;
      }
      UserRecord u = (UserRecord) o;
      byAccount.computeIfAbsent(u.accountId(), k -> new LinkedHashMap<>()).put(u.bksbUserId(), u);
    }
    var now = clock.instant();
    for (var e : byAccount.entrySet()) {
      long accountId = e.getKey();
      Map<Long, BksbUser> existing = new HashMap<>();
      users
          .byIds(accountId, e.getValue().keySet())
          .forEach(u -> existing.put(u.getBksbUserId(), u));
      for (UserRecord r : e.getValue().values()) {
        BksbUser u = existing.get(r.bksbUserId());
        if (u == null) {
          // Inserted seen: a first import writes each row once, with no stamping update after.
          u = new BksbUser(accountId, r.bksbUserId());
          u.apply(r, now);
          u.seen(job.getInstanceId(), now);
          users.add(u);
        } else {
          u.apply(r, now);
        }
      }
      users.flush();
      if (existing.isEmpty()) {
        continue;
      }
      // Never back in time: a slower overlapping run must not undo a later sighting.
      users.stampSeen(accountId, existing.keySet(), job.getInstanceId(), now);
    }
    for (ListingComplete done : completed) {
      BksbAccount account = em.find(BksbAccount.class, done.accountId());
      if (account != null) {
        account.listingCompleted(done.startedAt(), now);
      }
    }
  }
}

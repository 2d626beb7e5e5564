package org.bksbbridge.server;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/** The server_heartbeat table: each server's start and last sign of life. */
@ApplicationScoped
public class ServerHeartbeats {
  @Inject EntityManager em;

  /** A server's row as others read it. */
  public record Seen(Instant startedAt, Instant lastSeen) {}

  /** This server is alive now, and has been since it started. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void beat(String server, Instant startedAt, Instant now) {
    ServerHeartbeat row = em.find(ServerHeartbeat.class, server);
    if (row == null) {
      em.persist(new ServerHeartbeat(server, startedAt, now));
    } else {
      row.beat(startedAt, now);
    }
  }

  /** Every server that ever beat, by name. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public Map<String, Seen> all() {
    Map<String, Seen> out = new HashMap<>();
    em.createQuery("select h from ServerHeartbeat h", ServerHeartbeat.class)
        .getResultList()
        .forEach(h -> out.put(h.getServer(), new Seen(h.getStartedAt(), h.getLastSeen())));
    return out;
  }
}

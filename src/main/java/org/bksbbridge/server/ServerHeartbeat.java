package org.bksbbridge.server;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One server sharing the database and its last sign of life. {@code startedAt} tells a server that
 * started again from one that never stopped: what it ran before that start died with it.
 */
@Entity
@Table(name = "server_heartbeat")
public class ServerHeartbeat {
  @Id
  @Column(name = "server", length = 200)
  private String server;

  @Column(name = "started_at", nullable = false)
  private Instant startedAt;

  @Column(name = "last_seen", nullable = false)
  private Instant lastSeen;

  protected ServerHeartbeat() {}

  ServerHeartbeat(String server, Instant startedAt, Instant lastSeen) {
    this.server = server;
    this.startedAt = startedAt;
    this.lastSeen = lastSeen;
  }

  void beat(Instant started, Instant now) {
    this.startedAt = started;
    this.lastSeen = now;
  }

  public String getServer() {
    return server;
  }

  public Instant getStartedAt() {
    return startedAt;
  }

  public Instant getLastSeen() {
    return lastSeen;
  }
}

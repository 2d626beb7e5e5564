package org.bksbbridge.access;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * Marks the default grants as written, once per database: defaults an administrator removed stay
 * removed after a restart. Its key is the lock when two servers start at once.
 */
@Entity
@Table(name = "access_seed")
public class AccessSeed {
  static final int DEFAULTS = 1;

  @Id
  @Column(name = "id")
  private int id;

  @Column(name = "seeded_at", nullable = false)
  private Instant seededAt;

  protected AccessSeed() {}

  AccessSeed(int id, Instant seededAt) {
    this.id = id;
    this.seededAt = seededAt;
  }
}

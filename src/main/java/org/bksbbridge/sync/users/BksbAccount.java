package org.bksbbridge.sync.users;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import jakarta.persistence.UniqueConstraint;
import java.time.Instant;

/** A bksb account: one API URL and access key, shared by every centre configured with both. */
@Entity
@Table(
    name = "bksb_account",
    uniqueConstraints =
        @UniqueConstraint(
            name = "uk_bksb_account",
            columnNames = {"access_key_id", "api_url"}))
public class BksbAccount {
  @Id
  @GeneratedValue(strategy = GenerationType.TABLE, generator = "accountIds")
  @TableGenerator(name = "accountIds", table = "id_sequence", allocationSize = 10)
  private Long id;

  @Column(name = "api_url", length = 500, nullable = false)
  private String apiUrl;

  @Column(name = "access_key_id", length = 100, nullable = false)
  private String accessKeyId;

  @Column(name = "users_synced_at")
  private Instant usersSyncedAt;

  /** The start of the latest listing read to its end: users last seen before it are gone. */
  @Column(name = "complete_listing_started_at")
  private Instant completeListingStartedAt;

  protected BksbAccount() {}

  BksbAccount(String apiUrl, String accessKeyId) {
    this.apiUrl = apiUrl;
    this.accessKeyId = accessKeyId;
  }

  public Long getId() {
    return id;
  }

  /** Overlapping runs may finish in any order; the latest start wins. */
  void listingCompleted(Instant startedAt, Instant at) {
    if (completeListingStartedAt == null || completeListingStartedAt.isBefore(startedAt)) {
      completeListingStartedAt = startedAt;
    }
    usersSyncedAt = at;
  }

  Instant completeListingStartedAt() {
    return completeListingStartedAt;
  }
}

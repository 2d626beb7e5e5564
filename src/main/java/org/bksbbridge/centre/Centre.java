package org.bksbbridge.centre;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A centre, keyed by the short code its organisation chose (for example {@code NORTH}). */
@Entity
@Table(name = "centre")
public class Centre {
  @Id
  @Column(name = "id", length = 32)
  private String id;

  @Column(name = "name", length = 200, nullable = false)
  private String name;

  /** Whether the organisation holds a bksb licence for this centre (the seeds' licence gate). */
  @Column(name = "bksb_licensed", nullable = false)
  private boolean bksbLicensed;

  @Version
  @Column(name = "version")
  private long version;

  protected Centre() {}

  public Centre(String id) {
    this.id = id;
  }

  public String getId() {
    return id;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public boolean isBksbLicensed() {
    return bksbLicensed;
  }

  public void setBksbLicensed(boolean bksbLicensed) {
    this.bksbLicensed = bksbLicensed;
  }
}

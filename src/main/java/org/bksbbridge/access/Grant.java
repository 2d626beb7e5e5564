package org.bksbbridge.access;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Index;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;
import org.bksbbridge.security.Caller;

/**
 * One command granted to one group or user, in one centre or in all ({@link #ALL_CENTRES}). The key
 * is the whole grant, so granting twice is one row.
 */
@Entity
@IdClass(Grant.Key.class)
@Table(
    name = "access_grant",
    indexes = @Index(name = "access_grant_grantee", columnList = "grantee"))
public class Grant {
  /** The centre column's value for a grant in every centre; no centre id can be "*". */
  public static final String ALL_CENTRES = "*";

  @Id
  @Enumerated(EnumType.STRING)
  @Column(name = "grantee_kind", length = 5)
  private GranteeKind kind;

  @Id
  @Column(name = "grantee", length = 256)
  private String grantee;

  @Id
  @Column(name = "centre_id", length = 32)
  private String centreId;

  @Id
  @Enumerated(EnumType.STRING)
  @Column(name = "command", length = 40)
  private Command command;

  @Column(name = "granted_by", length = 256)
  private String grantedBy;

  @Column(name = "granted_at", nullable = false)
  private Instant grantedAt;

  protected Grant() {}

  public Grant(
      GranteeKind kind,
      String grantee,
      String centreId,
      Command command,
      String grantedBy,
      Instant grantedAt) {
    this.kind = kind;
    this.grantee = grantee;
    this.centreId = centreId;
    this.command = command;
    this.grantedBy = grantedBy;
    this.grantedAt = grantedAt;
  }

  public GranteeKind getKind() {
    return kind;
  }

  public String getGrantee() {
    return grantee;
  }

  public String getCentreId() {
    return centreId;
  }

  public Command getCommand() {
    return command;
  }

  public String getGrantedBy() {
    return grantedBy;
  }

  public Instant getGrantedAt() {
    return grantedAt;
  }

  public boolean allCentres() {
    return ALL_CENTRES.equals(centreId);
  }

  /** Whether this grant is the caller's, by name or by one of its groups. */
  public boolean heldBy(Caller caller) {
    return kind == GranteeKind.USER
        ? grantee.equals(caller.name())
        : caller.groups().contains(grantee);
  }

  /** The composite key. */
  public static class Key implements Serializable {
    private static final long serialVersionUID = 1L;

    GranteeKind kind;
    String grantee;
    String centreId;
    Command command;

    public Key() {}

    @Override
    public boolean equals(Object o) {
      return o instanceof Key k
          && kind == k.kind
          && Objects.equals(grantee, k.grantee)
          && Objects.equals(centreId, k.centreId)
          && command == k.command;
    }

    @Override
    public int hashCode() {
      return Objects.hash(kind, grantee, centreId, command);
    }
  }
}

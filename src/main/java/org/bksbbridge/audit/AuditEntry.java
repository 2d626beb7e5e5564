package org.bksbbridge.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import java.time.Instant;
import org.bksbbridge.persistence.Columns;

/**
 * One audit entry. Append-only: nothing here changes a field after construction, and {@link
 * AuditLog} has no update or delete. Never holds a secret or a sign-in link.
 */
@Entity
@Table(
    name = "audit_entry",
    indexes = {
      // Newest first within a centre, alone or by action: Derby cannot read an index backwards.
      @Index(name = "ix_audit_centre_at", columnList = "centre_id,recorded_at DESC,id DESC"),
      @Index(
          name = "ix_audit_centre_action",
          columnList = "centre_id,action,recorded_at DESC,id DESC")
    })
public class AuditEntry {
  static final int ACTOR_MAX = 256;
  static final int ADDRESS_MAX = 64;
  static final int VIA_MAX = 100;
  static final int VALUE_MAX = 200;

  @Id
  @GeneratedValue(strategy = GenerationType.TABLE, generator = "auditIds")
  @TableGenerator(name = "auditIds", table = "id_sequence", allocationSize = 50)
  private Long id;

  @Column(name = "recorded_at", nullable = false)
  private Instant recordedAt;

  @Column(name = "actor", length = ACTOR_MAX, nullable = false)
  private String actor;

  @Column(name = "client_address", length = ADDRESS_MAX)
  private String clientAddress;

  @Column(name = "via", length = VIA_MAX)
  private String via;

  @Enumerated(EnumType.STRING)
  @Column(name = "action", length = 40, nullable = false)
  private AuditAction action;

  @Column(name = "centre_id", length = 32)
  private String centreId;

  @Column(name = "learner_reference", length = 50)
  private String reference;

  @Column(name = "bksb_user_id")
  private Long bksbUserId;

  @Column(name = "field_name", length = 64)
  private String field;

  @Column(name = "old_value", length = VALUE_MAX)
  private String oldValue;

  @Column(name = "new_value", length = VALUE_MAX)
  private String newValue;

  protected AuditEntry() {}

  AuditEntry(Instant at, Actor by, AuditEvent e) {
    this.recordedAt = at;
    this.actor = Columns.clip(by.name(), ACTOR_MAX);
    this.clientAddress = Columns.clip(by.address(), ADDRESS_MAX);
    this.via = Columns.clip(by.via(), VIA_MAX);
    this.action = e.action();
    this.centreId = e.centreId();
    this.reference = e.reference();
    this.bksbUserId = e.bksbUserId();
    this.field = e.field();
    this.oldValue = Columns.clip(e.oldValue(), VALUE_MAX);
    this.newValue = Columns.clip(e.newValue(), VALUE_MAX);
  }

  public Long getId() {
    return id;
  }

  public Instant getRecordedAt() {
    return recordedAt;
  }

  public String getActor() {
    return actor;
  }

  public String getClientAddress() {
    return clientAddress;
  }

  public String getVia() {
    return via;
  }

  public AuditAction getAction() {
    return action;
  }

  public String getCentreId() {
    return centreId;
  }

  public String getReference() {
    return reference;
  }

  public Long getBksbUserId() {
    return bksbUserId;
  }

  public String getField() {
    return field;
  }

  public String getOldValue() {
    return oldValue;
  }

  public String getNewValue() {
    return newValue;
  }
}

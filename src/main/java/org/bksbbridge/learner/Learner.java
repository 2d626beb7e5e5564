package org.bksbbridge.learner;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import jakarta.persistence.UniqueConstraint;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A learner or applicant of one centre, keyed naturally by (centre, the MIS's own reference).
 *
 * <p>The unique key leads with {@code reference} because bulk upserts look rows up with {@code
 * reference IN (...)}: Derby only probes an index with an IN list on its leading column.
 *
 * <p>Its queries are named here and run by {@link LearnerRepository} alone.
 */
@Entity
@NamedQuery(
    name = "Learner.countEligibleInCentre",
    query = "select count(l) from Learner l where l.centreId = :centre and " + Eligibility.JPQL)
@NamedQuery(
    name = "Learner.byReferences",
    query = "select l from Learner l where l.reference in :refs and l.centreId = :centre")
@NamedQuery(
    name = "Learner.byReference",
    query = "select l from Learner l where l.reference = :ref and l.centreId = :centre")
@NamedQuery(
    name = "Learner.liveOfWebUsername",
    query =
        "select l from Learner l where l.webUsername = :me and l.systemStatus = :live"
            + " order by l.centreId, l.reference")
@NamedQuery(
    name = "Learner.liveWebUsernames",
    query =
        "select l.webUsername from Learner l where l.webUsername = :me"
            + " and l.systemStatus = :live")
@NamedQuery(
    name = "Learner.unlinkedEligibleWindow",
    query = "select l" + Learner.UNLINKED_WINDOW + " order by l.id")
@NamedQuery(
    name = "Learner.unlinkedFieldsWindow",
    query = "select " + Learner.MATCH_FIELDS + Learner.UNLINKED_WINDOW + " order by l.id")
@NamedQuery(
    name = "Learner.unlinkedFieldsChangedWindow",
    query =
        "select "
            + Learner.MATCH_FIELDS
            + Learner.UNLINKED_WINDOW
            + " and l.updatedAt >= :since order by l.id")
@NamedQuery(
    name = "Learner.maxIdInRange",
    query =
        "select max(l.id) from Learner l where l.centreId = :c and l.id >= :from and l.id < :to")
@NamedQuery(
    name = "Learner.idBounds",
    query = "select min(l.id), max(l.id) from Learner l where l.centreId in :c")
@NamedQuery(
    name = "Learner.maxIdInCentres",
    query = "select max(l.id) from Learner l where l.centreId in :c")
@NamedQuery(
    name = "Learner.countUnlinkedEligible",
    query =
        "select count(l) from Learner l where l.centreId = :c and "
            + Eligibility.JPQL
            + " and not exists (select k.id from BksbLink k where k.learnerId = l.id)")
@NamedQuery(
    name = "Learner.verifiedByEmails",
    query =
        "select l.email, l.id from Learner l where l.email in :e and l.centreId = :c"
            + " and l.emailVerified = true")
@NamedQuery(
    name = "Learner.emailSharedInCentre",
    query =
        "select l.id from Learner l where l.email = :e and l.centreId = :c"
            + " and l.emailVerified = true and l.id <> :me")
@NamedQuery(name = "Learner.kindOf", query = "select l.kind from Learner l where l.id = :l")
@Table(
    name = "learner",
    uniqueConstraints =
        @UniqueConstraint(
            name = "uk_learner_ref_centre",
            columnNames = {"reference", "centre_id"}),
    indexes = {
      @Index(
          name = "ix_learner_centre_name",
          columnList = "centre_id,last_name,first_name,reference"),
      // Matching by email asks whether another learner of the centre has the same address.
      @Index(name = "ix_learner_email", columnList = "email,centre_id"),
      // Jobs and reports walk a centre's learners by windows of ids (persistence.IdWindows).
      @Index(name = "ix_learner_centre_id", columnList = "centre_id,id"),
      // A signed-in learner's own records are found by their web username, in every centre.
      @Index(name = "ix_learner_web_username", columnList = "web_username")
    })
public class Learner {
  /**
   * The columns matching reads ({@link LearnerRepository.Unlinked}: the id, then {@link
   * LearnerFields} in its order, then the reference). A constant, as annotations need;
   * LearnerFieldsTest holds it to the record's names.
   */
  static final String MATCH_FIELDS =
      "l.id, l.kind, l.firstName, l.lastName, l.email, l.emailVerified, l.webUsername,"
          + " l.dateOfBirth, l.systemStatus, l.startDate, l.endDate, l.bksbUser, l.bksbUsername,"
          + " l.reference";

  /** Eligible learners of a centre without a link, in a window of ids. */
  static final String UNLINKED_WINDOW =
      " from Learner l where l.centreId = :c and l.id > :after and l.id <= :upTo"
          + " and "
          + Eligibility.JPQL
          + " and not exists (select k.id from BksbLink k where k.learnerId = l.id)";

  @Id
  @GeneratedValue(strategy = GenerationType.TABLE, generator = "learnerIds")
  // Allocated ids keep inserts in JDBC batches; IDENTITY would send one INSERT per row.
  @TableGenerator(name = "learnerIds", table = "id_sequence", allocationSize = 500)
  private Long id;

  @Column(name = "centre_id", length = 32, nullable = false)
  private String centreId;

  @Column(name = "reference", length = 50, nullable = false)
  private String reference;

  @Enumerated(EnumType.STRING)
  @Column(name = "kind", length = 16, nullable = false)
  private LearnerKind kind;

  @Column(name = "first_name", length = 100, nullable = false)
  private String firstName;

  @Column(name = "last_name", length = 100, nullable = false)
  private String lastName;

  @Column(name = "email", length = 254)
  private String email;

  @Column(name = "email_verified", nullable = false)
  private boolean emailVerified;

  @Column(name = "web_username", length = 100)
  private String webUsername;

  @Column(name = "date_of_birth")
  private LocalDate dateOfBirth;

  @Enumerated(EnumType.STRING)
  @Column(name = "system_status", length = 16, nullable = false)
  private SystemStatus systemStatus;

  @Column(name = "start_date")
  private LocalDate startDate;

  @Column(name = "end_date")
  private LocalDate endDate;

  @Column(name = "bksb_user", nullable = false)
  private boolean bksbUser;

  @Column(name = "bksb_username", length = 100)
  private String bksbUsername;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  protected Learner() {}

  public Learner(String centreId, String reference) {
    this.centreId = centreId;
    this.reference = reference;
  }

  /** Copies validated fields in; returns whether anything changed. */
  public boolean apply(LearnerFields f, Instant now) {
    LearnerFields before = fields();
    if (f.equals(before)) {
      return false;
    }
    kind = f.kind();
    firstName = f.firstName();
    lastName = f.lastName();
    email = f.email();
    emailVerified = f.emailVerified();
    webUsername = f.webUsername();
    dateOfBirth = f.dateOfBirth();
    systemStatus = f.systemStatus();
    startDate = f.startDate();
    endDate = f.endDate();
    bksbUser = f.bksbUser();
    bksbUsername = f.bksbUsername();
    updatedAt = now;
    return true;
  }

  /**
   * Sets the bksb user flag and name alone, as a person corrects them before matching; returns
   * whether anything changed (only then is the learner updated now).
   */
  public boolean setBksbUser(boolean isBksbUser, String name, Instant now) {
    if (bksbUser == isBksbUser && Objects.equals(bksbUsername, name)) {
      return false;
    }
    bksbUser = isBksbUser;
    bksbUsername = name;
    updatedAt = now;
    return true;
  }

  public LearnerFields fields() {
    return new LearnerFields(
        kind,
        firstName,
        lastName,
        email,
        emailVerified,
        webUsername,
        dateOfBirth,
        systemStatus,
        startDate,
        endDate,
        bksbUser,
        bksbUsername);
  }

  public void archive(Instant now) {
    if (systemStatus != SystemStatus.ARCHIVED) {
      systemStatus = SystemStatus.ARCHIVED;
      updatedAt = now;
    }
  }

  public Long getId() {
    return id;
  }

  public String getCentreId() {
    return centreId;
  }

  public String getReference() {
    return reference;
  }

  public Instant getUpdatedAt() {
    return updatedAt;
  }
}

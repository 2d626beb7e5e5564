package org.bksbbridge.sync.users;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
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
import java.util.Locale;
import java.util.Objects;

/**
 * A user of a bksb account, as last fetched. The natural key leads with the bksb user id because
 * the writer looks a chunk up with {@code bksbUserId IN (...)}, which Derby can only probe on a
 * leading index column.
 *
 * <p>Its queries are named here and run by {@link BksbUserRepository} alone.
 */
@Entity
@NamedQuery(
    name = "BksbUser.byId",
    query = "select u from BksbUser u where u.bksbUserId = :id and u.accountId = :a")
@NamedQuery(
    name = "BksbUser.byIds",
    query = "select u from BksbUser u where u.bksbUserId in :ids and u.accountId = :a")
@NamedQuery(
    name = "BksbUser.byUsernameKey",
    query =
        "select u from BksbUser u where u.accountId = :a and u.usernameKey = :v and u.gone = false"
            + " order by u.bksbUserId")
@NamedQuery(
    name = "BksbUser.byEmailKey",
    query =
        "select u from BksbUser u where u.accountId = :a and u.emailKey = :v and u.gone = false"
            + " order by u.bksbUserId")
@NamedQuery(
    name = "BksbUser.byEmailLoose",
    query =
        "select u from BksbUser u where u.accountId = :a and u.emailLoose = :v and u.gone = false"
            + " order by u.bksbUserId")
@NamedQuery(
    name = "BksbUser.byNameAndBirth",
    query =
        "select u from BksbUser u where u.accountId = :a and u.nameKey = :n"
            + " and u.dateOfBirth = :d and u.gone = false order by u.bksbUserId")
@NamedQuery(
    name = "BksbUser.keyedByEmailKey",
    query =
        "select u.emailKey, u.bksbUserId, u.username from BksbUser u where u.emailKey"
            + " in :k and u.accountId = :a and u.gone = false")
@NamedQuery(
    name = "BksbUser.keyedByUsernameKey",
    query =
        "select u.usernameKey, u.bksbUserId, u.username from BksbUser u where u.usernameKey"
            + " in :k and u.accountId = :a and u.gone = false")
@NamedQuery(
    name = "BksbUser.withEmailLooseIn",
    query =
        "select u from BksbUser u where u.accountId = :a and u.emailLoose in :k and u.gone = false")
@NamedQuery(
    name = "BksbUser.withNameKeyIn",
    query =
        "select u from BksbUser u where u.accountId = :a and u.nameKey in :k and u.gone = false")
@NamedQuery(
    name = "BksbUser.unlinkedInCentre",
    query =
        "select u from BksbUser u where u.accountId = :a and u.gone = false and not exists"
            + " (select k.id from BksbLink k where k.bksbUserId = u.bksbUserId"
            + " and k.accountId = :a and k.centreId = :c) order by u.bksbUserId")
@NamedQuery(
    name = "BksbUser.stampSeen",
    query =
        "update BksbUser u set u.lastSeenRun = :run, u.lastSeenAt = :now"
            + " where u.bksbUserId in :ids and u.accountId = :a"
            + " and (u.lastSeenAt is null or u.lastSeenAt < :now)")
@NamedQuery(
    name = "BksbUser.unseen",
    query =
        "select u from BksbUser u where u.accountId = :a and u.gone = false"
            + " and (u.lastSeenAt is null or u.lastSeenAt < :cutoff) order by u.usernameKey")
@NamedQuery(
    name = "BksbUser.countUnseen",
    query =
        "select count(u) from BksbUser u where u.accountId = :a and u.gone = false"
            + " and (u.lastSeenAt is null or u.lastSeenAt < :cutoff)")
@NamedQuery(
    name = "BksbUser.countLive",
    query = "select count(u) from BksbUser u where u.accountId = :a and u.gone = false")
@NamedQuery(
    name = "BksbUser.markUnseenGone",
    query =
        "update BksbUser u set u.gone = true, u.updatedAt = :now"
            + " where u.accountId = :a and u.gone = false"
            + " and (u.lastSeenAt is null or u.lastSeenAt < :cutoff)")
@Table(
    name = "bksb_user",
    uniqueConstraints =
        @UniqueConstraint(
            name = "uk_bksb_user",
            columnNames = {"bksb_user_id", "account_id"}),
    indexes = {
      @Index(name = "ix_bksb_user_name", columnList = "username_key,account_id"),
      @Index(name = "ix_bksb_user_email", columnList = "email_key,account_id"),
      @Index(name = "ix_bksb_user_loose", columnList = "email_loose,account_id"),
      @Index(name = "ix_bksb_user_person", columnList = "name_key,date_of_birth,account_id")
    })
public class BksbUser {
  @Id
  @GeneratedValue(strategy = GenerationType.TABLE, generator = "bksbUserIds")
  @TableGenerator(name = "bksbUserIds", table = "id_sequence", allocationSize = 500)
  private Long id;

  @Column(name = "account_id", nullable = false)
  private long accountId;

  @Column(name = "bksb_user_id", nullable = false)
  private long bksbUserId;

  @Column(name = "username", length = 200)
  private String username;

  /** Lower-case user name, for matching without case. */
  @Column(name = "username_key", length = 200)
  private String usernameKey;

  @Column(name = "email", length = 254)
  private String email;

  /** Trimmed, lower-case email, for matching. */
  @Column(name = "email_key", length = 254)
  private String emailKey;

  /** Email without case, dots or +tags in the local part: for suggestions, never for matching. */
  @Column(name = "email_loose", length = 254)
  private String emailLoose;

  /** "first last" in lower case: with the date of birth, for suggestions. */
  @Column(name = "name_key", length = 201)
  private String nameKey;

  @Column(name = "first_name", length = 100)
  private String firstName;

  @Column(name = "last_name", length = 100)
  private String lastName;

  @Column(name = "date_of_birth")
  private LocalDate dateOfBirth;

  @Column(name = "gone", nullable = false)
  private boolean gone;

  /** The job instance that last saw the user in bksb's listing. */
  @Column(name = "last_seen_run", nullable = false)
  private long lastSeenRun;

  /** When a listing last saw the user; gone once a complete listing started after this. */
  @Column(name = "last_seen_at")
  private Instant lastSeenAt;

  @Column(name = "updated_at")
  private Instant updatedAt;

  protected BksbUser() {}

  /** A user found by name through bksb's getUserId, when the account's listing lacks it. */
  public static BksbUser foundByName(
      long accountId, long bksbUserId, String username, Instant now) {
    BksbUser u = new BksbUser(accountId, bksbUserId);
    u.apply(new UserRecord(accountId, bksbUserId, username, null, null, null, null), now);
    return u;
  }

  /** A user bksb-bridge just created, as it sent it: known before the next listing shows it. */
  public static BksbUser created(UserRecord sent, Instant now) {
    BksbUser u = new BksbUser(sent.accountId(), sent.bksbUserId());
    u.takeCreated(sent, now);
    return u;
  }

  /**
   * Takes what bksb-bridge sent for a user it just made: known better than an older record of the
   * same id (a user bksb merged away, a sandbox that forgot its users).
   */
  public void takeCreated(UserRecord sent, Instant now) {
    apply(sent, now);
    // Seen now: a listing that started before the creation must not mark it gone.
    lastSeenAt = now;
  }

  BksbUser(long accountId, long bksbUserId) {
    this.accountId = accountId;
    this.bksbUserId = bksbUserId;
  }

  /** Seen by this run of the listing now (a row inserted by it; others are stamped in bulk). */
  void seen(long run, Instant now) {
    lastSeenRun = run;
    lastSeenAt = now;
  }

  /** Takes bksb's values; returns whether anything changed (a row that did not is not written). */
  boolean apply(UserRecord u, Instant now) {
    boolean changed =
        gone
            || !Objects.equals(username, u.username())
            || !Objects.equals(email, u.email())
            || !Objects.equals(firstName, u.firstName())
            || !Objects.equals(lastName, u.lastName())
            || !Objects.equals(dateOfBirth, u.dateOfBirth());
    if (changed) {
      username = u.username();
      usernameKey = key(u.username());
      email = u.email();
      emailKey = key(u.email());
      emailLoose = loose(u.email());
      nameKey = nameKey(u.firstName(), u.lastName());
      firstName = u.firstName();
      lastName = u.lastName();
      dateOfBirth = u.dateOfBirth();
      gone = false;
      updatedAt = now;
    }
    return changed;
  }

  /** {@code Jo.Smith+bksb@X.ac.uk} and {@code josmith@x.ac.uk} are loosely the same address. */
  public static String loose(String email) {
    String e = key(email);
    if (e == null || e.indexOf('@') < 1) {
      return e;
    }
    String local = e.substring(0, e.indexOf('@'));
    int plus = local.indexOf('+');
    if (plus >= 0) {
      local = local.substring(0, plus);
    }
    return local.replace(".", "") + e.substring(e.indexOf('@'));
  }

  public static String nameKey(String first, String last) {
    return first == null || last == null ? null : key(first.strip() + " " + last.strip());
  }

  /** How emails and user names are compared: without outer spaces, in lower case (null: none). */
  public static String key(String s) {
    return s == null || s.isBlank() ? null : s.strip().toLowerCase(Locale.ROOT);
  }

  public long getAccountId() {
    return accountId;
  }

  public long getBksbUserId() {
    return bksbUserId;
  }

  public String getUsername() {
    return username;
  }

  public String getEmail() {
    return email;
  }

  public Instant getUpdatedAt() {
    return updatedAt;
  }

  public String getFirstName() {
    return firstName;
  }

  public String getLastName() {
    return lastName;
  }

  public LocalDate getDateOfBirth() {
    return dateOfBirth;
  }

  public boolean isGone() {
    return gone;
  }
}

package org.bksbbridge.access;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.Map;
import org.bksbbridge.refusal.Refusal;
import org.bksbbridge.security.Caller;
import org.bksbbridge.security.CurrentCaller;

/**
 * The one check: may this caller do this command in this centre, and which centres may it see.
 * Every service asks it before it reads or changes a centre's data. A centre the caller cannot see
 * is answered as one that does not exist (404), so no one learns which centres there are; a visible
 * centre without the command is 403 naming the command. A learner's own records are the one thing
 * seen without a grant ({@link #self}, {@link #isSelf}).
 */
@ApplicationScoped
public class CentreAccess {
  @Inject CurrentCaller callers;
  @Inject Grants grants;
  @Inject Instance<RequestGrants> perRequest;
  @Inject Instance<LearnerGroup> learners;

  public Caller caller() {
    return callers.get();
  }

  /** The caller's rights as stored when this request first asked. */
  public Effective effective() {
    RequestGrants cache = requestGrants();
    Effective e = cache == null ? null : cache.get();
    if (e == null) {
      Caller c = caller();
      e = Effective.of(c, grants.heldBy(c));
      if (cache != null) {
        cache.set(e);
      }
    }
    return e;
  }

  /** After the grants changed in this request, the next ask reads them again. */
  public void forget() {
    RequestGrants cache = requestGrants();
    if (cache != null) {
      cache.set(null);
    }
  }

  /** Null outside a request (a job's thread, tests without one): then nothing is kept. */
  private RequestGrants requestGrants() {
    if (!perRequest.isResolvable()) {
      return null;
    }
    try {
      RequestGrants cache = perRequest.get();
      cache.get();
      return cache;
    } catch (ContextNotActiveException noRequest) {
      return null;
    }
  }

  /** Throws unless the caller may do the command in the centre. */
  public void require(Command command, String centreId) {
    Effective e = effective();
    if (!e.sees(centreId)) {
      throw Refusal.notFound("no centre with id " + centreId);
    }
    if (!e.may(command, centreId)) {
      throw missing(command, "in centre " + centreId);
    }
  }

  /** Throws unless the caller may do the command in every centre (work across all of them). */
  public void requireAllCentres(Command command) {
    if (!effective().inAllCentres().contains(command)) {
      throw missing(command, "in all centres");
    }
  }

  /** Throws unless the caller may do the command in at least one centre. */
  public void requireSomeCentre(Command command) {
    if (!effective().mayAnywhere(command)) {
      throw missing(command, "in at least one centre");
    }
  }

  /**
   * Throws unless the caller may do the command where a job runs: one centre, or all centres when
   * {@code centreId} is null.
   */
  public void requireFor(Command command, String centreId) {
    if (centreId == null) {
      requireAllCentres(command);
    } else {
      require(command, centreId);
    }
  }

  /** Whether the caller sees the centre, or every centre when {@code centreId} is null. */
  public boolean sees(String centreId) {
    Effective e = effective();
    return centreId == null ? e.seesAllCentres() : e.sees(centreId);
  }

  public boolean may(Command command, String centreId) {
    return effective().may(command, centreId);
  }

  /**
   * The caller's registry user name, by which their own learner records name them (web username). A
   * learner needs no grant to see their own records: being that person is the permission, and the
   * identity is always the sign-in's, never a parameter. Not signed in: nobody's records.
   */
  public String self() {
    Caller c = caller();
    if (!c.signedIn()) {
      throw Refusal.notFound("you have no learner record here");
    }
    return c.name();
  }

  /**
   * Whether a record's web username names the caller: exactly, case included, as the registry gives
   * the name (a database comparing case-insensitively must not widen the match).
   */
  public boolean isSelf(String webUsername) {
    Caller c = caller();
    return c.signedIn() && webUsername != null && webUsername.equals(c.name());
  }

  /** Whether the caller may act as a learner ({@link LearnerOnly}): no staff, in the group. */
  public boolean isLearnerOnly() {
    return LearnerOnly.refusal(caller(), effective(), learnerGroup()) == null;
  }

  /**
   * Throws forbidden unless the caller may act as a learner ({@link LearnerOnly}): asked before any
   * record is read, so staff are refused whatever a learner record names.
   */
  public void requireLearnerOnly() {
    String why = LearnerOnly.refusal(caller(), effective(), learnerGroup());
    if (why != null) {
      throw Refusal.forbidden(why);
    }
  }

  /** The configured group; the default where no configuration is (tests outside the server). */
  private String learnerGroup() {
    return learners != null && learners.isResolvable()
        ? learners.get().name()
        : LearnerOnly.DEFAULT_GROUP;
  }

  /** Throws not-found unless the record is the caller's own: no one learns whose records exist. */
  public void requireSelf(String webUsername) {
    if (!isSelf(webUsername)) {
      throw Refusal.notFound("no learner record of yours with that reference");
    }
  }

  private static Refusal missing(Command command, String where) {
    return new Refusal(
        Refusal.Kind.FORBIDDEN,
        "your account lacks the command \"" + command.label() + "\" " + where,
        Map.of("command", command.label()));
  }
}

package org.bksbbridge.settings;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.security.enterprise.SecurityContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.bksbbridge.access.CentreAccess;
import org.bksbbridge.access.Command;
import org.bksbbridge.bksb.BksbApiException;
import org.bksbbridge.bksb.BksbClients;
import org.bksbbridge.bksb.BksbConnection;
import org.bksbbridge.centre.CentreService;
import org.bksbbridge.centre.CentreView;
import org.bksbbridge.persistence.WriteClash;
import org.bksbbridge.refusal.Refusal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Reads, changes and tries out a centre's bksb settings. */
@ApplicationScoped
public class SettingsService {
  @Inject EntityManager em;
  @Inject CentreService centres;
  @Inject CentreAccess access;
  @Inject SecretBox secrets;
  @Inject BksbClients clients;
  @Inject SecurityContext security;
  @Inject Clock clock;
  @Inject SettingsConnections connections;
  @Inject ApiUrlPolicy urls;

  /** Anyone who sees the centre sees its settings: secrets only as "set" or "not set". */
  public SettingsView get(String centreId) {
    access.require(Command.MODULE, centreId);
    centres.require(centreId);
    return SettingsView.of(find(centreId).orElse(new BksbSettings(centreId)));
  }

  /**
   * Applies the change, or refuses it naming the problem of every field ({@link
   * Refusal.Kind#INVALID}, message "invalid settings"); enabling a centre without a bksb licence is
   * a conflict.
   */
  @Transactional
  public SettingsView save(String centreId, SettingsChange change) {
    Objects.requireNonNull(change, "change");
    access.require(Command.EDIT_BKSB_SETTINGS, centreId);
    CentreView centre = centres.require(centreId);
    BksbSettings s = find(centreId).orElse(new BksbSettings(centreId));
    SettingsUpdate u = new SettingsUpdate(s, change, urls);
    if (!u.problems.isEmpty()) {
      throw Refusal.invalid("invalid settings", u.problems);
    }
    if (u.enabled && !centre.bksbLicensed()) {
      throw Refusal.conflict(
          "centre " + centreId + " has no bksb licence: set bksbLicensed on the centre first");
    }
    String sealedSecret = s.secretSealed;
    if (!u.secretKept) {
      sealedSecret = u.secret == null ? null : secrets.seal(u.secret, centreId);
    }
    String sealedPassword = s.defaultPasswordSealed;
    if (!u.passwordKept) {
      sealedPassword = u.password == null ? null : secrets.seal(u.password, centreId);
    }
    s.apply(
        u.sealedWith(
            sealedSecret,
            sealedPassword,
            clock.instant(),
            security.getCallerPrincipal() == null
                ? null
                : security.getCallerPrincipal().getName()));
    if (!em.contains(s)) {
      em.persist(s);
    }
    WriteClash.flush(
        em,
        "the bksb settings of centre "
            + centreId
            + " were changed by another request at the same moment: reload them and save again");
    return SettingsView.of(s);
  }

  /**
   * The problems {@link #save} would name in this change, per field, without saving anything: for
   * an edge that found problems of its own in what it read and answers them all at once, or a page
   * checking a form before it is sent. The licence is not checked here (it is not a field's).
   */
  public Map<String, String> problems(String centreId, SettingsChange change) {
    Objects.requireNonNull(change, "change");
    access.require(Command.EDIT_BKSB_SETTINGS, centreId);
    centres.require(centreId);
    BksbSettings s = find(centreId).orElse(new BksbSettings(centreId));
    return Collections.unmodifiableMap(new SettingsUpdate(s, change, urls).problems);
  }

  /**
   * Calls bksb with the stored keys; a failure is an answer, not an error. The answer is one of a
   * few fixed ones: the raw error ("Connection refused", a host's own message) would tell an open
   * port from a closed one.
   */
  public TestResult test(String centreId) {
    access.require(Command.EDIT_BKSB_SETTINGS, centreId);
    centres.require(centreId);
    BksbConnection c =
        connections
            .connection(centreId, true)
            .orElseThrow(
                () ->
                    Refusal.conflict("set apiUrl, accessKeyId and secretAccessKey before testing"));
    if (urls.check(c.apiUrl().toString()) instanceof ApiUrlPolicy.Refused) {
      // Stored before the policy (or before its allow-list changed): never called.
      return TestResult.of(Outcome.UNREACHABLE);
    }
    try {
      clients.client(c).usernameExists("bksb-bridge-connection-test");
      return TestResult.of(Outcome.AUTHENTICATED);
    } catch (BksbApiException e) {
      return TestResult.of(
          e.kind() == BksbApiException.Kind.REFUSED_CREDENTIALS
              ? Outcome.KEYS_REFUSED
              : Outcome.UNREACHABLE);
    }
  }

  /** What a connection test can answer, and nothing more. */
  @Schema(name = "TestOutcome")
  public enum Outcome {
    AUTHENTICATED("authenticated: bksb accepted the access key"),
    KEYS_REFUSED("keys refused: bksb did not accept the access key id and secret"),
    UNREACHABLE("bksb unreachable: no answer from bksb at the API URL; check it, or try later");

    final String message;

    Outcome(String message) {
      this.message = message;
    }
  }

  /** The answer of a connection test. */
  @Schema(name = "SettingsTestResult")
  public record TestResult(boolean ok, Outcome outcome, String message) {
    static TestResult of(Outcome o) {
      return new TestResult(o == Outcome.AUTHENTICATED, o, o.message);
    }
  }

  private Optional<BksbSettings> find(String centreId) {
    return Optional.ofNullable(em.find(BksbSettings.class, centreId));
  }
}

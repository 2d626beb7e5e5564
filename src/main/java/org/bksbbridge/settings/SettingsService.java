package org.bksbbridge.settings;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.security.enterprise.SecurityContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
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
import org.bksbbridge.refusal.Refusal;

/** Reads, changes and tries out a centre's bksb settings. */
@ApplicationScoped
public class SettingsService {
  static final String SECRET = "secretAccessKey";
  static final String PASSWORD = "defaultPassword";

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

  @Transactional
  public SettingsView save(String centreId, JsonObject body) {
    access.require(Command.EDIT_BKSB_SETTINGS, centreId);
    CentreView centre = centres.require(centreId);
    if (body == null) {
      throw Refusal.invalid("a JSON object body is required", Map.of());
    }
    BksbSettings s = find(centreId).orElse(new BksbSettings(centreId));
    SettingsRequest r = new SettingsRequest(body);
    boolean enabled = r.bool("enabled", s.enabled);
    String apiUrl = r.apiUrl("apiUrl", s.apiUrl, urls);
    String keyId = r.text("accessKeyId", s.accessKeyId, 100);
    String secret = r.text(SECRET, null, 200);
    String password = r.text(PASSWORD, null, 100);
    if (password != null && password.length() < 8) {
      r.problems.put(PASSWORD, "must be at least 8 characters");
    }
    // The stored secrets belong to the host and key they were saved for: pointing the settings
    // elsewhere without sending them again must not carry them along to the new host.
    boolean hostMoved = !sameUrl(apiUrl, s.apiUrl);
    boolean secretKept = !hostMoved && Objects.equals(keyId, s.accessKeyId) && !r.has(SECRET);
    boolean passwordKept = !hostMoved && !r.has(PASSWORD);
    boolean databridgeOff = r.bool("databridgeAcknowledged", s.databridgeAcknowledged);
    String learnerTags = r.tags("learnerTags", s.learnerTags);
    String applicantTags = r.tags("applicantTags", s.applicantTags);
    String linkUrl = r.url("linkButtonUrl", s.linkButtonUrl);
    boolean secretAfter = secretKept ? s.secretSealed != null : secret != null;
    if (enabled && !secretAfter && !r.has(SECRET) && s.secretSealed != null) {
      r.problems.put(
          SECRET, "must be sent again when apiUrl or accessKeyId changes (it is not carried over)");
    }
    if (enabled) {
      requireForEnabling(r, apiUrl, keyId, secretAfter, databridgeOff);
    }
    if (!r.problems.isEmpty()) {
      throw Refusal.invalid("invalid settings", r.problems);
    }
    if (enabled && !centre.bksbLicensed()) {
      throw Refusal.conflict(
          "centre " + centreId + " has no bksb licence: set bksbLicensed on the centre first");
    }
    String sealedSecret = s.secretSealed;
    if (!secretKept) {
      sealedSecret = secret == null ? null : secrets.seal(secret, centreId);
    }
    String sealedPassword = s.defaultPasswordSealed;
    if (!passwordKept) {
      sealedPassword = password == null ? null : secrets.seal(password, centreId);
    }
    s.apply(
        new BksbSettings.Change(
            enabled,
            apiUrl,
            keyId,
            sealedSecret,
            sealedPassword,
            r.bool("autoSendLoginDetails", s.autoSendLoginDetails),
            r.bool("autoEnrolCourses", s.autoEnrolCourses),
            r.bool("downloadDiagnosticResults", s.downloadDiagnosticResults),
            r.bool("logSyncApiCalls", s.logSyncApiCalls),
            learnerTags,
            applicantTags,
            linkUrl,
            databridgeOff,
            clock.instant(),
            security.getCallerPrincipal() == null
                ? null
                : security.getCallerPrincipal().getName()));
    if (!em.contains(s)) {
      em.persist(s);
    }
    return SettingsView.of(s);
  }

  private static void requireForEnabling(
      SettingsRequest r, String apiUrl, String keyId, boolean secretSet, boolean databridgeOff) {
    if (apiUrl == null) {
      r.problems.putIfAbsent("apiUrl", "is required to enable the integration");
    }
    if (keyId == null) {
      r.problems.putIfAbsent("accessKeyId", "is required to enable the integration");
    }
    if (!secretSet) {
      r.problems.putIfAbsent(SECRET, "is required to enable the integration");
    }
    if (!databridgeOff) {
      r.problems.putIfAbsent(
          "databridgeAcknowledged",
          "confirm that bksb's Databridge is switched off for this centre: running both"
              + " duplicates data");
    }
  }

  private static boolean sameUrl(String a, String b) {
    if (a == null || b == null) {
      return a == null && b == null;
    }
    return ApiUrlPolicy.normalise(a).equals(ApiUrlPolicy.normalise(b));
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
      return TestResult.of(e.credentialsRejected() ? Outcome.KEYS_REFUSED : Outcome.UNREACHABLE);
    }
  }

  /** What a connection test can answer, and nothing more. */
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
  public record TestResult(boolean ok, Outcome outcome, String message) {
    static TestResult of(Outcome o) {
      return new TestResult(o == Outcome.AUTHENTICATED, o, o.message);
    }
  }

  private Optional<BksbSettings> find(String centreId) {
    return Optional.ofNullable(em.find(BksbSettings.class, centreId));
  }
}

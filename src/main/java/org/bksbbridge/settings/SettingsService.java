package org.bksbbridge.settings;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.security.enterprise.SecurityContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import org.bksbbridge.api.ApiException;
import org.bksbbridge.bksb.BksbApiException;
import org.bksbbridge.bksb.BksbClients;
import org.bksbbridge.bksb.BksbConnection;
import org.bksbbridge.centre.CentreService;
import org.bksbbridge.centre.CentreView;
import org.bksbbridge.security.Permissions;

/** Reads, changes and tries out a centre's bksb settings. */
@ApplicationScoped
public class SettingsService {
  static final String SECRET = "secretAccessKey";
  static final String PASSWORD = "defaultPassword";

  @Inject EntityManager em;
  @Inject CentreService centres;
  @Inject Permissions permissions;
  @Inject SecretBox secrets;
  @Inject BksbClients clients;
  @Inject SecurityContext security;
  @Inject Clock clock;
  @Inject SettingsConnections connections;

  public SettingsView get(String centreId) {
    permissions.requireEditor();
    centres.require(centreId);
    return SettingsView.of(find(centreId).orElse(new BksbSettings(centreId)));
  }

  @Transactional
  public SettingsView save(String centreId, JsonObject body) {
    permissions.requireEditor();
    CentreView centre = centres.require(centreId);
    if (body == null) {
      throw ApiException.badRequest("a JSON object body is required", Map.of());
    }
    BksbSettings s = find(centreId).orElse(new BksbSettings(centreId));
    SettingsRequest r = new SettingsRequest(body);
    boolean enabled = r.bool("enabled", s.enabled);
    String apiUrl = r.url("apiUrl", s.apiUrl, true);
    String keyId = r.text("accessKeyId", s.accessKeyId, 100);
    String secret = r.text(SECRET, null, 200);
    String password = r.text(PASSWORD, null, 100);
    if (password != null && password.length() < 8) {
      r.problems.put(PASSWORD, "must be at least 8 characters");
    }
    boolean databridgeOff = r.bool("databridgeAcknowledged", s.databridgeAcknowledged);
    String learnerTags = r.tags("learnerTags", s.learnerTags);
    String applicantTags = r.tags("applicantTags", s.applicantTags);
    String linkUrl = r.url("linkButtonUrl", s.linkButtonUrl, false);
    boolean secretAfter = r.has(SECRET) ? secret != null : s.secretSealed != null;
    if (enabled) {
      requireForEnabling(r, apiUrl, keyId, secretAfter, databridgeOff);
    }
    if (!r.problems.isEmpty()) {
      throw ApiException.badRequest("invalid settings", r.problems);
    }
    if (enabled && !centre.bksbLicensed()) {
      throw ApiException.conflict(
          "centre " + centreId + " has no bksb licence: set bksbLicensed on the centre first");
    }
    String sealedSecret = s.secretSealed;
    if (r.has(SECRET)) {
      sealedSecret = secret == null ? null : secrets.seal(secret, centreId);
    }
    String sealedPassword = s.defaultPasswordSealed;
    if (r.has(PASSWORD)) {
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

  /** Calls bksb with the stored keys; a failure is an answer, not an error. */
  public TestResult test(String centreId) {
    permissions.requireEditor();
    centres.require(centreId);
    BksbConnection c =
        connections
            .connection(centreId, true)
            .orElseThrow(
                () ->
                    ApiException.conflict(
                        "set apiUrl, accessKeyId and secretAccessKey before testing"));
    try {
      clients.client(c).usernameExists("bksb-bridge-connection-test");
      return new TestResult(true, "bksb accepted the access key at " + c.apiUrl());
    } catch (BksbApiException e) {
      return new TestResult(false, e.getMessage());
    }
  }

  /** The answer of a connection test. */
  public record TestResult(boolean ok, String message) {}

  private Optional<BksbSettings> find(String centreId) {
    return Optional.ofNullable(em.find(BksbSettings.class, centreId));
  }
}

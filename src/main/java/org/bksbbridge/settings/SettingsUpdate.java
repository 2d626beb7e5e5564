package org.bksbbridge.settings;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.bksbbridge.edit.Edit;
import org.bksbbridge.learner.HeatRules;
import org.bksbbridge.text.EmailAddress;
import org.bksbbridge.text.FreeText;

/**
 * A {@link SettingsChange} laid over the stored settings: the values they would have, and the
 * problem of each field under the names the API and the pages share. Secrets are write-only: absent
 * keeps what is stored, null clears it, text replaces it.
 */
final class SettingsUpdate {
  static final String SECRET = "secretAccessKey";
  static final String PASSWORD = "defaultPassword";

  final Map<String, String> problems = new TreeMap<>();
  private final BksbSettings stored;
  private final SettingsChange change;
  final boolean enabled;
  final String apiUrl;
  final String keyId;
  final String secret;
  final String password;
  final boolean secretKept;
  final boolean passwordKept;
  final boolean databridgeOff;
  final String learnerTags;
  final String applicantTags;
  final String linkUrl;
  final HeatRules heat;
  final String alertEmails;

  SettingsUpdate(BksbSettings s, SettingsChange c, ApiUrlPolicy urls) {
    this.stored = s;
    this.change = c;
    enabled = c.enabled().applyTo(s.enabled);
    apiUrl = apiUrl("apiUrl", c.apiUrl(), s.apiUrl, urls);
    keyId = text("accessKeyId", c.accessKeyId(), s.accessKeyId, 100);
    secret = text(SECRET, c.secretAccessKey(), null, 200);
    password = text(PASSWORD, c.defaultPassword(), null, 100);
    if (password != null && password.length() < 8) {
      problems.put(PASSWORD, "must be at least 8 characters");
    }
    // The stored secrets belong to the host and key they were saved for: pointing the settings
    // elsewhere without sending them again must not carry them along to the new host.
    boolean hostMoved = !sameUrl(apiUrl, s.apiUrl);
    secretKept = !hostMoved && Objects.equals(keyId, s.accessKeyId) && !c.secretAccessKey().sent();
    passwordKept = !hostMoved && !c.defaultPassword().sent();
    databridgeOff = c.databridgeAcknowledged().applyTo(s.databridgeAcknowledged);
    learnerTags = tags("learnerTags", c.learnerTags(), s.learnerTags);
    applicantTags = tags("applicantTags", c.applicantTags(), s.applicantTags);
    linkUrl = url("linkButtonUrl", c.linkButtonUrl(), s.linkButtonUrl);
    heat = c.heat().applyTo(s.heat());
    alertEmails = emails(c.alertEmails(), s.alertEmails);
    range("heat.recentStartWeeks", c.heat().recentStartWeeks(), HeatRules.MAX_WEEKS, "weeks");
    range("heat.newAccountDays", c.heat().newAccountDays(), HeatRules.MAX_DAYS, "days");
    range("heat.recentResultDays", c.heat().recentResultDays(), HeatRules.MAX_DAYS, "days");
    boolean secretAfter = secretKept ? s.secretSealed != null : secret != null;
    if (enabled && !secretAfter && !c.secretAccessKey().sent() && s.secretSealed != null) {
      problems.put(
          SECRET, "must be sent again when apiUrl or accessKeyId changes (it is not carried over)");
    }
    if (enabled) {
      requireForEnabling(secretAfter);
    }
  }

  /** The entity's new state, given the secrets sealed by the caller (who holds the key). */
  BksbSettings.Change sealedWith(
      String sealedSecret, String sealedPassword, Instant at, String by) {
    return new BksbSettings.Change(
        enabled,
        apiUrl,
        keyId,
        sealedSecret,
        sealedPassword,
        change.autoSendLoginDetails().applyTo(stored.autoSendLoginDetails),
        change.autoEnrolCourses().applyTo(stored.autoEnrolCourses),
        change.downloadDiagnosticResults().applyTo(stored.downloadDiagnosticResults),
        change.logSyncApiCalls().applyTo(stored.logSyncApiCalls),
        learnerTags,
        applicantTags,
        linkUrl,
        databridgeOff,
        heat,
        alertEmails,
        at,
        by);
  }

  /** At most ten distinct addresses, stored comma-separated; none is null. */
  private String emails(Edit<List<String>> edit, String stored) {
    List<String> list = edit.applyTo(null);
    if (!edit.sent()) {
      return stored;
    }
    if (list == null || list.isEmpty()) {
      return null;
    }
    java.util.Set<String> seen = new java.util.LinkedHashSet<>();
    for (int i = 0; i < list.size(); i++) {
      String a = list.get(i) == null ? null : list.get(i).strip();
      if (!EmailAddress.looksValid(a)) {
        problems.put(
            SettingsJson.ALERT_EMAILS,
            "address "
                + (i + 1)
                + " ("
                + (a == null ? "not text" : a)
                + ") "
                + EmailAddress.PROBLEM);
        return stored;
      }
      seen.add(a.toLowerCase(java.util.Locale.ROOT));
    }
    if (seen.size() > MAX_ALERT_EMAILS) {
      problems.put(
          SettingsJson.ALERT_EMAILS, "may list at most " + MAX_ALERT_EMAILS + " addresses");
      return stored;
    }
    return String.join(",", seen);
  }

  static final int MAX_ALERT_EMAILS = 10;

  /** A number of weeks or days sent: a whole number from 0 to {@code max}. */
  private void range(String name, Edit<Integer> edit, int max, String unit) {
    Integer v = edit.applyTo(null);
    if (edit.sent() && (v == null || v < 0 || v > max)) {
      problems.put(name, "must be a whole number of " + unit + " from 0 to " + max);
    }
  }

  private void requireForEnabling(boolean secretSet) {
    if (apiUrl == null) {
      problems.putIfAbsent("apiUrl", "is required to enable the integration");
    }
    if (keyId == null) {
      problems.putIfAbsent("accessKeyId", "is required to enable the integration");
    }
    if (!secretSet) {
      problems.putIfAbsent(SECRET, "is required to enable the integration");
    }
    if (!databridgeOff) {
      problems.putIfAbsent(
          "databridgeAcknowledged",
          "confirm that bksb's Databridge is switched off for this centre: running both"
              + " duplicates data");
    }
  }

  /** Text, or null when cleared or blank; the current value when kept. */
  private String text(String name, Edit<String> edit, String current, int max) {
    String sent = edit.applyTo(current);
    if (!edit.sent() || sent == null) {
      return sent;
    }
    String t = sent.strip();
    if (t.length() > max) {
      problems.put(name, "must be at most " + max + " characters");
    } else if (!t.isEmpty() && FreeText.identifierProblem(t) != null) {
      // Keys, secrets and URLs by the identifier rule: nothing they need is invisible.
      problems.put(name, FreeText.identifierProblem(t));
    }
    return t.isEmpty() ? null : t;
  }

  /** The bksb API URL as the policy normalises it; a refusal becomes the field's problem. */
  private String apiUrl(String name, Edit<String> edit, String current, ApiUrlPolicy policy) {
    String u = text(name, edit, current, 500);
    if (u == null || !edit.sent() || problems.containsKey(name)) {
      return u;
    }
    ApiUrlPolicy.Verdict verdict = policy.check(u);
    if (verdict instanceof ApiUrlPolicy.Refused refused) {
      problems.put(name, refused.problem());
      return u;
    }
    return ((ApiUrlPolicy.Allowed) verdict).url();
  }

  /** An absolute http(s) URL (the link button's: learners' browsers open it, we never call it). */
  private String url(String name, Edit<String> edit, String current) {
    String u = text(name, edit, current, 500);
    if (u == null || !edit.sent()) {
      return u;
    }
    try {
      URI uri = URI.create(u);
      boolean https = "https".equalsIgnoreCase(uri.getScheme());
      boolean http = "http".equalsIgnoreCase(uri.getScheme());
      if (uri.getHost() == null || !(https || http)) {
        problems.put(name, "must be an absolute http or https URL");
      }
    } catch (IllegalArgumentException e) {
      problems.put(name, "must be an absolute http or https URL");
    }
    return u;
  }

  private String tags(String name, Edit<Map<String, java.util.List<String>>> edit, String current) {
    return edit.sent() ? Tags.check(edit.applyTo(null), name, problems) : current;
  }

  private static boolean sameUrl(String a, String b) {
    if (a == null || b == null) {
      return a == null && b == null;
    }
    return ApiUrlPolicy.normalise(a).equals(ApiUrlPolicy.normalise(b));
  }
}

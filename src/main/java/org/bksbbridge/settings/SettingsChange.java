package org.bksbbridge.settings;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.bksbbridge.edit.Edit;

/**
 * A change to a centre's bksb settings, field by field: each {@link Edit} keeps the stored value,
 * clears it or sets it. Secrets are write-only: kept unless sent, so a form that never shows them
 * does not wipe them. Only the types are fixed here; {@link SettingsService} checks the contents
 * (lengths, URLs, tags, what enabling needs) and names each problem under the field's name, for the
 * API and the pages alike.
 *
 * <p>Tags map a subject ({@code ENGLISH}, {@code MATHS}, {@code ICT}) to its tags (a subject mapped
 * to null has none); an unknown subject, or a tag that is null, blank or too long, is the service's
 * to refuse, so they are kept as given. Switches cannot be cleared, only set or kept.
 */
public record SettingsChange(
    Edit<Boolean> enabled,
    Edit<String> apiUrl,
    Edit<String> accessKeyId,
    Edit<String> secretAccessKey,
    Edit<String> defaultPassword,
    Edit<Boolean> autoSendLoginDetails,
    Edit<Boolean> autoEnrolCourses,
    Edit<Boolean> downloadDiagnosticResults,
    Edit<Boolean> logSyncApiCalls,
    Edit<Map<String, List<String>>> learnerTags,
    Edit<Map<String, List<String>>> applicantTags,
    Edit<String> linkButtonUrl,
    Edit<Boolean> databridgeAcknowledged,
    HeatChange heat,
    Edit<List<String>> alertEmails) {

  public SettingsChange {
    if (Arrays.asList(
            heat,
            enabled,
            apiUrl,
            accessKeyId,
            secretAccessKey,
            defaultPassword,
            autoSendLoginDetails,
            autoEnrolCourses,
            downloadDiagnosticResults,
            logSyncApiCalls,
            learnerTags,
            applicantTags,
            linkButtonUrl,
            databridgeAcknowledged,
            alertEmails)
        .contains(null)) {
      throw new NullPointerException("a field left as stored is Edit.keep(), not null");
    }
    if (Stream.of(
            enabled,
            autoSendLoginDetails,
            autoEnrolCourses,
            downloadDiagnosticResults,
            logSyncApiCalls,
            databridgeAcknowledged)
        .anyMatch(s -> s.kind() == Edit.Kind.CLEAR)) {
      throw new IllegalArgumentException("a switch is set or kept, never cleared");
    }
    learnerTags = learnerTags.map(SettingsChange::copy);
    applicantTags = applicantTags.map(SettingsChange::copy);
    alertEmails = alertEmails.map(l -> Collections.unmodifiableList(new ArrayList<>(l)));
  }

  public static Builder builder() {
    return new Builder();
  }

  /** A frozen copy: the caller's map may change after the change is built. */
  private static Map<String, List<String>> copy(Map<String, List<String>> tags) {
    Map<String, List<String>> copy = new LinkedHashMap<>();
    tags.forEach(
        (subject, list) ->
            copy.put(
                Objects.requireNonNull(subject, "subject"),
                list == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(list))));
    return Collections.unmodifiableMap(copy);
  }

  /** Never shows a secret, only whether it is kept, cleared or set. */
  @Override
  public String toString() {
    return "SettingsChange[enabled=%s, apiUrl=%s, accessKeyId=%s, secretAccessKey=%s,"
            .formatted(enabled, apiUrl, accessKeyId, masked(secretAccessKey))
        + " defaultPassword=%s, autoSendLoginDetails=%s, autoEnrolCourses=%s,"
            .formatted(masked(defaultPassword), autoSendLoginDetails, autoEnrolCourses)
        + " downloadDiagnosticResults=%s, logSyncApiCalls=%s, learnerTags=%s, applicantTags=%s,"
            .formatted(downloadDiagnosticResults, logSyncApiCalls, learnerTags, applicantTags)
        + " linkButtonUrl=%s, databridgeAcknowledged=%s, heat=%s, alertEmails=%s]"
            .formatted(linkButtonUrl, databridgeAcknowledged, heat, alertEmails);
  }

  private static String masked(Edit<String> secret) {
    return secret.kind() == Edit.Kind.SET ? "set" : secret.toString();
  }

  /**
   * Builds a change from what a form or a program has to say: a field not called is kept; a text or
   * tags field called with null is cleared.
   */
  public static final class Builder {
    private Edit<Boolean> enabled = Edit.keep();
    private Edit<String> apiUrl = Edit.keep();
    private Edit<String> accessKeyId = Edit.keep();
    private Edit<String> secretAccessKey = Edit.keep();
    private Edit<String> defaultPassword = Edit.keep();
    private Edit<Boolean> autoSendLoginDetails = Edit.keep();
    private Edit<Boolean> autoEnrolCourses = Edit.keep();
    private Edit<Boolean> downloadDiagnosticResults = Edit.keep();
    private Edit<Boolean> logSyncApiCalls = Edit.keep();
    private Edit<Map<String, List<String>>> learnerTags = Edit.keep();
    private Edit<Map<String, List<String>>> applicantTags = Edit.keep();
    private Edit<String> linkButtonUrl = Edit.keep();
    private Edit<List<String>> alertEmails = Edit.keep();
    private Edit<Boolean> databridgeAcknowledged = Edit.keep();
    private HeatChange heat = HeatChange.KEEP;

    private Builder() {}

    public Builder enabled(boolean on) {
      enabled = Edit.to(on);
      return this;
    }

    public Builder apiUrl(String url) {
      apiUrl = Edit.toOrClear(url);
      return this;
    }

    public Builder accessKeyId(String id) {
      accessKeyId = Edit.toOrClear(id);
      return this;
    }

    /** Call only to replace (or, with null, delete) the stored secret. */
    public Builder secretAccessKey(String secret) {
      secretAccessKey = Edit.toOrClear(secret);
      return this;
    }

    /** Call only to replace (or, with null, delete) the stored default password. */
    public Builder defaultPassword(String password) {
      defaultPassword = Edit.toOrClear(password);
      return this;
    }

    public Builder autoSendLoginDetails(boolean on) {
      autoSendLoginDetails = Edit.to(on);
      return this;
    }

    public Builder autoEnrolCourses(boolean on) {
      autoEnrolCourses = Edit.to(on);
      return this;
    }

    public Builder downloadDiagnosticResults(boolean on) {
      downloadDiagnosticResults = Edit.to(on);
      return this;
    }

    public Builder logSyncApiCalls(boolean on) {
      logSyncApiCalls = Edit.to(on);
      return this;
    }

    public Builder learnerTags(Map<String, List<String>> tags) {
      learnerTags = Edit.toOrClear(tags);
      return this;
    }

    public Builder applicantTags(Map<String, List<String>> tags) {
      applicantTags = Edit.toOrClear(tags);
      return this;
    }

    /** Where the centre's alerts are emailed; null or empty: nowhere. */
    public Builder alertEmails(List<String> addresses) {
      alertEmails = Edit.toOrClear(addresses);
      return this;
    }

    public Builder linkButtonUrl(String url) {
      linkButtonUrl = Edit.toOrClear(url);
      return this;
    }

    public Builder databridgeAcknowledged(boolean confirmed) {
      databridgeAcknowledged = Edit.to(confirmed);
      return this;
    }

    public Builder heat(HeatChange change) {
      heat = java.util.Objects.requireNonNull(change, "heat (HeatChange.KEEP keeps every rule)");
      return this;
    }

    public SettingsChange build() {
      return new SettingsChange(
          enabled,
          apiUrl,
          accessKeyId,
          secretAccessKey,
          defaultPassword,
          autoSendLoginDetails,
          autoEnrolCourses,
          downloadDiagnosticResults,
          logSyncApiCalls,
          learnerTags,
          applicantTags,
          linkButtonUrl,
          databridgeAcknowledged,
          heat,
          alertEmails);
    }
  }
}

package org.bksbbridge.it;

import java.util.stream.Stream;
import org.bksbbridge.it.HostileRows.Answer;
import org.bksbbridge.it.HostileRows.Row;
import org.bksbbridge.it.HostileRows.Target;

/**
 * More rows of {@link HostileRequestsIT} (issue 24): free text that cannot be stored or shown as
 * sent, reports asked for in any form, and URIs the server must refuse in our own words.
 */
final class HostileEdgeRows {
  private HostileEdgeRows() {}

  private static Probe admin(String method) {
    return Probe.request(method).basic("admin", "admin");
  }

  private static Row json(
      String name, String field, java.util.function.Function<Target, Probe.Answer> s) {
    return new Row(name, 400, Answer.JSON_ERROR, field, s, a -> true);
  }

  /** A centre name as JSON text: {@code raw} is put between the quotes as it is (escapes kept). */
  private static Probe.Answer centreName(Target t, String raw) {
    return admin("PUT")
        .json("{\"name\":\"" + raw + "\",\"bksbLicensed\":true}")
        .send(t.centrePath());
  }

  private static Probe.Answer learner(Target t, String field, String raw) {
    return admin("PUT")
        .json("{\"firstName\":\"Hal\",\"lastName\":\"Kept\",\"" + field + "\":\"" + raw + "\"}")
        .send(t.learnerPath());
  }

  private static boolean isJson(Probe.Answer a) {
    return String.valueOf(a.header("Content-Type")).startsWith("application/json");
  }

  static Stream<Row> all() {
    return Stream.of(
        // Free text (item 8): one rule for every field, 400 naming it.
        json("a lone surrogate in a centre name", "name", t -> centreName(t, "North \\ud800")),
        json("a lone low surrogate in a centre name", "name", t -> centreName(t, "\\udc00")),
        json("NUL in a centre name", "name", t -> centreName(t, "North\\u0000College")),
        json("U+202E in a centre name", "name", t -> centreName(t, "Evil\\u202Egnp.exe")),
        json("a zero-width-only centre name", "name", t -> centreName(t, "\\u200b\\u200d\\ufeff")),
        json("a line separator in a centre name", "name", t -> centreName(t, "a\\u2028b")),
        json(
            "a lone surrogate in a learner's first name",
            "firstName",
            t -> learner(t, "firstName", "\\ud800")),
        json(
            "a zero-width space in a web username",
            "webUsername",
            t -> learner(t, "webUsername", "ad\\u200bmin")),
        json("NUL in a bksb username", "bksbUsername", t -> learner(t, "bksbUsername", "a\\u0000")),
        json("U+202E in an email", "email", t -> learner(t, "email", "a\\u202E@b.ac.uk")),
        json(
            "a bidi override in a tag",
            "learnerTags.ENGLISH",
            t ->
                admin("PUT")
                    .json("{\"learnerTags\":{\"ENGLISH\":[\"\\u202Eexe\"]}}")
                    .send(t.centrePath() + "/bksb/settings")),
        json(
            "a lone surrogate in an access key id",
            "accessKeyId",
            t ->
                admin("PUT")
                    .json("{\"accessKeyId\":\"key\\ud800\"}")
                    .send(t.centrePath() + "/bksb/settings")),
        json(
            "a zero-width space in a bksb username to link",
            "bksbUsername",
            t ->
                admin("PUT")
                    .json("{\"bksbUsername\":\"a\\u200bb\"}")
                    .send(t.learnerPath() + "/bksb/link")),
        // Reports (item 12): JSON unless CSV is asked for.
        new Row(
            "results report accepting anything is JSON",
            200,
            Answer.ANY,
            null,
            t ->
                admin("GET").header("Accept", "*/*").send(t.centrePath() + "/reports/bksb-results"),
            HostileEdgeRows::isJson),
        new Row(
            "results report without Accept is JSON",
            200,
            Answer.ANY,
            null,
            t -> admin("GET").send(t.centrePath() + "/reports/bksb-results"),
            HostileEdgeRows::isJson),
        new Row(
            "unmatched report accepting anything is JSON",
            200,
            Answer.ANY,
            null,
            t ->
                admin("GET")
                    .header("Accept", "*/*")
                    .send("/api/v1/centres/DEMO/reports/bksb-unmatched"),
            HostileEdgeRows::isJson),
        new Row(
            "results report asked for as text/csv is CSV",
            200,
            Answer.ANY,
            null,
            t ->
                admin("GET")
                    .header("Accept", "text/csv")
                    .send(t.centrePath() + "/reports/bksb-results"),
            a -> String.valueOf(a.header("Content-Type")).startsWith("text/csv")),
        new Row(
            "unmatched report preferring CSV is CSV",
            200,
            Answer.ANY,
            null,
            t ->
                admin("GET")
                    .header("Accept", "text/csv, application/json;q=0.5")
                    .send("/api/v1/centres/DEMO/reports/bksb-unmatched"),
            a -> String.valueOf(a.header("Content-Type")).startsWith("text/csv")));
  }
}

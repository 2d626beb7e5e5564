package org.bksbbridge.it;

import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest.BodyPublishers;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * The rows of {@link HostileRequestsIT}: each sends one hostile or careless request to the {@link
 * Target} and says the status and kind of answer expected. Add a row to {@link #all()}; the runner
 * checks the answer's shape and that nothing changed.
 */
final class HostileRows {
  private static final String EVIL = "https://evil.example";

  private HostileRows() {}

  /** What the rows attack: a licensed centre with a learner, and an admin's page session. */
  record Target(String centre, String learner, String session) {
    String centrePath() {
      return "/api/v1/centres/" + centre;
    }

    String learnerPath() {
      return centrePath() + "/learners/" + learner;
    }

    /** Everything a row must leave as it was, read as an admin. */
    List<String> state() {
      Api admin = Api.as("admin");
      return Stream.of(
              centrePath(), learnerPath(), centrePath() + "/bksb/settings", "/api/v1/schedule")
          .map(p -> admin.get(p).status() + " " + admin.get(p).body())
          .toList();
    }
  }

  enum Answer {
    /** The API's error body: {"error": "...", "fields": {...}}, with the field named if given. */
    JSON_ERROR,
    /** Our own HTML page, with nothing of the server's messages or class names. */
    PAGE,
    /** Any body; the row's check says what matters. */
    ANY
  }

  record Row(
      String name,
      int status,
      Answer answer,
      String field,
      Function<Target, Probe.Answer> send,
      Predicate<Probe.Answer> check) {
    @Override
    public String toString() {
      return name;
    }
  }

  private static Row json(String name, int status, String field, Function<Target, Probe.Answer> s) {
    return new Row(name, status, Answer.JSON_ERROR, field, s, a -> true);
  }

  private static Row row(
      String name,
      int status,
      Answer answer,
      Function<Target, Probe.Answer> send,
      Predicate<Probe.Answer> check) {
    return new Row(name, status, answer, null, send, check);
  }

  /** An admin: the rows change centres, which the default grants leave to admins. */
  private static Probe editor(String method) {
    return Probe.request(method).basic("admin", "admin");
  }

  private static Probe session(String method, Target t) {
    return Probe.request(method).header("Cookie", t.session());
  }

  private static String big(int bytes) {
    return "{\"name\":\"" + "x".repeat(bytes) + "\"}";
  }

  /** The table: one row per hostile request, grouped by what it attacks. */
  static Stream<Row> all() {
    String sameName = "{\"name\":\"Hostile College\",\"bksbLicensed\":true}";
    return Stream.of(
        // Cross-site request forgery with the page's session cookie (issue 10, item 7).
        json(
            "session cookie, PUT from another site",
            403,
            null,
            t ->
                session("PUT", t)
                    .header("Origin", EVIL)
                    .json("{\"name\":\"Taken\"}")
                    .send(t.centrePath())),
        json(
            "session cookie, cross-site form POST without Origin",
            403,
            null,
            t -> session("POST", t).form("").send(t.learnerPath() + "/bksb/results/refresh")),
        json(
            "session cookie, DELETE with Origin null",
            403,
            null,
            t -> session("DELETE", t).header("Origin", "null").send(t.learnerPath())),
        json(
            "remembered Basic credentials, POST from another site",
            403,
            null,
            t -> editor("PUT").header("Origin", EVIL).json(sameName).send(t.centrePath())),
        row(
            "session cookie from our own page (same Origin) is allowed",
            200,
            Answer.ANY,
            t ->
                session("PUT", t)
                    .header("Origin", Deployments.baseUrl())
                    .json(sameName)
                    .send(t.centrePath()),
            a -> true),
        row(
            "session cookie with X-Requested-With is allowed",
            200,
            Answer.ANY,
            t ->
                session("PUT", t)
                    .header("X-Requested-With", "XMLHttpRequest")
                    .json(sameName)
                    .send(t.centrePath()),
            a -> true),
        // Bodies (items 8 and 9).
        json(
            "a 2 MB JSON body",
            413,
            null,
            t -> editor("PUT").json(big(2 * 1024 * 1024)).send(t.centrePath())),
        json(
            "a 2 MB JSON body, chunked (no Content-Length)",
            413,
            null,
            t ->
                editor("PUT")
                    .body(
                        "application/json",
                        BodyPublishers.ofInputStream(
                            () -> new ByteArrayInputStream(big(2 << 20).getBytes())))
                    .send(t.centrePath())),
        json(
            "array body: centre",
            400,
            "body",
            t -> editor("PUT").json("[" + sameName + "]").send(t.centrePath())),
        json(
            "array body: learner",
            400,
            "body",
            t -> editor("PUT").json("[]").send(t.learnerPath())),
        json(
            "array body: bksb settings",
            400,
            "body",
            t -> editor("PUT").json("[{}]").send(t.centrePath() + "/bksb/settings")),
        json(
            "array body: link",
            400,
            "body",
            t -> editor("PUT").json("[1]").send(t.learnerPath() + "/bksb/link")),
        json(
            "array body: job start",
            400,
            "body",
            t ->
                editor("POST")
                    .json("[{\"centreId\":\"" + t.centre() + "\"}]")
                    .send("/api/v1/jobs/bksb-match-users")),
        json(
            "array body: schedule",
            400,
            "body",
            t -> Probe.request("PUT").basic("admin", "admin").json("[]").send("/api/v1/schedule")),
        json(
            "JSON nested 1,000 deep",
            400,
            "body",
            t ->
                editor("PUT")
                    .json("{\"name\":" + "[".repeat(1000) + "]".repeat(1000) + "}")
                    .send(t.centrePath())),
        // Parameters (item 9).
        json(
            "report dates of nine-digit years",
            400,
            "from",
            t ->
                editor("GET")
                    .send(
                        t.centrePath()
                            + "/reports/bksb-results?from=-999999999-01-01&to=%2B999999999-12-31")),
        json(
            "a page that is not a number",
            400,
            "page",
            t -> editor("GET").send(t.centrePath() + "/learners?page=abc")),
        json(
            "an execution id that is not a number",
            400,
            "id",
            t -> editor("GET").send("/api/v1/jobs/executions/abc")),
        row(
            "PUT centre without bksbLicensed keeps the licence",
            200,
            Answer.ANY,
            t -> editor("PUT").json("{\"name\":\"Hostile College\"}").send(t.centrePath()),
            a -> a.body().contains("\"bksbLicensed\":true")),
        json("an unknown path under /api", 404, null, t -> editor("GET").send("/api/nothing-here")),
        // Sign-in (item 8 and 9).
        row(
            "CR/LF in the login's next parameter",
            302,
            Answer.ANY,
            t ->
                Probe.request("POST")
                    .form("username=tutor&password=tutor&next=%2Fx%0D%0ASet-Cookie%3A%20a%3Db")
                    .send("/login"),
            a -> "/".equals(a.header("Location"))),
        row(
            "a foreign Host header is not copied into the redirect",
            302,
            Answer.ANY,
            t ->
                Probe.raw(
                    "GET /learners.xhtml HTTP/1.1\r\nHost: evil.example\r\nConnection: close\r\n\r\n"),
            a -> a.header("Location").startsWith("/login.xhtml?next=")),
        new Row(
            "the right password after 5 wrong ones within minutes",
            429,
            Answer.JSON_ERROR,
            null,
            t -> {
              for (int i = 0; i < 5; i++) {
                Probe.request("GET").basic("bksb-scheduler", "wrong" + i).send("/api/v1/centres");
              }
              return Probe.request("GET")
                  .basic("bksb-scheduler", "scheduler-dev-only")
                  .send("/api/v1/centres");
            },
            a -> Long.parseLong(a.header("Retry-After")) > 0),
        row(
            "the login form after 5 wrong passwords says to wait",
            302,
            Answer.ANY,
            t -> {
              String user = "guess-" + t.centre();
              for (int i = 0; i < 5; i++) {
                Probe.request("POST").form("username=" + user + "&password=w" + i).send("/login");
              }
              return Probe.request("POST").form("username=" + user + "&password=w").send("/login");
            },
            a -> a.header("Location").endsWith("/login.xhtml?throttled=1")),
        row(
            "/metrics without signing in (sent to https, where it needs a user)",
            302,
            Answer.ANY,
            t -> Probe.request("GET").send("/metrics"),
            a -> a.header("Location").startsWith("https://")),
        // Pages (items 8 and 9).
        row(
            "a forged Faces ViewState",
            400,
            Answer.PAGE,
            t ->
                session("POST", t)
                    .form(
                        "search=search&search%3Aquery=x&search%3Ago=Search&jakarta.faces.ViewState=forged%3A42")
                    .send("/learners.xhtml?centre=" + t.centre()),
            a -> true),
        row(
            "an unknown page",
            404,
            Answer.PAGE,
            t -> session("GET", t).send("/no-such-page.html"),
            a -> true));
  }
}

package org.bksbbridge.bksb;

import jakarta.ws.rs.client.Client;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.client.WebTarget;
import jakarta.ws.rs.core.GenericType;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The calls bksb-bridge makes to one bksb account. Thread-safe; cheap to create (the Jersey client
 * and its connection pool are shared, see {@link BksbClients}).
 */
public class BksbClient {
  /**
   * Every endpoint the methods below call, as {@link CallPaths#endpoint} names them: what the call
   * log's endpoint filter offers. A new call belongs here too (BksbClientTest checks).
   */
  public static final List<String> ENDPOINTS =
      List.of(
          "/users/search",
          "/users/user/getUserId",
          "/users/isUsernameExists",
          "/users/createUser",
          "/users/user/{id}/getAutoLoginLink",
          "/results/" + ResultType.INITIAL.pathSegment() + "/{id}/all",
          "/results/" + ResultType.DIAGNOSTIC.pathSegment() + "/{id}/all",
          "/assessmentSessions/getAssessmentSessionsForCourseV5",
          "/assessmentSessions/GetEOAReportDataForAssessmentSessionV5");

  private final WebTarget api;
  private final String authorization;
  private final Retrying retrying;
  private final ResultTranslator translator;

  BksbClient(
      Client jersey,
      BksbConnection connection,
      BksbClientSettings settings,
      CallRecorder recorder,
      CallRecorder metrics,
      ResultTranslator translator,
      Long executionId,
      AccountGate gate) {
    this.api = jersey.target(connection.apiUrl());
    this.authorization =
        "Basic "
            + Base64.getEncoder()
                .encodeToString(
                    (connection.accessKeyId() + ":" + connection.secretAccessKey())
                        .getBytes(StandardCharsets.UTF_8));
    this.retrying =
        new Retrying(
            settings,
            CallRecorder.both(metrics, connection.logCalls() ? recorder : CallRecorder.NONE),
            connection.centreId(),
            executionId,
            gate);
    this.translator = translator;
  }

  /** A page of the account's users (the listing is our assumption about the API). */
  public WireUserPage users(int page, int recordsPerPage, String query) {
    WebTarget t =
        api.path("api/users/search")
            .queryParam("page", page)
            .queryParam("recordsPerPage", recordsPerPage)
            .queryParam("query", query == null ? "" : query);
    return get(t, r -> r.readEntity(WireUserPage.class));
  }

  /** The user id for a user name, or empty when bksb has no such user. */
  public Optional<Long> userId(String username) {
    WebTarget t = api.path("api/users/user/getUserId").queryParam("username", username);
    String body = retrying.call("GET", t, true, () -> send(t, "GET", null), this::text);
    if (body == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(Long.parseLong(body));
    } catch (NumberFormatException notAnId) {
      // bksb answers a message instead of an id when the user name is unknown.
      return Optional.empty();
    }
  }

  public boolean usernameExists(String username) {
    WebTarget t = api.path("api/users/isUsernameExists").queryParam("username", username);
    return Boolean.parseBoolean(get(t, this::text));
  }

  /**
   * Creates a user. Not retried once bksb may have received it (a retry could make a duplicate
   * account: a 5xx or a timeout fails at once); callers look the user name up with {@link #userId}
   * before trying again.
   */
  public WireCreatedUser createUser(WireNewUser user) {
    WebTarget t = api.path("api/users/createUser");
    return retrying.call(
        "POST",
        t,
        false,
        () -> send(t, "POST", Entity.json(user)),
        r -> r.readEntity(WireCreatedUser.class));
  }

  /** A sign-in link into bksb for the user. */
  public String autoLoginLink(long userId) {
    WebTarget t = api.path("api/users/user/{id}/getAutoLoginLink").resolveTemplate("id", userId);
    return get(t, this::text);
  }

  /** One page of a user's results of a type, newest first. */
  public WireResultPage results(ResultType type, long userId, int page, int recordsPerPage) {
    WebTarget t =
        api.path("api/results/{type}/{id}/all")
            .resolveTemplate("type", type.pathSegment())
            .resolveTemplate("id", userId)
            .queryParam("page", page)
            .queryParam("recordsPerPage", recordsPerPage);
    return get(t, r -> r.readEntity(WireResultPage.class));
  }

  /**
   * Walks a user's results of a type, newest first, page by page, until the visitor answers false
   * or the results end. An incremental download stops at the first result it already holds.
   *
   * @return the number of pages fetched
   */
  public int eachResult(
      ResultType type, long userId, int recordsPerPage, Predicate<BksbResult> visitor) {
    int page = 1;
    while (true) {
      WireResultPage p = results(type, userId, page, recordsPerPage);
      for (WireResult w : p.results()) {
        if (!visitor.test(translator.translate(w, type))) {
          return page;
        }
      }
      if (p.pagination == null || !p.pagination.hasNext() || p.results().isEmpty()) {
        return page;
      }
      page++;
    }
  }

  /** courseSubject is bksb's course code, for example {@code ENG_NEW} or {@code MATHS_NEW}. */
  public List<WireSession> sessions(String courseSubject, long userId) {
    WebTarget t =
        api.path("api/assessmentSessions/getAssessmentSessionsForCourseV5")
            .queryParam("courseSubject", courseSubject)
            .queryParam("userId", userId);
    return get(t, r -> r.readEntity(new GenericType<List<WireSession>>() {}));
  }

  /** The per-topic rows of one finished diagnostic session. */
  public List<WireTopic> topics(long sessionId, long userId) {
    WebTarget t =
        api.path("api/assessmentSessions/GetEOAReportDataForAssessmentSessionV5")
            .queryParam("sessionId", sessionId)
            .queryParam("userId", userId);
    return get(t, r -> r.readEntity(new GenericType<List<WireTopic>>() {}));
  }

  /** The topics of one finished diagnostic session, in our model, in bksb's order. */
  public List<BksbTopic> diagnosticTopics(long sessionId, long userId) {
    List<WireTopic> wire = topics(sessionId, userId);
    return wire == null ? List.of() : wire.stream().map(translator::topic).toList();
  }

  public ResultTranslator translator() {
    return translator;
  }

  private <T> T get(WebTarget t, java.util.function.Function<Response, T> read) {
    return retrying.call("GET", t, false, () -> send(t, "GET", null), read);
  }

  private Response send(WebTarget t, String method, Entity<?> body) {
    var request = t.request(MediaType.APPLICATION_JSON_TYPE).header("Authorization", authorization);
    return body == null ? request.method(method) : request.method(method, body);
  }

  /** A bare value (an id, true/false, a link), with JSON string quotes removed if present. */
  private String text(Response r) {
    String s = r.readEntity(String.class);
    if (s == null) {
      return null;
    }
    s = s.strip();
    if (s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"")) {
      s = s.substring(1, s.length() - 1);
    }
    return s;
  }
}

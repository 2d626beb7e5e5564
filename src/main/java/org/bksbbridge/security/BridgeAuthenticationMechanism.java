package org.bksbbridge.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import org.bksbbridge.web.ErrorResponses;

/**
 * Programs authenticate with HTTP Basic on every call (no session is created); people sign in once
 * through {@code /login.xhtml} and stay signed in for their HTTP session. The servlet spec allows
 * one login method per application, hence one mechanism that does both.
 */
@ApplicationScoped
public class BridgeAuthenticationMechanism implements HttpAuthenticationMechanism {
  static final String LOGIN_ACTION = "/login";
  static final String LOGIN_PAGE = "/login.xhtml";
  static final String SANDBOX_API = "/bksb-sandbox/api/";
  static final String SANDBOX_ADMIN = "/bksb-sandbox/admin/";
  private static final String SESSION_CALLER = "bksb.caller";

  /** Request attribute: how this request was authenticated, for {@link ApiCrossSiteFilter}. */
  static final String AUTHENTICATED_BY = "bksb.authenticatedBy";

  static final String BY_SESSION = "session";
  static final String BY_BASIC = "basic";

  /** Request attribute: seconds a throttled form sign-in must wait, for {@link LoginServlet}. */
  static final String RETRY_AFTER = "bksb.login.retryAfter";

  @Inject RegistryLogin registry;
  @Inject LoginThrottle throttle;

  /** Read once: whether this server is reached over https only (see CrossSiteCheck). */
  private final boolean httpsOnly = CrossSiteCheck.httpsOnly();

  @Override
  public AuthenticationStatus validateRequest(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    // Its refusals (401, 429) are answered before any filter runs.
    SecurityHeadersFilter.strictTransport(request, response, httpsOnly);
    String path = request.getRequestURI().substring(request.getContextPath().length());
    if (path.startsWith(SANDBOX_API)) {
      // The sandbox checks bksb access keys itself; they are not users of this server.
      return context.doNothing();
    }
    String authorization = request.getHeader("Authorization");
    if (authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
      return basic(authorization.substring(6).trim(), request, context);
    }
    if (LOGIN_ACTION.equals(path) && "POST".equals(request.getMethod())) {
      return formLogin(request, context);
    }
    HttpSession session = request.getSession(false);
    if (session != null && session.getAttribute(SESSION_CALLER) != null) {
      request.setAttribute(AUTHENTICATED_BY, BY_SESSION);
      return notify(context, (RegistryLogin.Caller) session.getAttribute(SESSION_CALLER));
    }
    if (!context.isProtected()) {
      return context.doNothing();
    }
    if (isApi(path)) {
      return challengeApi(context);
    }
    String next = path + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
    return context.redirect(
        request.getContextPath()
            + LOGIN_PAGE
            + "?next="
            + URLEncoder.encode(next, StandardCharsets.UTF_8));
  }

  private AuthenticationStatus basic(
      String encoded, HttpServletRequest request, HttpMessageContext context) {
    String decoded;
    try {
      decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return refuse(request, context);
    }
    int colon = decoded.indexOf(':');
    if (colon < 0) {
      return refuse(request, context);
    }
    String user = decoded.substring(0, colon);
    long wait = throttle.attempt(user, request.getRemoteAddr());
    if (wait > 0) {
      // Not even checked: a right password during the delay must look like a wrong one.
      return tooManyAttempts(context, wait);
    }
    Optional<RegistryLogin.Caller> caller = registry.check(user, decoded.substring(colon + 1));
    if (caller.isEmpty()) {
      return refuse(request, context);
    }
    throttle.succeeded(user, request.getRemoteAddr());
    request.setAttribute(AUTHENTICATED_BY, BY_BASIC);
    return notify(context, caller.get());
  }

  private AuthenticationStatus formLogin(HttpServletRequest request, HttpMessageContext context) {
    String user = request.getParameter("username");
    String password = request.getParameter("password");
    if (user == null || password == null || !sameOrigin(request)) {
      return context.doNothing();
    }
    long wait = throttle.attempt(user, request.getRemoteAddr());
    if (wait > 0) {
      request.setAttribute(RETRY_AFTER, wait);
      return context.doNothing();
    }
    Optional<RegistryLogin.Caller> caller = registry.check(user, password);
    if (caller.isEmpty()) {
      // LoginServlet sends the person back to the form with a message.
      return context.doNothing();
    }
    throttle.succeeded(user, request.getRemoteAddr());
    // A new session id on sign-in defeats session fixation.
    HttpSession old = request.getSession(false);
    if (old != null) {
      old.invalidate();
    }
    HttpSession session = request.getSession(true);
    session.setAttribute(SESSION_CALLER, caller.get());
    return notify(context, caller.get());
  }

  /**
   * Refuses sign-ins posted from other sites (login CSRF): browsers send Origin on cross-site
   * POSTs, and it must name this host. A request without Origin (old browsers, tools) passes.
   */
  static boolean sameOrigin(HttpServletRequest request) {
    String origin = request.getHeader("Origin");
    return origin == null
        || CrossSiteCheck.sameOrigin(origin, CrossSiteCheck.addressedHost(request));
  }

  private static AuthenticationStatus notify(HttpMessageContext context, RegistryLogin.Caller c) {
    context.getRequest().setAttribute(CurrentCaller.ATTRIBUTE, c);
    return context.notifyContainerAboutLogin(c.name(), c.groups());
  }

  private static AuthenticationStatus refuse(
      HttpServletRequest request, HttpMessageContext context) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    return isApi(path) ? challengeApi(context) : challenge(context);
  }

  /** Programs' paths: our API and the sandbox's administration answer 401, never a redirect. */
  private static boolean isApi(String path) {
    return path.startsWith("/api/") || path.startsWith(SANDBOX_ADMIN);
  }

  /** 401 with the API's JSON error body, so programs get one error shape. */
  private static AuthenticationStatus challengeApi(HttpMessageContext context) {
    HttpServletResponse response = context.getResponse();
    response.setHeader("WWW-Authenticate", "Basic realm=\"bksb-bridge\"");
    try {
      ErrorResponses.json(
          response,
          HttpServletResponse.SC_UNAUTHORIZED,
          "authentication required: send HTTP Basic credentials of a user of this server");
    } catch (java.io.IOException e) {
      return context.responseUnauthorized();
    }
    return AuthenticationStatus.SEND_FAILURE;
  }

  /** 429 with Retry-After and the API's error body, for programs and people alike. */
  private static AuthenticationStatus tooManyAttempts(HttpMessageContext context, long seconds) {
    HttpServletResponse response = context.getResponse();
    response.setHeader("Retry-After", String.valueOf(seconds));
    try {
      ErrorResponses.json(
          response,
          429,
          "too many failed sign-ins for this user or address; try again in " + seconds + " s");
    } catch (java.io.IOException e) {
      return context.responseUnauthorized();
    }
    return AuthenticationStatus.SEND_FAILURE;
  }

  private static AuthenticationStatus challenge(HttpMessageContext context) {
    context.getResponse().setHeader("WWW-Authenticate", "Basic realm=\"bksb-bridge\"");
    return context.responseUnauthorized();
  }
}

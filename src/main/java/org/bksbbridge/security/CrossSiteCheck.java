package org.bksbbridge.security;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.Locale;
import java.util.Set;

/**
 * Tells a request a browser sent on behalf of another site (cross-site request forgery) from one
 * this application's pages or a program sent. Browsers add {@code Origin} to cross-site POSTs and
 * cannot add a custom header such as {@code X-Requested-With} to a cross-site request without a
 * CORS preflight, which this server never grants; programs send neither a foreign Origin nor need
 * the session cookie.
 */
public final class CrossSiteCheck {
  /** Methods that change nothing; everything else is state-changing. */
  private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

  private CrossSiteCheck() {}

  public static boolean changesState(String method) {
    return method == null || !SAFE_METHODS.contains(method.toUpperCase(Locale.ROOT));
  }

  /**
   * Whether an Origin header names this server, compared with the host the browser addressed (a
   * cross-site page cannot choose the Host of a request to this server). A side without a port
   * matches the other's scheme default, so a TLS proxy in front (Origin https, Host without port)
   * still matches. {@code Origin: null} (sandboxed frames, cross-site redirects) never does.
   */
  /**
   * Where the session cookie is https-only ({@code bksb.session.cookieSecure}), a signed-in call
   * comes from an https page: an Origin of plain http is a page an attacker in the middle served
   * under this host name. Calls without an Origin are left to the other checks.
   */
  public static boolean schemeAllowed(String origin, boolean httpsOnly) {
    return !httpsOnly || origin == null || origin.trim().regionMatches(true, 0, "https://", 0, 8);
  }

  /** {@code bksb.session.cookieSecure}: whether this server is only reached over https. */
  public static boolean httpsOnly() {
    return org.eclipse.microprofile.config.ConfigProvider.getConfig()
        .getOptionalValue("bksb.session.cookieSecure", Boolean.class)
        .orElse(false);
  }

  public static boolean sameOrigin(String origin, String host) {
    if (origin == null || host == null) {
      return false;
    }
    try {
      URI o = URI.create(origin.trim());
      URI h = URI.create("//" + host.trim());
      if (o.getHost() == null
          || h.getHost() == null
          || !o.getHost().equalsIgnoreCase(h.getHost())) {
        return false;
      }
      int defaultPort = "https".equalsIgnoreCase(o.getScheme()) ? 443 : 80;
      int originPort = o.getPort() < 0 ? defaultPort : o.getPort();
      return h.getPort() < 0 ? originPort == defaultPort : originPort == h.getPort();
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  /**
   * The host and port the client addressed: the Host header, or over HTTP/2 (which has no Host
   * header, only the {@code :authority} the container reads) the server name and port.
   */
  public static String addressedHost(HttpServletRequest request) {
    String host = request.getHeader("Host");
    return host != null ? host : request.getServerName() + ":" + request.getServerPort();
  }

  /**
   * A state-changing API call authenticated by the session cookie must show it comes from our own
   * pages: a same-origin Origin, or a custom header a cross-site form cannot send.
   */
  public static boolean sessionCallAllowed(
      String method, String origin, String host, String requestedWith) {
    if (!changesState(method)) {
      return true;
    }
    return sameOrigin(origin, host) || (requestedWith != null && !requestedWith.isBlank());
  }

  /**
   * A call with HTTP Basic credentials is a program's, unless a browser sent it from another site
   * (browsers replay remembered Basic credentials on cross-site form posts, with that site's
   * Origin). Programs send no Origin, or their own page's.
   */
  public static boolean basicCallAllowed(String method, String origin, String host) {
    return !changesState(method) || origin == null || sameOrigin(origin, host);
  }
}

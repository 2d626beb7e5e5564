package org.bksbbridge.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.bksbbridge.web.StaticMisses;

/**
 * Tells browsers to reach this server over https only, once they have seen it over https. The
 * headers that do not depend on the request (no framing by other sites, no content-type guessing,
 * no scripts or styles from elsewhere, no full URLs in Referer headers to other sites) are the
 * server's, on every answer whoever makes it: {@code <httpEndpoint><headers>} in server.xml.
 */
@WebFilter(
    urlPatterns = "/*",
    dispatcherTypes = {jakarta.servlet.DispatcherType.REQUEST})
public class SecurityHeadersFilter extends HttpFilter {
  /** One year, the usual minimum for browsers' preload lists. */
  static final String STRICT_TRANSPORT_SECURITY = "max-age=31536000";

  private boolean httpsOnly;

  @Override
  public void init() {
    httpsOnly = org.bksbbridge.security.CrossSiteCheck.httpsOnly();
  }

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    strictTransport(request, response, httpsOnly);
    StaticMisses.doFilter(chain, request, response);
  }

  /**
   * Over https, or behind a proxy that ends TLS (the server then sees http, but the session cookie
   * is https-only): browsers heed it only when it arrives over https. Also for the answers the
   * authentication mechanism gives before any filter runs (401, 429).
   */
  public static void strictTransport(
      HttpServletRequest request, HttpServletResponse response, boolean httpsOnly) {
    if (request.isSecure() || httpsOnly) {
      response.setHeader("Strict-Transport-Security", STRICT_TRANSPORT_SECURITY);
    }
  }
}

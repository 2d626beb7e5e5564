package org.bksbbridge.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Headers that tell browsers to keep this application's pages to themselves: no framing by other
 * sites (clickjacking), no content-type guessing, no scripts or styles from elsewhere, no full URLs
 * (with their query strings) in Referer headers to other sites, and https only once seen over
 * https.
 */
@WebFilter(
    urlPatterns = "/*",
    dispatcherTypes = {jakarta.servlet.DispatcherType.REQUEST})
public class SecurityHeadersFilter extends HttpFilter {
  /**
   * Everything from this server only. Faces' Ajax renders inline event handlers ({@code
   * onchange="myfaces.ab(...)"} on the centre menu), which CSP can only allow as inline script;
   * output escaping in the pages remains the defence against injected markup.
   */
  static final String CONTENT_SECURITY_POLICY =
      "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self';"
          + " img-src 'self' data:; object-src 'none'; base-uri 'self'; form-action 'self';"
          + " frame-ancestors 'none'";

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
    response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
    response.setHeader("X-Frame-Options", "DENY");
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("Referrer-Policy", "same-origin");
    if (request.isSecure() || httpsOnly) {
      // Over https, or behind a proxy that ends TLS (the server then sees http, but the session
      // cookie is https-only): browsers heed it only when it arrives over https.
      response.setHeader("Strict-Transport-Security", STRICT_TRANSPORT_SECURITY);
    }
    chain.doFilter(request, response);
  }
}

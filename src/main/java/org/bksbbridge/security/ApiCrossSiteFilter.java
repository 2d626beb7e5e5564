package org.bksbbridge.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.bksbbridge.web.ErrorResponses;
import org.bksbbridge.web.StaticMisses;

/**
 * Refuses state-changing {@code /api/v1} calls that a browser could have been tricked into sending
 * from another site (see {@link CrossSiteCheck}). It runs after authentication, which records how
 * the caller signed in: only the session cookie and remembered Basic credentials ride along on
 * cross-site requests by themselves.
 */
@WebFilter(urlPatterns = "/api/*")
public class ApiCrossSiteFilter extends HttpFilter {
  private boolean httpsOnly;

  @Override
  public void init() {
    httpsOnly = CrossSiteCheck.httpsOnly();
  }

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    Object how = request.getAttribute(BridgeAuthenticationMechanism.AUTHENTICATED_BY);
    String method = request.getMethod();
    String origin = request.getHeader("Origin");
    String host = CrossSiteCheck.addressedHost(request);
    boolean allowed =
        switch (String.valueOf(how)) {
          case BridgeAuthenticationMechanism.BY_SESSION ->
              CrossSiteCheck.sessionCallAllowed(
                  method, origin, host, request.getHeader("X-Requested-With"));
          case BridgeAuthenticationMechanism.BY_BASIC ->
              CrossSiteCheck.basicCallAllowed(method, origin, host);
          default -> true;
        };
    allowed = allowed && (how == null || CrossSiteCheck.schemeAllowed(origin, httpsOnly));
    if (!allowed) {
      ErrorResponses.json(
          response,
          HttpServletResponse.SC_FORBIDDEN,
          "a call signed in with the page's session must come from this server's pages: send a"
              + " same-origin Origin header or X-Requested-With");
      return;
    }
    StaticMisses.doFilter(chain, request, response);
  }
}

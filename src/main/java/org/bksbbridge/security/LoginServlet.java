package org.bksbbridge.security;

import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The login form posts here. By the time this runs, {@link BridgeAuthenticationMechanism} has
 * checked the credentials; this only sends the person on.
 */
@WebServlet(urlPatterns = {BridgeAuthenticationMechanism.LOGIN_ACTION, "/logout"})
public class LoginServlet extends HttpServlet {

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws IOException, ServletException {
    String context = request.getContextPath();
    if (!BridgeAuthenticationMechanism.sameOrigin(request)) {
      // Posted from another site: neither sign in nor out, just show the form again.
      response.sendRedirect(context + BridgeAuthenticationMechanism.LOGIN_PAGE + "?failed=1");
      return;
    }
    if (request.getServletPath().equals("/logout")) {
      request.logout();
      if (request.getSession(false) != null) {
        request.getSession(false).invalidate();
      }
      response.sendRedirect(context + BridgeAuthenticationMechanism.LOGIN_PAGE + "?out=1");
      return;
    }
    if (request.getAttribute(BridgeAuthenticationMechanism.RETRY_AFTER) != null) {
      response.sendRedirect(context + BridgeAuthenticationMechanism.LOGIN_PAGE + "?throttled=1");
      return;
    }
    if (request.getUserPrincipal() == null) {
      response.sendRedirect(context + BridgeAuthenticationMechanism.LOGIN_PAGE + "?failed=1");
      return;
    }
    response.sendRedirect(context + safeNext(request.getParameter("next")));
  }

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException, ServletException {
    response.sendRedirect(request.getContextPath() + BridgeAuthenticationMechanism.LOGIN_PAGE);
  }

  /**
   * Only paths inside this application: an open redirect would help phishing. Control characters
   * (CR/LF would split the Location header) send the person to the start page instead.
   */
  static String safeNext(String next) {
    if (next == null || !next.startsWith("/") || next.startsWith("//") || next.contains("\\")) {
      return "/";
    }
    if (next.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
      return "/";
    }
    return next;
  }
}

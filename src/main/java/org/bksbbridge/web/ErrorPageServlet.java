package org.bksbbridge.web;

import jakarta.faces.application.ViewExpiredException;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Every error page of the application (web.xml maps the status codes and uncaught exceptions here),
 * so no answer shows the server's own page with its message codes and exception class names: {@code
 * /api/} paths get the API's JSON error body, pages a short page of our own. The exception itself
 * is in the server log, never in the answer.
 */
@WebServlet(urlPatterns = ErrorPageServlet.PATH)
public class ErrorPageServlet extends HttpServlet {
  static final String PATH = "/errors/page";

  @Override
  protected void service(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    int status = status(request);
    response.setStatus(status);
    String uri = String.valueOf(request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI));
    String path = uri.substring(Math.min(uri.length(), request.getContextPath().length()));
    ErrorPage page =
        status == 503 && databaseAway(request) ? ErrorPage.DATABASE_AWAY : ErrorPage.of(status);
    if (path.startsWith("/api/")) {
      ErrorResponses.json(response, status, page.apiMessage());
      return;
    }
    response.setContentType("text/html");
    response.setCharacterEncoding("UTF-8");
    response.getWriter().write(page.html(request.getContextPath()));
  }

  /**
   * The status to answer. A page whose Faces state is unknown (expired, from another server, or
   * forged) is the request's fault, not the server's: 400 with a page that says to open it again.
   */
  static int status(HttpServletRequest request) {
    if (databaseAway(request)) {
      return HttpServletResponse.SC_SERVICE_UNAVAILABLE;
    }
    for (Throwable t = (Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
        t != null;
        t = t.getCause()) {
      if (t instanceof ViewExpiredException) {
        return HttpServletResponse.SC_BAD_REQUEST;
      }
    }
    Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
    return code instanceof Integer i && i >= 400 ? i : 500;
  }

  private static boolean databaseAway(HttpServletRequest request) {
    return org.bksbbridge.persistence.DatabaseAway.in(
        (Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION));
  }
}

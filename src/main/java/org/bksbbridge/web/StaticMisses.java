package org.bksbbridge.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.FileNotFoundException;
import java.io.IOException;

/**
 * A path nothing serves is a 404, not an incident. Behind a filter, the server's file servlet says
 * so by throwing FileNotFoundException, and the server writes every exception leaving a filter into
 * an FFDC file; our filters pass the chain through here, which answers 404 (our error page)
 * instead.
 */
public final class StaticMisses {
  private StaticMisses() {}

  public static void doFilter(
      FilterChain chain, HttpServletRequest request, HttpServletResponse response)
      throws IOException, ServletException {
    try {
      chain.doFilter(request, response);
    } catch (FileNotFoundException e) {
      notFound(response, e);
    } catch (ServletException e) {
      if (!(e.getRootCause() instanceof FileNotFoundException missing)) {
        throw e;
      }
      notFound(response, missing);
    }
  }

  private static void notFound(HttpServletResponse response, FileNotFoundException e)
      throws IOException {
    if (response.isCommitted()) {
      throw e;
    }
    response.sendError(HttpServletResponse.SC_NOT_FOUND);
  }
}

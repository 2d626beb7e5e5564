package org.bksbbridge.ui;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;

/**
 * Sends a page's redirect only once Faces has finished the request.
 *
 * <p>After a post, a page redirects to itself with its message kept in the flash ("Created bksb
 * user ..."). Faces stores the kept messages in the session after the action has asked for the
 * redirect, and Liberty sends a redirect to the browser the moment it is asked. A browser quick
 * enough to follow it reached the next page before the messages were stored, and the page showed
 * none (a browser test caught it once in many runs). Holding the redirect until the Faces servlet
 * returns makes the order certain: everything the post stores is stored before the browser can ask
 * for the next page.
 */
@WebFilter(servletNames = "Faces", dispatcherTypes = DispatcherType.REQUEST)
public class HeldRedirectFilter extends HttpFilter {
  private static final long serialVersionUID = 1L;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    HeldRedirect held = new HeldRedirect(response);
    chain.doFilter(request, held);
    // Not in a finally: a request that failed after asking for a redirect gets the error page.
    held.send();
  }

  /** A response that keeps a redirect's location until {@link #send()}. */
  static final class HeldRedirect extends HttpServletResponseWrapper {
    private String location;

    HeldRedirect(HttpServletResponse response) {
      super(response);
    }

    @Override
    public void sendRedirect(String location) throws IOException {
      if (isCommitted()) {
        throw new IllegalStateException("The response is already committed");
      }
      resetBuffer();
      this.location = location;
    }

    /** As after a sent redirect: nothing more may be written to this response. */
    @Override
    public boolean isCommitted() {
      return location != null || super.isCommitted();
    }

    void send() throws IOException {
      if (location != null) {
        super.sendRedirect(location);
      }
    }
  }
}

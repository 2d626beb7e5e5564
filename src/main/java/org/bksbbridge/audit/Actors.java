package org.bksbbridge.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import org.bksbbridge.access.CentreAccess;

/**
 * The actor of the current request: the signed-in caller, the client address the server saw (behind
 * a proxy, what Liberty's {@code remoteIp} setting makes of X-Forwarded-For), and whether it came
 * through the API or a page.
 */
@ApplicationScoped
public class Actors {
  public static final String API = "api";
  public static final String PAGE = "page";

  @Inject CentreAccess access;
  @Inject Instance<HttpServletRequest> requests;

  public Actor current() {
    HttpServletRequest r = request();
    String via = null;
    if (r != null) {
      String path = r.getRequestURI().substring(r.getContextPath().length());
      via = path.startsWith("/api/") ? API : PAGE;
    }
    return new Actor(access.caller().name(), r == null ? null : r.getRemoteAddr(), via);
  }

  /** The client address of the current request; null outside one. */
  public String clientAddress() {
    HttpServletRequest r = request();
    return r == null ? null : r.getRemoteAddr();
  }

  private HttpServletRequest request() {
    try {
      if (requests != null && requests.isResolvable()) {
        HttpServletRequest r = requests.get();
        r.getRemoteAddr();
        return r;
      }
    } catch (RuntimeException noRequest) {
      // A job's thread, or a test outside the server: no request, no address.
    }
    return null;
  }
}

package org.bksbbridge.settings;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Where a centre's bksb API URL may point. The stored access key travels to that URL with every
 * call, so it may only be bksb itself (https on an allowed host) or, where the built-in sandbox is
 * on, exactly its configured URL: anything else would let whoever edits settings send the key to a
 * host of their choosing, or use this server to probe the network.
 */
@ApplicationScoped
public class ApiUrlPolicy {
  @Inject
  @ConfigProperty(name = "bksb.api.allowedHosts", defaultValue = "live2api.bksblive2.co.uk")
  String allowedHosts;

  @Inject
  @ConfigProperty(name = "bksb.sandbox.enabled", defaultValue = "false")
  boolean sandboxEnabled;

  @Inject
  @ConfigProperty(name = "bksb.sandbox.url")
  Optional<String> sandboxUrl;

  ApiUrlPolicy() {}

  ApiUrlPolicy(String allowedHosts, boolean sandboxEnabled, String sandboxUrl) {
    this.allowedHosts = allowedHosts;
    this.sandboxEnabled = sandboxEnabled;
    this.sandboxUrl = Optional.ofNullable(sandboxUrl);
  }

  /** The URL as stored, normalised, or why it is refused. */
  public sealed interface Verdict {}

  public record Allowed(String url) implements Verdict {}

  public record Refused(String problem) implements Verdict {}

  public Verdict check(String url) {
    URI uri = normalise(url).orElse(null);
    if (uri == null) {
      return new Refused("must be an absolute https URL without user name, query or fragment");
    }
    if (sandboxEnabled && sandboxUrl.flatMap(ApiUrlPolicy::normalise).equals(Optional.of(uri))) {
      return new Allowed(uri.toString());
    }
    if (!"https".equals(uri.getScheme())) {
      return new Refused("must use https" + sandboxHint());
    }
    if (uri.getPort() != -1 && uri.getPort() != 443) {
      return new Refused("must use the standard https port");
    }
    if (!hostAllowed(uri.getHost())) {
      return new Refused(
          "must be a bksb API host (" + String.join(", ", hosts()) + ")" + sandboxHint());
    }
    return new Allowed(uri.toString());
  }

  private String sandboxHint() {
    return sandboxEnabled && sandboxUrl.isPresent()
        ? ", or the built-in sandbox " + sandboxUrl.get()
        : "";
  }

  private boolean hostAllowed(String host) {
    for (String allowed : hosts()) {
      if (allowed.startsWith("*.")
          ? host.endsWith(allowed.substring(1)) && host.length() > allowed.length() - 1
          : host.equals(allowed)) {
        return true;
      }
    }
    return false;
  }

  private List<String> hosts() {
    return Arrays.stream(allowedHosts.split(","))
        .map(h -> h.strip().toLowerCase(Locale.ROOT))
        .filter(h -> !h.isEmpty())
        .toList();
  }

  /**
   * Lower-case scheme and host, dot segments resolved, one trailing slash; empty for anything that
   * is not a plain absolute http(s) URL (user info, query and fragment are refused, not dropped, so
   * what is stored is what was meant).
   */
  static Optional<URI> normalise(String url) {
    try {
      URI u = new URI(url.strip()).normalize();
      String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(Locale.ROOT);
      if (!(scheme.equals("https") || scheme.equals("http"))
          || u.getHost() == null
          || u.getRawUserInfo() != null
          || u.getRawQuery() != null
          || u.getRawFragment() != null
          || u.isOpaque()) {
        return Optional.empty();
      }
      String path = u.getRawPath() == null || u.getRawPath().isEmpty() ? "/" : u.getRawPath();
      if (path.startsWith("/..") || path.contains("/../") || path.contains("\\")) {
        return Optional.empty();
      }
      if (!path.endsWith("/")) {
        path = path + "/";
      }
      String host = u.getHost().toLowerCase(Locale.ROOT);
      return Optional.of(new URI(scheme + "://" + host + portPart(u) + path));
    } catch (URISyntaxException | IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  private static String portPart(URI u) {
    return u.getPort() == -1 ? "" : ":" + u.getPort();
  }
}

package org.bksbbridge.webhooks;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Where a webhook may point: https, no credentials in the URL, and a host whose every address is
 * public. Whoever edits a centre's settings must not make this server call into the college's own
 * network (or the cloud's metadata address). Checked when saved and again before each attempt, as a
 * name may resolve elsewhere later. Loopback receivers (plain http too) only where {@code
 * bksb.webhooks.allowLoopback} is on: the dev server's.
 */
@ApplicationScoped
public class WebhookUrlPolicy {
  @Inject
  @ConfigProperty(name = "bksb.webhooks.allowLoopback", defaultValue = "false")
  boolean allowLoopback;

  WebhookUrlPolicy() {}

  WebhookUrlPolicy(boolean allowLoopback) {
    this.allowLoopback = allowLoopback;
  }

  /** The URL as stored, or why it is refused. */
  Optional<String> problem(String url) {
    URI uri;
    try {
      uri = new URI(url == null ? "" : url.strip());
    } catch (URISyntaxException e) {
      return Optional.of("must be an absolute https URL");
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (uri.getHost() == null || !(scheme.equals("https") || scheme.equals("http"))) {
      return Optional.of("must be an absolute https URL");
    }
    if (uri.getRawUserInfo() != null) {
      return Optional.of("must not carry a user name or password");
    }
    if (uri.getRawFragment() != null) {
      return Optional.of("must not have a fragment");
    }
    InetAddress[] addresses;
    try {
      addresses = InetAddress.getAllByName(uri.getHost());
    } catch (UnknownHostException e) {
      return Optional.of("names a host that does not resolve: " + uri.getHost());
    }
    boolean loopback = true;
    for (InetAddress a : addresses) {
      loopback &= a.isLoopbackAddress();
      if (!a.isLoopbackAddress() && !isPublic(a)) {
        return Optional.of(
            "must not point to a private or local address (" + a.getHostAddress() + ")");
      }
    }
    if (loopback && !allowLoopback) {
      return Optional.of("must not point to this server (loopback receivers are for development)");
    }
    if (!loopback && !scheme.equals("https")) {
      return Optional.of("must use https");
    }
    return Optional.empty();
  }

  /** Not private, link-local, shared (100.64/10), unique-local (fc00::/7), multicast or any. */
  static boolean isPublic(InetAddress a) {
    if (a.isAnyLocalAddress()
        || a.isSiteLocalAddress()
        || a.isLinkLocalAddress()
        || a.isMulticastAddress()
        || a.isLoopbackAddress()) {
      return false;
    }
    byte[] b = a.getAddress();
    if (b.length == 4) {
      int first = b[0] & 0xff;
      int second = b[1] & 0xff;
      return first != 0 && !(first == 100 && second >= 64 && second < 128);
    }
    return (b[0] & 0xfe) != 0xfc;
  }
}

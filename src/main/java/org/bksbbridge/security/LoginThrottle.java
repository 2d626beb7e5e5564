package org.bksbbridge.security;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Locale;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Slows password guessing, through the login form and HTTP Basic alike: a user name with {@code
 * bksb.login.maxFailures} failures, or a client address with {@code
 * bksb.login.maxFailuresPerAddress}, is refused (even with the right password) for a delay that
 * grows with each further failure. Per server, in memory: a restart forgets the counts.
 */
@ApplicationScoped
public class LoginThrottle {
  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = "bksb.login.maxFailures", defaultValue = "5")
  int maxFailures;

  @Inject
  @ConfigProperty(name = "bksb.login.maxFailuresPerAddress", defaultValue = "20")
  int maxFailuresPerAddress;

  @Inject
  @ConfigProperty(name = "bksb.login.windowMinutes", defaultValue = "15")
  int windowMinutes;

  @Inject
  @ConfigProperty(name = "bksb.login.blockSeconds", defaultValue = "30")
  int blockSeconds;

  @Inject
  @ConfigProperty(name = "bksb.login.maxBlockSeconds", defaultValue = "900")
  int maxBlockSeconds;

  private FailureThrottle users;
  private FailureThrottle addresses;

  @PostConstruct
  void init() {
    users = new FailureThrottle(policy(maxFailures));
    addresses = new FailureThrottle(policy(maxFailuresPerAddress));
  }

  private FailureThrottle.Policy policy(int max) {
    return new FailureThrottle.Policy(
        Math.max(1, max),
        Duration.ofMinutes(Math.max(1, windowMinutes)),
        Duration.ofSeconds(Math.max(1, blockSeconds)),
        Duration.ofSeconds(Math.max(blockSeconds, maxBlockSeconds)));
  }

  /**
   * Counts a sign-in attempt before its password is checked, so a burst of parallel attempts cannot
   * all pass before the first failure is recorded: seconds it must wait (rounded up), or 0 when it
   * may be checked. A right password then calls {@link #succeeded}.
   */
  public long attempt(String user, String address) {
    Instant now = clock.instant();
    Duration wait = users.blockedFor(userKey(user), now);
    Duration byAddress = addresses.blockedFor(addressKey(address), now);
    Duration longest = wait.compareTo(byAddress) >= 0 ? wait : byAddress;
    if (!longest.isZero()) {
      return (longest.toMillis() + 999) / 1000;
    }
    users.failed(userKey(user), now);
    addresses.failed(addressKey(address), now);
    return 0;
  }

  /**
   * A right password clears the user's count; the address only gets this attempt back (one account
   * must not reset the count of everyone behind that address).
   */
  public void succeeded(String user, String address) {
    users.succeeded(userKey(user));
    addresses.undo(addressKey(address), clock.instant());
  }

  /**
   * Registries match names regardless of case, so the count does too. No real user name is longer
   * than 256 characters: longer ones are cut, so huge names cannot fill the heap.
   */
  static String userKey(String user) {
    String key = user == null ? "" : user.strip().toLowerCase(Locale.ROOT);
    return key.length() > 256 ? key.substring(0, 256) : key;
  }

  /**
   * An IPv6 client is counted by its /64 network, which one subscriber holds whole: otherwise each
   * of its addresses would get a fresh allowance.
   */
  static String addressKey(String address) {
    if (address == null || address.indexOf(':') < 0) {
      return String.valueOf(address);
    }
    try {
      byte[] a = InetAddress.getByName(address).getAddress();
      if (a.length != 16) {
        return address;
      }
      return HexFormat.of().formatHex(a, 0, 8) + "::/64";
    } catch (UnknownHostException e) {
      return address;
    }
  }
}

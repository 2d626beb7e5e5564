package org.bksbbridge.security;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
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

  /** Seconds the attempt must wait (rounded up), or 0 when it may be checked. */
  public long retryAfterSeconds(String user, String address) {
    Duration wait = users.blockedFor(userKey(user), clock.instant());
    Duration byAddress = addresses.blockedFor(address, clock.instant());
    Duration longest = wait.compareTo(byAddress) >= 0 ? wait : byAddress;
    return longest.isZero() ? 0 : (longest.toMillis() + 999) / 1000;
  }

  public void failed(String user, String address) {
    users.failed(userKey(user), clock.instant());
    addresses.failed(address, clock.instant());
  }

  /**
   * A right password clears the user's count, not the address's (one account must not reset it).
   */
  public void succeeded(String user) {
    users.succeeded(userKey(user));
  }

  /** Registries match names regardless of case, so the count does too. */
  private static String userKey(String user) {
    return user == null ? "" : user.strip().toLowerCase(Locale.ROOT);
  }
}

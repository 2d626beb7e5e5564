package org.bksbbridge.sandbox;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The sandbox's bksb account: generated users and results, with explicit changes (admin API,
 * createUser) kept on top, plus the faults to inject and the call statistics.
 */
@ApplicationScoped
public class SandboxState {
  /** Users made through the API get ids from here up, clear of any generated range. */
  static final long CREATED_IDS_FROM = 50_000_000L;

  /** Read on every call, so ops can switch the sandbox off without a restart. */
  @Inject
  @ConfigProperty(name = "bksb.sandbox.enabled", defaultValue = "false")
  Provider<Boolean> enabled;

  @Inject
  @ConfigProperty(name = "bksb.sandbox.keys", defaultValue = "sandbox-key:sandbox-secret")
  String keyList;

  @Inject
  @ConfigProperty(name = "bksb.sandbox.users", defaultValue = "300")
  int initialUsers;

  @Inject
  @ConfigProperty(name = "bksb.sandbox.resultsPerUser", defaultValue = "6")
  int initialResultsPerUser;

  @Inject
  @ConfigProperty(name = "bksb.sandbox.seed", defaultValue = "42")
  long initialSeed;

  private volatile SandboxGenerator generator;
  private final Map<String, String> keys = new ConcurrentHashMap<>();
  private final Map<Long, SandboxUser> users = new ConcurrentHashMap<>();
  private final Map<Long, Boolean> deleted = new ConcurrentHashMap<>();
  private final Map<Long, Map<Long, SandboxResult>> results = new ConcurrentHashMap<>();
  private final List<CreatedUser> created = new CopyOnWriteArrayList<>();

  /**
   * Started from the clock, not at a fixed number: the sandbox forgets its users when the server
   * restarts (or the app is redeployed), but the database keeps links to them, and a new user must
   * not get the id of a forgotten one (real bksb never reuses one).
   */
  private final AtomicLong nextId =
      new AtomicLong(Math.max(CREATED_IDS_FROM, System.currentTimeMillis() / 1000 * 100));

  private volatile SandboxFaults faults = SandboxFaults.NONE;
  private final java.util.concurrent.atomic.AtomicInteger failNext =
      new java.util.concurrent.atomic.AtomicInteger();
  private final SandboxStats stats = new SandboxStats();
  private final SandboxHold hold = new SandboxHold();

  protected SandboxState() {}

  /** A sandbox outside the server (tests). */
  public SandboxState(Map<String, String> keyPairs, SandboxGenerator generator) {
    this.enabled = () -> Boolean.TRUE;
    this.keys.putAll(keyPairs);
    this.generator = generator;
  }

  @PostConstruct
  void configure() {
    for (String pair : keyList.split(",")) {
      int colon = pair.indexOf(':');
      if (colon > 0) {
        keys.put(pair.substring(0, colon).strip(), pair.substring(colon + 1).strip());
      }
    }
    generator = new SandboxGenerator(initialSeed, initialUsers, initialResultsPerUser);
  }

  public boolean enabled() {
    return enabled.get();
  }

  /** Switches a sandbox made outside the server on or off. */
  public void enabled(boolean on) {
    enabled = () -> on;
  }

  public boolean accepts(String accessKeyId, String secret) {
    return secret != null && secret.equals(keys.get(accessKeyId));
  }

  /** Forgets every change and statistic; the generated data stays. */
  public synchronized void reset() {
    users.clear();
    deleted.clear();
    results.clear();
    created.clear();
    faults = SandboxFaults.NONE;
    failNext.set(0);
    stats.reset();
    hold.open();
  }

  /** Replaces the generated data (and, as {@link #reset}, every change). */
  public synchronized void generate(SandboxGenerator g) {
    reset();
    generator = g;
  }

  public SandboxGenerator generator() {
    return generator;
  }

  public Optional<SandboxUser> user(long userId) {
    if (deleted.containsKey(userId)) {
      return Optional.empty();
    }
    SandboxUser u = users.get(userId);
    if (u != null) {
      return Optional.of(u);
    }
    return generator.generates(userId) ? Optional.of(generator.user(userId)) : Optional.empty();
  }

  public Optional<SandboxUser> byUsername(String username) {
    for (SandboxUser u : users.values()) {
      if (u.username().equalsIgnoreCase(username) && !deleted.containsKey(u.userId())) {
        return Optional.of(u);
      }
    }
    long id = generator.idIn(username);
    return id < 0 || users.containsKey(id) ? Optional.empty() : user(id);
  }

  /** Every user, in id order: generated ones computed as they are visited. */
  public void forEachUser(java.util.function.Predicate<SandboxUser> visitor) {
    List<Long> extra = new ArrayList<>(users.keySet());
    extra.removeIf(generator::generates);
    extra.sort(Comparator.naturalOrder());
    for (long id = 1; id <= generator.users(); id++) {
      Optional<SandboxUser> u = user(id);
      if (u.isPresent() && !visitor.test(u.get())) {
        return;
      }
    }
    for (long id : extra) {
      Optional<SandboxUser> u = user(id);
      if (u.isPresent() && !visitor.test(u.get())) {
        return;
      }
    }
  }

  public void putUser(SandboxUser u) {
    deleted.remove(u.userId());
    users.put(u.userId(), u);
  }

  public boolean deleteUser(long userId) {
    boolean existed = user(userId).isPresent();
    users.remove(userId);
    results.remove(userId);
    deleted.put(userId, Boolean.TRUE);
    return existed;
  }

  public long nextUserId() {
    return nextId.incrementAndGet();
  }

  public void recordCreated(CreatedUser c) {
    created.add(c);
  }

  public List<CreatedUser> created() {
    return List.copyOf(created);
  }

  public void putResult(long userId, SandboxResult r) {
    results.computeIfAbsent(userId, k -> new ConcurrentHashMap<>()).put(r.sessionId(), r);
  }

  /** A user's results, newest first (ties broken by session id, highest first). */
  public List<SandboxResult> results(long userId) {
    if (user(userId).isEmpty()) {
      return List.of();
    }
    Map<Long, SandboxResult> all = new HashMap<>();
    if (generator.generates(userId)) {
      generator.results(userId).forEach(r -> all.put(r.sessionId(), r));
    }
    all.putAll(results.getOrDefault(userId, Map.of()));
    List<SandboxResult> list = new ArrayList<>(all.values());
    list.sort(
        Comparator.comparing(SandboxResult::completed)
            .thenComparing(SandboxResult::sessionId)
            .reversed());
    return list;
  }

  public SandboxFaults faults() {
    return faults;
  }

  /**
   * The next n API calls fail with 503, whatever the random faults say: an outage of a known
   * length, for tests that must see a client's retries run out.
   */
  public void failNext(int n) {
    failNext.set(n);
  }

  /** Whether this call is one of the failures {@link #failNext} asked for. */
  boolean takeFailure() {
    return failNext.getAndUpdate(n -> n > 0 ? n - 1 : 0) > 0;
  }

  public void faults(SandboxFaults f) {
    faults = f;
  }

  public SandboxStats stats() {
    return stats;
  }

  SandboxHold hold() {
    return hold;
  }
}

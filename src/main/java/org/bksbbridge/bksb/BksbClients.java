package org.bksbbridge.bksb;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.client.Client;
import java.time.Duration;
import org.apache.hc.client5.http.impl.DefaultHttpRequestRetryStrategy;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManager;
import org.apache.hc.core5.util.TimeValue;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.glassfish.jersey.apache5.connector.Apache5ClientProperties;
import org.glassfish.jersey.apache5.connector.Apache5ConnectorProvider;
import org.glassfish.jersey.client.ClientConfig;
import org.glassfish.jersey.client.ClientProperties;
import org.glassfish.jersey.client.JerseyClientBuilder;
import org.glassfish.jersey.jsonb.JsonBindingFeature;

/**
 * Makes {@link BksbClient}s that share one Jersey client and one bounded connection pool. Built
 * with {@link JerseyClientBuilder} explicitly: {@code ClientBuilder.newBuilder()} on Liberty would
 * give its own RESTEasy client.
 */
@ApplicationScoped
public class BksbClients {
  private BksbClientSettings settings;
  private Client jersey;
  private CallRecorder recorder = CallRecorder.NONE;
  private CallRecorder metrics = CallRecorder.NONE;
  private CallRecorder spans = CallRecorder.NONE;
  private AccountReachability reachability = new AccountReachability();
  private AccountGates gates = new AccountGates(AccountGates.DEFAULT_IN_FLIGHT, 0);

  protected BksbClients() {}

  @Inject
  BksbClients(
      @ConfigProperty(name = "bksb.client.connectTimeoutMillis", defaultValue = "5000")
          long connectMillis,
      @ConfigProperty(name = "bksb.client.readTimeoutMillis", defaultValue = "30000")
          long readMillis,
      @ConfigProperty(name = "bksb.client.maxConnections", defaultValue = "32") int maxConnections,
      @ConfigProperty(name = "bksb.client.maxAttempts", defaultValue = "5") int maxAttempts,
      @ConfigProperty(name = "bksb.client.backoffMillis", defaultValue = "250") long backoffMillis,
      @ConfigProperty(name = "bksb.client.maxBackoffMillis", defaultValue = "30000")
          long maxBackoffMillis,
      @ConfigProperty(name = "bksb.client.maxInFlightPerAccount", defaultValue = "8")
          int maxInFlightPerAccount,
      @ConfigProperty(name = "bksb.client.callsPerSecond", defaultValue = "0")
          double callsPerSecond,
      CallLog callLog,
      CallMetrics metrics,
      AccountReachability reachability) {
    this(
        new BksbClientSettings(
            Duration.ofMillis(connectMillis),
            Duration.ofMillis(readMillis),
            maxConnections,
            maxAttempts,
            Duration.ofMillis(backoffMillis),
            Duration.ofMillis(maxBackoffMillis)),
        callLog);
    this.metrics = metrics;
    this.reachability = reachability;
    this.gates = new AccountGates(maxInFlightPerAccount, callsPerSecond);
  }

  /** For use outside a container (tests, tools). */
  public BksbClients(BksbClientSettings settings, CallRecorder recorder) {
    this.settings = settings;
    this.recorder = recorder;
    this.jersey = build(settings);
  }

  /** Outside a container, with the per-account limits of {@code gates}. */
  public BksbClients(BksbClientSettings settings, CallRecorder recorder, AccountGates gates) {
    this(settings, recorder);
    this.gates = gates;
  }

  /** Outside a container, recording how each account answered into {@code reachability}. */
  public BksbClients(
      BksbClientSettings settings,
      CallRecorder recorder,
      AccountGates gates,
      AccountReachability reachability) {
    this(settings, recorder, gates);
    this.reachability = reachability;
  }

  /** Traces each attempt (a method, so factories made for tests get it too). */
  @Inject
  void traced(CallSpans spans) {
    this.spans = spans;
  }

  /** A client for calls outside a job: a connection test, one learner's refresh, a link. */
  public BksbClient client(BksbConnection connection) {
    return build(connection, null);
  }

  /**
   * A client for a job's calls: each recorded call carries the execution, so the call log lists a
   * run's calls. Batch artifacts pass their {@code JobContext}'s execution id (the top-level one,
   * also in a partition).
   */
  public BksbClient forJob(BksbConnection connection, long executionId) {
    return build(connection, executionId);
  }

  private BksbClient build(BksbConnection connection, Long executionId) {
    return new BksbClient(
        jersey,
        connection,
        settings,
        recorder,
        measured(connection),
        new ResultTranslator(),
        executionId,
        gates.of(connection));
  }

  /**
   * What every attempt feeds, whatever the centre's call log setting: metrics, reachability,
   * traces.
   */
  private CallRecorder measured(BksbConnection connection) {
    return CallRecorder.both(
        metrics, CallRecorder.both(reachability.recorderFor(connection), spans));
  }

  private static Client build(BksbClientSettings s) {
    PoolingHttpClientConnectionManager pool = new PoolingHttpClientConnectionManager();
    pool.setMaxTotal(s.maxConnections());
    pool.setDefaultMaxPerRoute(s.maxConnections());
    ClientConfig config =
        new ClientConfig()
            .connectorProvider(new Apache5ConnectorProvider())
            .property(Apache5ClientProperties.CONNECTION_MANAGER, pool)
            // Retrying alone retries: HttpClient's own strategy would repeat a 503 or 429 unseen,
            // so the call log and metrics would miss attempts and their waits.
            .property(
                Apache5ClientProperties.RETRY_STRATEGY,
                new DefaultHttpRequestRetryStrategy(0, TimeValue.ZERO_MILLISECONDS))
            .property(ClientProperties.CONNECT_TIMEOUT, (int) s.connectTimeout().toMillis())
            .property(ClientProperties.READ_TIMEOUT, (int) s.readTimeout().toMillis())
            .register(JsonBindingFeature.class);
    return new JerseyClientBuilder().withConfig(config).build();
  }

  @PreDestroy
  public void close() {
    if (jersey != null) {
      jersey.close();
    }
  }
}

package org.bksbbridge.testing;

import com.sun.net.httpserver.HttpServer;
import java.net.URI;
import java.util.Map;
import org.bksbbridge.bksb.BksbConnection;
import org.bksbbridge.sandbox.SandboxAdminResource;
import org.bksbbridge.sandbox.SandboxApiResource;
import org.bksbbridge.sandbox.SandboxGate;
import org.bksbbridge.sandbox.SandboxGenerator;
import org.bksbbridge.sandbox.SandboxState;
import org.glassfish.jersey.internal.inject.AbstractBinder;
import org.glassfish.jersey.jdkhttp.JdkHttpServerFactory;
import org.glassfish.jersey.jsonb.JsonBindingFeature;
import org.glassfish.jersey.server.ResourceConfig;

/**
 * The bksb sandbox served in this JVM on a free loopback port, by Jersey's JDK HTTP server: the
 * same resource classes Liberty serves under {@code /bksb-sandbox}.
 */
public final class InProcessSandbox implements AutoCloseable {
  public static final String KEY = "test-key";
  public static final String SECRET = "test-secret-Zq8w";

  public final SandboxState state;
  private final HttpServer server;
  private final URI base;

  public InProcessSandbox(SandboxGenerator generator) {
    // The JDK server leaves Nagle's algorithm on unless told otherwise: 40 ms per small reply.
    System.setProperty("sun.net.httpserver.nodelay", "true");
    state = new SandboxState(Map.of(KEY, SECRET), generator);
    ResourceConfig app =
        new ResourceConfig()
            .register(SandboxApiResource.of(state))
            .register(SandboxAdminResource.of(state))
            .register(SandboxGate.of(state))
            .register(JsonBindingFeature.class)
            .register(
                // Jersey injects @Inject fields of registered instances too: give it the state.
                new AbstractBinder() {
                  @Override
                  protected void configure() {
                    bind(state).to(SandboxState.class);
                  }
                });
    server =
        JdkHttpServerFactory.createHttpServer(URI.create("http://127.0.0.1:0/bksb-sandbox/"), app);
    base = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/bksb-sandbox/");
  }

  public URI base() {
    return base;
  }

  public BksbConnection connection(boolean logCalls) {
    return new BksbConnection(base, KEY, SECRET, "TEST", logCalls);
  }

  public BksbConnection connection(String key, String secret) {
    return new BksbConnection(base, key, secret, "TEST", false);
  }

  @Override
  public void close() {
    server.stop(0);
  }
}

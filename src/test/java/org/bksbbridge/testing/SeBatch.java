package org.bksbbridge.testing;

import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.JobExecution;
import jakarta.batch.runtime.Metric;
import jakarta.batch.runtime.StepExecution;
import jakarta.transaction.TransactionManager;
import java.time.Duration;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.jberet.creation.BatchCDIExtension;
import org.jberet.operations.JobOperatorImpl;
import org.jberet.repository.JobRepository;
import org.jberet.se.BatchSEEnvironment;
import org.jberet.spi.ArtifactFactory;
import org.jberet.spi.BatchEnvironment;
import org.jberet.spi.JobTask;
import org.jberet.spi.JobXmlResolver;
import org.jboss.weld.bootstrap.api.helpers.RegistrySingletonProvider;
import org.jboss.weld.environment.se.Weld;
import org.jboss.weld.environment.se.WeldContainer;

/**
 * Runs the application's JSL outside the server: Weld SE holds the batch artifacts under test,
 * JBeret SE runs the jobs, and chunk transactions go to {@link SeTransactionManager}.
 */
public final class SeBatch implements AutoCloseable {
  private final WeldContainer weld;
  private final JobOperator operator;

  public final SeDatabase db;
  public final SeTransactionManager transactions;
  public final SeEnvironment env;

  /** What the server gives and Weld SE has not: each test container gets these in its place. */
  private static final Class<?>[] STAND_INS = {
    SeProducers.class,
    SeTransactional.class,
    SeTransactionalRequiresNew.class,
    SeTransactionalNotSupported.class,
    NoCaller.class,
    TestBksbClients.class,
    org.bksbbridge.settings.SettingsFixture.TestSecretBox.class,
    org.bksbbridge.imports.SeImportFiles.class,
    org.bksbbridge.schema.SeSchema.class
  };

  /**
   * The module's beans (all of them, as the server has them) on a fresh environment over {@code
   * db}.
   *
   * @param testBeans the test's own beans: alternatives standing in for module beans, never module
   *     beans themselves
   */
  public SeBatch(SeDatabase db, Class<?>... testBeans) {
    this(new SeEnvironment(db), testBeans);
  }

  public SeBatch(SeEnvironment env, Class<?>... testBeans) {
    for (Class<?> c : testBeans) {
      if (SeModule.beans().contains(c)) {
        throw new IllegalArgumentException(c.getName() + " is a module bean: every test has it");
      }
    }
    this.env = env;
    this.db = env.db;
    this.transactions = env.transactions;
    weld =
        new Weld(RegistrySingletonProvider.STATIC_INSTANCE)
            .disableDiscovery()
            .addExtension(new BatchCDIExtension())
            // MicroProfile Config, so the module's beans take their settings' defaults as there.
            .addExtension(new io.smallrye.config.inject.ConfigExtension())
            .addExtension(env.asBean())
            .addBeanClasses(SeModule.beans().toArray(Class<?>[]::new))
            .addBeanClasses(STAND_INS)
            .addBeanClasses(testBeans)
            .initialize();
    operator = new JobOperatorImpl(new Environment(new BatchSEEnvironment(), transactions));
  }

  public long start(String job, Map<String, String> params) {
    Properties p = new Properties();
    p.putAll(params);
    return operator.start(job, p);
  }

  public long restart(long executionId) {
    return operator.restart(executionId, new Properties());
  }

  public JobExecution await(long executionId) throws InterruptedException {
    return await(executionId, Duration.ofMinutes(2));
  }

  /** Waits for the execution's end at most {@code max} (benchmarks at scale need long runs). */
  public JobExecution await(long executionId, Duration max) throws InterruptedException {
    long deadline = System.nanoTime() + max.toNanos();
    while (System.nanoTime() < deadline) {
      JobExecution e = operator.getJobExecution(executionId);
      BatchStatus s = e.getBatchStatus();
      if (s != BatchStatus.STARTING && s != BatchStatus.STARTED && s != BatchStatus.STOPPING) {
        // JBeret sets the final status before the job listeners' afterJob, which may still set
        // the exit status: wait for the execution's own end.
        if (e instanceof org.jberet.runtime.JobExecutionImpl live) {
          live.awaitTermination(30, TimeUnit.SECONDS);
        }
        return operator.getJobExecution(executionId);
      }
      TimeUnit.MILLISECONDS.sleep(20);
    }
    throw new AssertionError("job execution " + executionId + " did not finish in " + max);
  }

  public long instanceId(long executionId) {
    return operator.getJobInstance(executionId).getInstanceId();
  }

  /** A metric of the only (or named) step of an execution. */
  public long metric(long executionId, String step, Metric.MetricType type) {
    for (StepExecution s : operator.getStepExecutions(executionId)) {
      if (s.getStepName().equals(step)) {
        for (Metric m : s.getMetrics()) {
          if (m.getType() == type) {
            return m.getValue();
          }
        }
      }
    }
    throw new AssertionError("no step " + step + " in execution " + executionId);
  }

  @Override
  public void close() {
    weld.shutdown();
  }

  /** JBeret SE's environment with our transaction manager in place of its no-op one. */
  private record Environment(BatchEnvironment delegate, TransactionManager tm)
      implements BatchEnvironment {
    @Override
    public ClassLoader getClassLoader() {
      return delegate.getClassLoader();
    }

    @Override
    public ArtifactFactory getArtifactFactory() {
      return delegate.getArtifactFactory();
    }

    @Override
    public void submitTask(JobTask task) {
      delegate.submitTask(task);
    }

    @Override
    public TransactionManager getTransactionManager() {
      return tm;
    }

    @Override
    public JobRepository getJobRepository() {
      return delegate.getJobRepository();
    }

    @Override
    public JobXmlResolver getJobXmlResolver() {
      return delegate.getJobXmlResolver();
    }

    @Override
    public Properties getBatchConfigurationProperties() {
      return delegate.getBatchConfigurationProperties();
    }

    @Override
    public String getApplicationName() {
      return delegate.getApplicationName();
    }
  }
}

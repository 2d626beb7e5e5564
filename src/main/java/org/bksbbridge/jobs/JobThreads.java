package org.bksbbridge.jobs;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.util.concurrent.Executor;

/**
 * Threads a job step uses beside its own, for work that overlaps the chunk's (a reader fetching its
 * next page while the writer stores the last). The server's managed executor, so the work runs with
 * the application's class loader, security and naming context (the call log it writes begins its
 * own transaction; the chunk's is not carried over); the tests and benchmark outside the server
 * produce their own.
 */
@ApplicationScoped
public class JobThreads {
  @Resource(lookup = "java:comp/DefaultManagedExecutorService")
  ManagedExecutorService executor;

  @Produces
  Executor executor() {
    return executor;
  }
}

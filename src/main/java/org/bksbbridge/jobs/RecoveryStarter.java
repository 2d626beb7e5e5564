package org.bksbbridge.jobs;

import jakarta.inject.Inject;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import org.bksbbridge.schema.SchemaMigrator;

/** Starts this server's heartbeat and lost-run sweep with the web module, once migrated. */
@WebListener
public class RecoveryStarter implements ServletContextListener {
  @Inject RunRecovery recovery;
  @Inject SchemaMigrator schema;

  @Override
  public void contextInitialized(ServletContextEvent event) {
    if (schema.awaitMigrated()) {
      recovery.start();
    }
  }

  @Override
  public void contextDestroyed(ServletContextEvent event) {
    recovery.stop();
  }
}

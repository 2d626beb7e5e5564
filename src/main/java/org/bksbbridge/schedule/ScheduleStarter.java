package org.bksbbridge.schedule;

import jakarta.inject.Inject;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import org.bksbbridge.schema.SchemaMigrator;

/** Starts the schedule's ticker with the web module, and stops it with it. */
@WebListener
public class ScheduleStarter implements ServletContextListener {
  @Inject SyncScheduler scheduler;
  @Inject SchemaMigrator schema;

  @Override
  public void contextInitialized(ServletContextEvent event) {
    if (!schema.awaitMigrated()) {
      return;
    }
    scheduler.start();
  }

  @Override
  public void contextDestroyed(ServletContextEvent event) {
    scheduler.stop();
  }
}

package org.bksbbridge.mail;

import jakarta.inject.Inject;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import org.bksbbridge.schema.SchemaMigrator;

/**
 * Starts the outbox's sending with the web module (a task scheduled from there has the module's
 * context, as the schedule's ticker does), and stops it with it.
 */
@WebListener
public class OutboxStarter implements ServletContextListener {
  @Inject OutboxSender sender;
  @Inject SchemaMigrator schema;

  @Override
  public void contextInitialized(ServletContextEvent event) {
    if (!schema.awaitMigrated()) {
      return;
    }
    sender.start();
  }

  @Override
  public void contextDestroyed(ServletContextEvent event) {
    sender.stop();
  }
}

package org.bksbbridge.schedule;

import jakarta.inject.Inject;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;

/** Starts the schedule's ticker with the web module, and stops it with it. */
@WebListener
public class ScheduleStarter implements ServletContextListener {
  @Inject SyncScheduler scheduler;

  @Override
  public void contextInitialized(ServletContextEvent event) {
    scheduler.start();
  }

  @Override
  public void contextDestroyed(ServletContextEvent event) {
    scheduler.stop();
  }
}

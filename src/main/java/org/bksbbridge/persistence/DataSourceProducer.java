package org.bksbbridge.persistence;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import javax.sql.DataSource;

/**
 * The server's transactional data source, for the few tables no entity maps (Liberty's job
 * repository): its connections join the caller's JTA transaction, as the EntityManager does.
 */
@ApplicationScoped
public class DataSourceProducer {
  @Produces
  @Resource(lookup = "jdbc/bksb")
  private DataSource dataSource;
}

package org.bksbbridge.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** The JTA persistence context of the server; batch writers join the chunk's transaction. */
@ApplicationScoped
public class EntityManagerProducer {
  @Produces
  @PersistenceContext(unitName = "bksb")
  private EntityManager entityManager;
}

package org.bksbbridge.persistence;

import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.spi.Extension;
import jakarta.enterprise.inject.spi.ProcessAnnotatedType;
import jakarta.enterprise.inject.spi.WithAnnotations;
import jakarta.transaction.Transactional;

/**
 * Binds {@link QuietRefusals} to every class of this application that uses {@code @Transactional}
 * (on the class or a method): a new service cannot forget it. Registered in
 * META-INF/services/jakarta.enterprise.inject.spi.Extension.
 */
public class QuietRefusalsExtension implements Extension {
  <T> void bind(@Observes @WithAnnotations(Transactional.class) ProcessAnnotatedType<T> type) {
    if (type.getAnnotatedType().getJavaClass().getName().startsWith("org.bksbbridge.")) {
      type.configureAnnotatedType().add(QuietRefusals.Literal.INSTANCE);
    }
  }
}

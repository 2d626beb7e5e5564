package org.bksbbridge.access;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The registry group whose members are learners ({@value LearnerOnly#GROUP_KEY}, default {@value
 * LearnerOnly#DEFAULT_GROUP}); with LDAP, the group's name as grants name groups (its DN).
 */
@ApplicationScoped
public class LearnerGroup {
  @Inject
  @ConfigProperty(name = LearnerOnly.GROUP_KEY, defaultValue = LearnerOnly.DEFAULT_GROUP)
  String name;

  public String name() {
    return name == null ? LearnerOnly.DEFAULT_GROUP : name.strip();
  }
}

package org.bksbbridge.events;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Map;

/**
 * Where features write the events the MIS hears of: in the caller's transaction, the one that makes
 * the change, so a change rolled back leaves no event and a committed one never lacks its event.
 * The data is what the event type promises (api.md); never a secret or a password.
 */
@ApplicationScoped
public class Events {
  @Inject MisEventRepository events;
  @Inject Clock clock;

  /**
   * @param learnerReference the MIS's reference of the learner it is about; null: none
   * @param data the event's data, JSON-able values (strings, numbers, booleans, instants, nulls)
   */
  public void record(
      String centreId, EventType type, String learnerReference, Map<String, ?> data) {
    events.add(
        new MisEvent(centreId, type, learnerReference, clock.instant(), EventJson.write(data)));
  }
}

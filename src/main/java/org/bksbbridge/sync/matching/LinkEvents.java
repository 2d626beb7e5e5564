package org.bksbbridge.sync.matching;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.Map;
import org.bksbbridge.events.EventType;
import org.bksbbridge.events.Events;
import org.bksbbridge.link.BksbLink;

/**
 * {@code learner.linked} and {@code learner.unlinked}, in the transaction that links or unlinks.
 */
@ApplicationScoped
public class LinkEvents {
  @Inject Events events;

  public void linked(String reference, BksbLink link) {
    events.record(link.getCentreId(), EventType.LEARNER_LINKED, reference, data(reference, link));
  }

  public void unlinked(String reference, BksbLink link) {
    events.record(link.getCentreId(), EventType.LEARNER_UNLINKED, reference, data(reference, link));
  }

  private static Map<String, Object> data(String reference, BksbLink link) {
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("learnerReference", reference);
    data.put("bksbUserId", link.getBksbUserId());
    data.put("bksbUsername", link.getBksbUsername());
    data.put("method", link.getMethod());
    return data;
  }
}

package org.bksbbridge.ui;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** How pages write times and lists: in the organisation's zone, as people read them. */
@Named("fmt")
@ApplicationScoped
public class Formats {
  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.UK);

  @Inject
  @ConfigProperty(name = "bksb.timezone", defaultValue = "Europe/London")
  String zone;

  /** "29 Nov 2026, 02:00" in the organisation's zone; empty for null. */
  public String when(Instant at) {
    return at == null ? "" : WHEN.format(at.atZone(ZoneId.of(zone)));
  }

  /** The machine-readable form, for a {@code <time datetime>} attribute. */
  public String iso(Instant at) {
    return at == null ? "" : at.toString();
  }

  /** bksb's own local time (it carries no zone), as pages write times; empty for null. */
  public String local(java.time.LocalDateTime at) {
    return at == null ? "" : WHEN.format(at);
  }

  /** Tags as one line; "none" when there are none. */
  public String tags(List<String> tags) {
    return tags == null || tags.isEmpty() ? "none" : String.join(", ", tags);
  }
}

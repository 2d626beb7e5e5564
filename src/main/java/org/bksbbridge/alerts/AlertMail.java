package org.bksbbridge.alerts;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.bksbbridge.mail.AlertMails;
import org.bksbbridge.mail.OutboxEmail;
import org.bksbbridge.mail.OutgoingMail;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * An alert as an email, made from the alert when it is sent: what happened (and how often), what it
 * means for the centre, what to do, and the page to open; a resolved alert says so.
 */
@ApplicationScoped
public class AlertMail implements AlertMails {
  private static final DateTimeFormatter AT =
      DateTimeFormatter.ofPattern("d MMM yyyy HH:mm z").withZone(ZoneId.of("Europe/London"));

  @Inject AlertRepository alerts;

  /** Where people open bksb-bridge: the links in alert emails start here. */
  @Inject
  @ConfigProperty(name = "bksb.alerts.pageUrl", defaultValue = "http://localhost:9080/")
  String pageUrl;

  static String subject(Alert a) {
    return "bksb-bridge, centre "
        + a.getCentreId()
        + ": "
        + a.getKind().subject()
        + (a.getOccurrences() > 1 ? " (" + a.getOccurrences() + " times)" : "");
  }

  @Override
  public OutgoingMail prepare(OutboxEmail e) {
    Alert a =
        alerts
            .find(e.getAlertId())
            .orElseThrow(() -> new IllegalStateException("the alert is no longer stored"));
    return new OutgoingMail(e.getRecipient(), e.getSubject(), body(a));
  }

  String body(Alert a) {
    AlertKind k = a.getKind();
    StringBuilder b = new StringBuilder();
    b.append("Centre ").append(a.getCentreId()).append(": ").append(k.subject()).append(".\n\n");
    b.append("What happened: ").append(a.getDetail()).append("\n");
    if (a.getOccurrences() > 1) {
      b.append("It has happened ")
          .append(a.getOccurrences())
          .append(" times since ")
          .append(AT.format(a.getFirstAt()))
          .append(", the latest at ")
          .append(AT.format(a.getLastAt()))
          .append(".\n");
    }
    if (a.getStatus() == Alert.Status.RESOLVED) {
      b.append("\nResolved since, at ")
          .append(AT.format(a.getResolvedAt()))
          .append(" (")
          .append(a.getResolvedBy())
          .append("): nothing more to do for this.\n");
    }
    b.append("\nWhat it means for the centre: ").append(k.meaning()).append("\n");
    b.append("\nWhat to do: ").append(k.action()).append("\n");
    b.append("\nOpen: ").append(link(k.page(a.getCentreId()))).append("\n");
    b.append(
        "\nYou receive this because this address is an alert address of the centre's bksb"
            + " integration settings. Further alerts of this kind wait for the quiet period"
            + " (bksb.alerts.quietMinutes) and then come as one email with a count.\n");
    return b.toString();
  }

  private String link(String page) {
    return (pageUrl.endsWith("/") ? pageUrl : pageUrl + "/") + page;
  }
}

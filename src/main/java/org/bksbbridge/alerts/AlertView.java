package org.bksbbridge.alerts;

import java.time.Instant;

/**
 * An alert as people and programs see it: what happened, what it means and what to do, the page to
 * open (relative to the application), and where it stands.
 */
public record AlertView(
    long id,
    String centreId,
    String kind,
    String subject,
    String detail,
    String meaning,
    String action,
    String page,
    String status,
    Instant firstAt,
    Instant lastAt,
    int occurrences,
    Instant emailedAt,
    Instant resolvedAt,
    String resolvedBy) {

  static AlertView of(Alert a) {
    AlertKind k = a.getKind();
    return new AlertView(
        a.getId(),
        a.getCentreId(),
        k.name(),
        k.subject(),
        a.getDetail(),
        k.meaning(),
        k.action(),
        k.page(a.getCentreId()),
        a.getStatus().name(),
        a.getFirstAt(),
        a.getLastAt(),
        a.getOccurrences(),
        a.getEmailedAt(),
        a.getResolvedAt(),
        a.getResolvedBy());
  }

  public boolean open() {
    return Alert.Status.OPEN.name().equals(status);
  }
}

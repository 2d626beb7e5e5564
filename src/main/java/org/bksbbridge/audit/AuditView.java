package org.bksbbridge.audit;

import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One audit entry as the API shows it.
 *
 * @param clientAddress the address the request came from; null for work without a request
 * @param via {@code api}, {@code page}, or the job and execution ({@code learner-import 42})
 */
public record AuditView(
    long id,
    Instant at,
    String actor,
    String clientAddress,
    String via,
    String action,
    String centreId,
    String reference,
    Long bksbUserId,
    String field,
    String oldValue,
    String newValue) {

  static AuditView of(AuditEntry e) {
    return new AuditView(
        e.getId(),
        e.getRecordedAt(),
        e.getActor(),
        e.getClientAddress(),
        e.getVia(),
        e.getAction().name(),
        e.getCentreId(),
        e.getReference(),
        e.getBksbUserId(),
        e.getField(),
        e.getOldValue(),
        e.getNewValue());
  }

  /**
   * A centre's entries, newest first.
   *
   * @param more whether older entries match too (narrow {@code to}, or raise {@code limit})
   */
  @Schema(name = "AuditPage")
  public record Page(String centreId, List<AuditView> items, int limit, boolean more) {}
}

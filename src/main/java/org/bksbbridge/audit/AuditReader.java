package org.bksbbridge.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.bksbbridge.access.CentreAccess;
import org.bksbbridge.access.Command;
import org.bksbbridge.centre.CentreService;

/**
 * Reads a centre's audit trail, for those who manage its data protection ("Manage BKSB Data
 * Protection", admins by default).
 */
@ApplicationScoped
public class AuditReader {
  static final Command COMMAND = Command.MANAGE_BKSB_DATA_PROTECTION;

  @Inject CentreAccess access;
  @Inject CentreService centres;
  @Inject AuditLog log;

  public AuditView.Page list(String centreId, AuditQuery query) {
    access.require(COMMAND, centreId);
    centres.require(centreId);
    AuditQuery.Checked q = query.check(centreId);
    List<AuditEntry> found = log.list(q.filter(), q.limit() + 1);
    boolean more = found.size() > q.limit();
    return new AuditView.Page(
        centreId, found.stream().limit(q.limit()).map(AuditView::of).toList(), q.limit(), more);
  }
}

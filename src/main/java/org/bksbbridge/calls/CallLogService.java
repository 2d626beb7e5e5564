package org.bksbbridge.calls;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.bksbbridge.access.CentreAccess;
import org.bksbbridge.access.Command;
import org.bksbbridge.access.Effective;
import org.bksbbridge.bksb.BksbClient;
import org.bksbbridge.bksb.CallLog;
import org.bksbbridge.centre.CentreService;
import org.bksbbridge.centre.CentreView;
import org.bksbbridge.settings.SettingsService;

/**
 * Reads a centre's call log. It shows how the centre's jobs talk to bksb, as the jobs console shows
 * how they run: for those who run the centre's jobs ("Run BKSB Jobs"), not for everyone who sees
 * the centre. Paths hold bksb user names, so a tutor does not need them.
 */
@ApplicationScoped
public class CallLogService {
  static final Command COMMAND = Command.RUN_BKSB_JOBS;

  @Inject CentreAccess access;
  @Inject CentreService centres;
  @Inject SettingsService settings;
  @Inject CallLog log;

  public CallLogPage list(String centreId, CallQuery query) {
    access.require(COMMAND, centreId);
    centres.require(centreId);
    CallQuery.Checked q = query.check(centreId);
    boolean logging = settings.get(centreId).logSyncApiCalls();
    CallLog.Page found = log.page(q.filter(), q.page(), q.size());
    return new CallLogPage(
        centreId,
        logging,
        found.items().stream().map(CallView::of).toList(),
        q.page(),
        q.size(),
        found.total(),
        found.totalExact());
  }

  /** The endpoints the filter offers: every one the bksb client calls. */
  public List<String> endpoints() {
    return BksbClient.ENDPOINTS;
  }

  /** The centres whose call log the caller may read. */
  public List<CentreView> centres() {
    Effective e = access.effective();
    return centres.list().stream().filter(c -> e.may(COMMAND, c.id())).toList();
  }
}

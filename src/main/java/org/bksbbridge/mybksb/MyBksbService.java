package org.bksbbridge.mybksb;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.bksbbridge.access.CentreAccess;
import org.bksbbridge.audit.Actors;
import org.bksbbridge.audit.AuditEvent;
import org.bksbbridge.audit.AuditService;
import org.bksbbridge.bksb.BksbApiException;
import org.bksbbridge.bksb.BksbClients;
import org.bksbbridge.bksb.BksbConnection;
import org.bksbbridge.centre.CentreService;
import org.bksbbridge.learner.LearnerService;
import org.bksbbridge.learner.LearnerView;
import org.bksbbridge.refusal.Refusal;
import org.bksbbridge.results.ResultService;
import org.bksbbridge.settings.SettingsConnections;

/**
 * The learner's own dashboard and their way into bksb, for learners only ({@link
 * CentreAccess#requireLearnerOnly}: staff are refused whatever a record names). Identity is the
 * sign-in's alone: the records come from {@link LearnerService#own}, and a centre or reference sent
 * by the caller only chooses among them. Every way into bksb handed out is recorded in the audit
 * trail (never the link itself, which is a credential).
 */
@ApplicationScoped
public class MyBksbService {
  private static final Logger LOG = Logger.getLogger(MyBksbService.class.getName());
  static final String NOT_A_LEARNER =
      "you have no learner record here: your centre gives your web username to this service";

  @Inject CentreAccess access;
  @Inject LearnerService learners;
  @Inject ResultService results;
  @Inject CentreService centres;
  @Inject SettingsConnections connections;
  @Inject BksbClients clients;
  @Inject AuditService audit;
  @Inject Actors actors;

  /**
   * Whether the caller is a learner with a LIVE record anywhere (their dashboard has something).
   */
  public boolean isLearner() {
    return access.caller().signedIn() && access.isLearnerOnly() && learners.hasOwn();
  }

  /**
   * The caller's records with their latest results; 403 for staff or a caller outside the learners'
   * group, 404 for a learner without a record.
   */
  public MyBksbView dashboard() {
    access.requireLearnerOnly();
    List<LearnerView> own = learners.own();
    if (own.isEmpty()) {
      throw Refusal.notFound(NOT_A_LEARNER);
    }
    return new MyBksbView(access.self(), own.stream().map(this::record).toList());
  }

  /**
   * Where the record's bksb button leads now: bksb's sign-in link for the linked user when bksb
   * gives one, else the centre's link button URL. Asked only when the button is pressed.
   *
   * @param centreId null when the caller has one record only
   * @param reference null to take the caller's only record in the centre
   */
  public MyBksbView.LoginLink loginLink(String centreId, String reference) {
    access.requireLearnerOnly();
    LearnerView l = choose(learners.own(), centreId, reference);
    Optional<BksbConnection> connection = connections.connection(l.centreId(), false);
    if (l.bksb().linked() && connection.isPresent()) {
      try {
        String url = clients.client(connection.get()).autoLoginLink(l.bksb().bksbUserId());
        if (webAddress(url)) {
          return issued(l, new MyBksbView.LoginLink(url, MyBksbView.Button.AUTO_LOGIN.name()));
        }
        LOG.warning("bksb answered no usable sign-in link for a learner of " + l.centreId());
      } catch (BksbApiException e) {
        LOG.log(Level.WARNING, "no sign-in link from bksb for a learner of " + l.centreId(), e);
      }
    }
    String fallback = connections.linkButtonUrl(l.centreId());
    if (fallback != null) {
      return issued(l, new MyBksbView.LoginLink(fallback, MyBksbView.Button.LINK_URL.name()));
    }
    if (l.bksb().linked() && connection.isPresent()) {
      throw Refusal.unavailable("bksb gave no sign-in link just now: try again in a few minutes");
    }
    throw Refusal.conflict(
        l.bksb().linked()
            ? "your centre has not set up signing in to bksb from here yet"
            : "your learner record is not linked to a bksb account yet");
  }

  /**
   * Records the link before the caller gets it: a link that could not be recorded is not given. The
   * entry names the record, the bksb user and where the link leads, never the link.
   */
  private MyBksbView.LoginLink issued(LearnerView l, MyBksbView.LoginLink link) {
    Long bksbUser =
        link.source().equals(MyBksbView.Button.AUTO_LOGIN.name()) ? l.bksb().bksbUserId() : null;
    audit.record(
        actors.current(),
        AuditEvent.loginLink(l.centreId(), l.reference(), bksbUser, link.source()));
    return link;
  }

  private MyBksbView.Record record(LearnerView l) {
    boolean autoLogin =
        l.bksb().linked() && connections.connection(l.centreId(), false).isPresent();
    boolean linkUrl = connections.linkButtonUrl(l.centreId()) != null;
    MyBksbView.Button button =
        autoLogin
            ? MyBksbView.Button.AUTO_LOGIN
            : linkUrl ? MyBksbView.Button.LINK_URL : MyBksbView.Button.NONE;
    String note = null;
    if (button == MyBksbView.Button.NONE) {
      note =
          l.bksb().linked()
              ? "Your centre's bksb connection is switched off, and it has set no bksb address for"
                  + " this button: sign in to bksb as your centre told you."
              : "Your centre has set no bksb address for this button yet: sign in to bksb as your"
                  + " centre told you.";
    }
    return new MyBksbView.Record(
        l.centreId(),
        centres.require(l.centreId()).name(),
        l.reference(),
        l.firstName(),
        l.lastName(),
        l.bksb().linked(),
        l.bksb().bksbUsername(),
        button,
        note,
        l.bksb().linked() ? results.latestOwn(l.centreId(), l.reference()) : List.of());
  }

  static LearnerView choose(List<LearnerView> own, String centreId, String reference) {
    if (own.isEmpty()) {
      throw Refusal.notFound(NOT_A_LEARNER);
    }
    List<LearnerView> chosen =
        own.stream()
            .filter(l -> centreId == null || l.centreId().equals(centreId))
            .filter(l -> reference == null || l.reference().equals(reference))
            .toList();
    if (chosen.isEmpty()) {
      throw Refusal.notFound("no learner record of yours with that centre and reference");
    }
    if (chosen.size() > 1) {
      throw Refusal.invalid(
          centreId == null ? "centreId" : "reference",
          "you have several learner records: name the one whose bksb to open");
    }
    return chosen.get(0);
  }

  /** An absolute http(s) address: bksb's answer goes straight into a redirect. */
  static boolean webAddress(String url) {
    if (url == null || url.isBlank()) {
      return false;
    }
    try {
      URI u = URI.create(url.strip());
      String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(java.util.Locale.ROOT);
      return u.getHost() != null && (scheme.equals("https") || scheme.equals("http"));
    } catch (IllegalArgumentException e) {
      return false;
    }
  }
}

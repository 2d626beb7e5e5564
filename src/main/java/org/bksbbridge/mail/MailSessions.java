package org.bksbbridge.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.mail.Session;
import javax.naming.InitialContext;
import javax.naming.NamingException;

/**
 * Liberty's {@code mailSession} {@code mail/bksb}, looked up for each use: a change of its server
 * variables (SMTP host, port, user, TLS) replaces the session, and the next email uses the new one.
 */
@ApplicationScoped
public class MailSessions {
  public static final String JNDI = "mail/bksb";

  /** The session, or null when the server defines none (then nothing can be sent). */
  public Session current() {
    try {
      return InitialContext.doLookup(JNDI);
    } catch (NamingException | RuntimeException none) {
      return null;
    }
  }

  public boolean configured() {
    return MailSender.configured(current());
  }
}

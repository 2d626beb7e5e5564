package org.bksbbridge.mail;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebListener;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import org.bksbbridge.server.RepeatingTask;

/**
 * Sends the due emails of the outbox every {@code bksb.mail.pollSeconds} (at least 1, read at the
 * start) while the web module runs: retries come due, and a job's emails go out.
 */
@WebListener
public class OutboxStarter extends RepeatingTask {
  @Inject OutboxSender sender;

  public OutboxStarter() {
    super(Logger.getLogger(OutboxSender.class.getName()));
  }

  @Override
  protected Rounds rounds() {
    long every =
        Math.max(
            1,
            OutboxSender.config()
                .getOptionalValue("bksb.mail.pollSeconds", Long.class)
                .orElse(15L));
    return Rounds.after(every, every, TimeUnit.SECONDS);
  }

  @Override
  protected void round() {
    sender.sendDue();
  }

  @Override
  protected String failure() {
    return "the outbox could not be read";
  }
}

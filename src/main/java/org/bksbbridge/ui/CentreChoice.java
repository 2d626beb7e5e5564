package org.bksbbridge.ui;

import java.util.List;
import org.bksbbridge.centre.CentreView;
import org.bksbbridge.refusal.Refusal;

/** Which centre a page about one centre at a time shows. */
final class CentreChoice {
  private CentreChoice() {}

  /**
   * The centre the URL asked for, else the first the caller may use there; null when there is none,
   * after {@code requireSome} has refused the page (403 rather than an empty 200).
   */
  static String of(List<CentreView> allowed, String asked, Runnable requireSome) {
    if (allowed.isEmpty()) {
      try {
        requireSome.run();
      } catch (Refusal e) {
        Messages.refusePage(e);
      }
      return null;
    }
    return asked == null || asked.isBlank() ? allowed.get(0).id() : asked;
  }
}

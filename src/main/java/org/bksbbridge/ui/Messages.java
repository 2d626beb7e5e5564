package org.bksbbridge.ui;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.util.Map;
import org.bksbbridge.refusal.Refusal;

/** Shows a service's refusal on the page: the sentence, then one message per bad field. */
final class Messages {
  private Messages() {}

  static void show(Refusal e) {
    show(e, Map.of());
  }

  /**
   * The same, with the message of each field named in {@code components} (refusal field name to the
   * client id of its component) tied to that component, for its {@code <h:message for=...>}; other
   * fields' messages are the page's.
   */
  static void show(Refusal e, Map<String, String> components) {
    FacesContext faces = FacesContext.getCurrentInstance();
    faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, e.getMessage(), null));
    e.fields()
        .forEach(
            (field, problem) -> {
              String component = components.get(field);
              // The list at the top shows the summary (naming the field); the message beside
              // the field shows the detail, the problem alone.
              faces.addMessage(
                  component,
                  new FacesMessage(
                      FacesMessage.SEVERITY_ERROR,
                      field + " " + problem,
                      component == null ? null : problem));
            });
  }

  static void info(String text) {
    FacesContext.getCurrentInstance()
        .addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, null));
  }
}

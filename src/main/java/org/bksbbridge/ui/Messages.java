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
   * Shows each field's problem on the component the field was entered in ({@code components}: the
   * refusal's field name to the component's client id), where its {@code h:message} and {@code
   * aria-describedby} say it beside the field; fields the form does not have stay page-wide.
   */
  static void show(Refusal e, Map<String, String> components) {
    FacesContext faces = FacesContext.getCurrentInstance();
    faces.addMessage(null, error(e.getMessage()));
    e.fields()
        .forEach(
            (field, problem) ->
                faces.addMessage(components.get(field), error(field + " " + problem)));
  }

  /**
   * Shows the whole refusal on one component: a conflict about what the field chose (a busy bksb
   * account, for the chosen centre) has no field of its own.
   */
  static void showOn(Refusal e, String clientId) {
    FacesContext.getCurrentInstance().addMessage(clientId, error(e.getMessage()));
  }

  static void info(String text) {
    FacesContext.getCurrentInstance()
        .addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, null));
  }

  /** Keeps this request's messages for the page a redirect opens next (post, redirect, get). */
  static void keepForRedirect() {
    FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
  }

  private static FacesMessage error(String text) {
    return new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null);
  }
}

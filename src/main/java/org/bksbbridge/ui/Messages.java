package org.bksbbridge.ui;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import org.bksbbridge.refusal.Refusal;

/** Shows a service's refusal on the page: the sentence, then one message per bad field. */
final class Messages {
  private Messages() {}

  static void show(Refusal e) {
    FacesContext faces = FacesContext.getCurrentInstance();
    faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, e.getMessage(), null));
    e.fields()
        .forEach(
            (field, problem) ->
                faces.addMessage(
                    null,
                    new FacesMessage(FacesMessage.SEVERITY_ERROR, field + " " + problem, null)));
  }

  static void info(String text) {
    FacesContext.getCurrentInstance()
        .addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, null));
  }
}

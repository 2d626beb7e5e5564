package org.bksbbridge.ui;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIInput;
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
   * Shows a refusal with each field's problem tied to the field's component, so the page's {@code
   * <h:message for=...>} shows it beside the field, and the component is marked invalid (pages
   * render {@code aria-invalid="#{not component.valid}"}). The summary names the component's {@code
   * label}, for the list of messages at the top; fields not mapped stay page messages.
   *
   * @param clientIds a refusal's field name to the client id of its component
   */
  static void show(Refusal e, Map<String, String> clientIds) {
    FacesContext faces = FacesContext.getCurrentInstance();
    faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, e.getMessage(), null));
    e.fields()
        .forEach(
            (field, problem) -> {
              String id = clientIds.get(field);
              boolean tied =
                  id != null
                      && faces
                          .getViewRoot()
                          .invokeOnComponent(
                              faces,
                              id,
                              (context, component) -> {
                                Object label = component.getAttributes().get("label");
                                if (component instanceof UIInput input) {
                                  input.setValid(false);
                                }
                                context.addMessage(
                                    id,
                                    new FacesMessage(
                                        FacesMessage.SEVERITY_ERROR,
                                        (label == null ? field : label) + ": " + problem,
                                        problem));
                              });
              if (!tied) {
                faces.addMessage(
                    null,
                    new FacesMessage(FacesMessage.SEVERITY_ERROR, field + " " + problem, null));
              }
            });
  }

  /**
   * For a page the caller may not use at all: the refusal as a message, and the status a program
   * would get from the API for it (403, 404), so the answer is no 200.
   */
  static void refusePage(Refusal e) {
    show(e);
    int status =
        switch (e.kind()) {
          case FORBIDDEN -> 403;
          case NOT_FOUND -> 404;
          default -> 200;
        };
    if (status != 200) {
      FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(status);
    }
  }

  static void info(String text) {
    FacesContext.getCurrentInstance()
        .addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, null));
  }
}

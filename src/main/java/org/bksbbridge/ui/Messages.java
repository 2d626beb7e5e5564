package org.bksbbridge.ui;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIInput;
import jakarta.faces.context.FacesContext;
import java.util.Map;
import org.bksbbridge.refusal.Refusal;

/**
 * Shows a service's refusal on the page: the sentence, then one message per bad field. A field the
 * page names is tied to its component, so its message appears beside it (and, by its label, in the
 * page's list of messages); any other field's message is the page's.
 */
final class Messages {
  private Messages() {}

  /**
   * A field's component on a page.
   *
   * @param clientId the component's client id, e.g. {@code settings:apiUrl}
   * @param label the field's name as the page shows it, e.g. "API URL"
   */
  record Field(String clientId, String label) {}

  static void show(Refusal e) {
    show(e, Map.of());
  }

  /**
   * @param fields the page's components by the refusal's field names
   */
  static void show(Refusal e, Map<String, Field> fields) {
    FacesContext faces = FacesContext.getCurrentInstance();
    faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, e.getMessage(), null));
    e.fields()
        .forEach(
            (name, problem) -> {
              Field f = fields.get(name);
              if (f == null) {
                faces.addMessage(
                    null,
                    new FacesMessage(FacesMessage.SEVERITY_ERROR, name + " " + problem, null));
              } else {
                // Summary for the list at the top, detail beside the field (its label is there).
                faces.addMessage(
                    f.clientId(),
                    new FacesMessage(
                        FacesMessage.SEVERITY_ERROR, f.label() + ": " + problem, problem));
                // Pages render aria-invalid="#{not component.valid}".
                faces
                    .getViewRoot()
                    .invokeOnComponent(
                        faces,
                        f.clientId(),
                        (context, component) -> {
                          if (component instanceof UIInput input) {
                            input.setValid(false);
                          }
                        });
              }
            });
  }

  static void info(String text) {
    FacesContext.getCurrentInstance()
        .addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, null));
  }

  /**
   * Shows the whole refusal on one component: a conflict about what the field chose (a busy bksb
   * account, for the chosen centre) has no field of its own.
   */
  static void showOn(Refusal e, String clientId) {
    FacesContext.getCurrentInstance()
        .addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, e.getMessage(), null));
  }

  /**
   * The same page afresh, with its parameters, keeping this request's messages: every part of it
   * then shows what an action changed.
   */
  static String thisPageAgain() {
    keepForRedirect();
    String view = FacesContext.getCurrentInstance().getViewRoot().getViewId();
    return view + "?faces-redirect=true&includeViewParams=true";
  }

  /** Keeps this request's messages for the page a redirect opens next (post, redirect, get). */
  static void keepForRedirect() {
    FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
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

  /** Whether the component has a message now: for its {@code aria-invalid}. */
  static boolean has(String clientId) {
    return !FacesContext.getCurrentInstance().getMessageList(clientId).isEmpty();
  }
}

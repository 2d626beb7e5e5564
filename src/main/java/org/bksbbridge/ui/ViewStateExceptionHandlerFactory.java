package org.bksbbridge.ui;

import jakarta.faces.FacesException;
import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.faces.event.ExceptionQueuedEventContext;
import jakarta.faces.event.PhaseId;
import java.util.Iterator;

/**
 * A posted page whose view state cannot be restored (expired, from before a restart, or forged: a
 * ViewState that is not even Base64 made MyFaces throw IllegalArgumentException, answered 500) is
 * the request's fault. A failure while restoring a posted view becomes a {@link
 * ViewExpiredException}, which the error page answers with 400 and "open it again".
 */
public class ViewStateExceptionHandlerFactory extends ExceptionHandlerFactory {
  public ViewStateExceptionHandlerFactory(ExceptionHandlerFactory wrapped) {
    super(wrapped);
  }

  @Override
  public ExceptionHandler getExceptionHandler() {
    return new Handler(getWrapped().getExceptionHandler());
  }

  private static final class Handler extends ExceptionHandlerWrapper {
    Handler(ExceptionHandler wrapped) {
      super(wrapped);
    }

    @Override
    public void handle() throws FacesException {
      for (Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
          events.hasNext(); ) {
        ExceptionQueuedEventContext c = events.next().getContext();
        // Only a post's state: on a GET nothing is restored from the request, and a failure
        // there (EL, CDI, the database) is the server's, to stay a 500 that monitoring sees.
        if (PhaseId.RESTORE_VIEW.equals(c.getPhaseId())
            && c.getContext().isPostback()
            && !(c.getException() instanceof ViewExpiredException)) {
          String view =
              c.getContext().getViewRoot() == null
                  ? null
                  : c.getContext().getViewRoot().getViewId();
          // The original stays as the cause, for the server log.
          ViewExpiredException expired =
              new ViewExpiredException(
                  "the page's view state cannot be restored", c.getException(), view);
          throw new FacesException(expired);
        }
      }
      getWrapped().handle();
    }
  }
}

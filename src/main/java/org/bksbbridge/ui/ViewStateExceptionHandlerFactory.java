package org.bksbbridge.ui;

import jakarta.faces.FacesException;
import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.faces.event.ExceptionQueuedEventContext;
import jakarta.faces.event.PhaseId;
import java.io.IOException;
import java.util.Iterator;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A posted page whose view state cannot be restored (expired, from before a restart, or forged: a
 * ViewState that is not even Base64 made MyFaces throw IllegalArgumentException, answered 500) is
 * the request's fault. A failure while restoring a posted view (a {@link ViewExpiredException}
 * included) is answered 400 with the error page's "open it again", without an exception leaving the
 * Faces servlet.
 */
public class ViewStateExceptionHandlerFactory extends ExceptionHandlerFactory {
  public ViewStateExceptionHandlerFactory(ExceptionHandlerFactory wrapped) {
    super(wrapped);
  }

  @Override
  public ExceptionHandler getExceptionHandler() {
    return new Handler(getWrapped().getExceptionHandler());
  }

  private static final Logger LOG =
      Logger.getLogger(ViewStateExceptionHandlerFactory.class.getName());

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
        if (PhaseId.RESTORE_VIEW.equals(c.getPhaseId()) && c.getContext().isPostback()) {
          events.remove();
          refuse(c.getContext(), c.getException());
          return;
        }
      }
      getWrapped().handle();
    }

    /**
     * 400 and the error page, answered here rather than by an exception leaving the Faces servlet:
     * the server writes an FFDC incident for every such exception, and a stale or forged page is
     * the request's fault, not an incident. An expired view is routine (FINE); any other failure
     * while the page is rebuilt may be the server's (EL, CDI, the database), so it is logged at
     * WARNING with its cause for an operator to see, though the answer stays the same.
     */
    private static void refuse(FacesContext context, Throwable cause) {
      LOG.log(
          expired(cause) ? Level.FINE : Level.WARNING,
          "a posted page's view state cannot be restored",
          cause);
      try {
        context.getExternalContext().responseSendError(400, "the page's view state is unknown");
      } catch (IOException e) {
        throw new FacesException(new ViewExpiredException("view state unknown", cause, null));
      }
      context.responseComplete();
    }

    private static boolean expired(Throwable t) {
      for (Throwable c = t; c != null; c = c.getCause()) {
        if (c instanceof ViewExpiredException) {
          return true;
        }
      }
      return false;
    }
  }
}

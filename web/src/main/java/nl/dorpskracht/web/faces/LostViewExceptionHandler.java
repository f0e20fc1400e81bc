package nl.dorpskracht.web.faces;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.faces.event.ExceptionQueuedEventContext;
import jakarta.faces.event.PhaseId;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.Iterator;
import java.util.logging.Logger;

/**
 * A form sent with a view the server no longer holds — expired, or built on an instance of the cluster that went away
 * before its last state reached the data grid — is answered by loading the same page again, with a notice, instead of
 * the error page. Nothing of the form was done (the view was never restored), and the person stays logged in. Mojarra
 * reports such a view as {@link ViewExpiredException}, or, when it finds an older state of the view under the same key,
 * as a failure while restoring it.
 */
public class LostViewExceptionHandler extends ExceptionHandlerWrapper {

    private static final Logger LOG = Logger.getLogger(LostViewExceptionHandler.class.getName());

    public LostViewExceptionHandler(ExceptionHandler wrapped) {
        super(wrapped);
    }

    @Override
    public void handle() {
        FacesContext faces = FacesContext.getCurrentInstance();
        Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
        while (events.hasNext()) {
            ExceptionQueuedEventContext event = events.next().getContext();
            if (lostView(event) && reload(faces)) {
                events.remove();
                // the rest belong to the same lost request
                while (events.hasNext()) {
                    events.next();
                    events.remove();
                }
                break;
            }
        }
        getWrapped().handle();
    }

    private static boolean lostView(ExceptionQueuedEventContext event) {
        for (Throwable cause = event.getException(); cause != null; cause = cause.getCause()) {
            if (cause instanceof ViewExpiredException) {
                return true;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return PhaseId.RESTORE_VIEW.equals(event.getPhaseId());
    }

    private static boolean reload(FacesContext faces) {
        ExternalContext external = faces.getExternalContext();
        if (external.isResponseCommitted() || !(external.getRequest() instanceof HttpServletRequest request)
                || !"POST".equals(request.getMethod())) {
            // only a sent form is answered so: the page loaded again is a GET, which can never land here again
            return false;
        }
        LOG.info("A form arrived for a view this instance does not hold; the page is loaded again");
        try {
            notice(faces);
            String query = request.getQueryString();
            external.redirect(request.getRequestURI() + (query == null ? "" : "?" + query));
            faces.responseComplete();
            return true;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private static void notice(FacesContext faces) {
        try {
            String text = faces.getApplication().getResourceBundle(faces, "msg").getString("page.reloaded");
            faces.getExternalContext().getFlash().setKeepMessages(true);
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_WARN, text, null));
        } catch (RuntimeException noNotice) {
            // the page is loaded again all the same; only the sentence about why is missing
        }
    }
}

package nl.dorpskracht.web.portal;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import nl.dorpskracht.platform.problem.FieldError;
import nl.dorpskracht.platform.problem.ProblemException;

/** Messages of the portal pages, in the language the member chose. */
final class PageMessages {

    private PageMessages() {
    }

    /** A refusal of a service, as a sentence at the top of the page (and at the field it concerns, if given). */
    static void problem(ProblemException problem, String clientId) {
        FacesContext faces = FacesContext.getCurrentInstance();
        Locale locale = faces.getViewRoot().getLocale();
        String text = problem.errors().isEmpty() ? problem.code().title(locale)
                : problem.errors().stream().map(error -> error.message(locale)).reduce((a, b) -> a + " " + b)
                        .orElse(FieldError.field(null, "invalid.value").message(locale));
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
        if (clientId != null) {
            faces.addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
        }
        faces.validationFailed();
    }

    static void error(String key, String clientId) {
        FacesContext faces = FacesContext.getCurrentInstance();
        String text = text(key);
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
        faces.addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
        faces.validationFailed();
    }

    static void info(String key, Object... arguments) {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text(key, arguments), null));
    }

    static String text(String key, Object... arguments) {
        FacesContext faces = FacesContext.getCurrentInstance();
        ResourceBundle texts = faces.getApplication().getResourceBundle(faces, "msg");
        return new MessageFormat(texts.getString(key), faces.getViewRoot().getLocale()).format(arguments);
    }

    static Locale locale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }
}

package nl.dorpskracht.web.session;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.util.Locale;
import java.util.stream.Collectors;
import nl.dorpskracht.platform.problem.ProblemException;

/** The password pages' sentences at the top of the page, in the language the person chose. */
final class PasswordPageMessages {

    private PasswordPageMessages() {
    }

    /** A refusal of the service: its reasons, or its title when it has none. */
    static void problem(ProblemException problem) {
        FacesContext faces = FacesContext.getCurrentInstance();
        Locale locale = faces.getViewRoot().getLocale();
        String text = problem.errors().isEmpty() ? problem.code().title(locale) : problem.errors().stream()
                .map(error -> error.message(locale)).distinct().collect(Collectors.joining(" "));
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
        faces.validationFailed();
    }

    static void error(String key) {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text(key), null));
        faces.validationFailed();
    }

    static String text(String key) {
        FacesContext faces = FacesContext.getCurrentInstance();
        return faces.getApplication().getResourceBundle(faces, "msg").getString(key);
    }
}

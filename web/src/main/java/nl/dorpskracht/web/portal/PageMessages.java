package nl.dorpskracht.web.portal;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import nl.dorpskracht.platform.problem.FieldError;
import nl.dorpskracht.platform.problem.ProblemException;
import nl.dorpskracht.web.session.LanguageBean;

/**
 * Messages of the portal pages, in the language the member chose: that of the session, also in a view action, where the
 * view does not know it yet.
 */
public final class PageMessages {

    /** The pages' texts, as {@code faces-config.xml} names them {@code msg}. */
    private static final String BUNDLE = "nl.dorpskracht.web.messages";

    private PageMessages() {
    }

    /** A refusal of a service, as a sentence at the top of the page (and at the field it concerns, if given). */
    public static void problem(ProblemException problem, String clientId) {
        FacesContext faces = FacesContext.getCurrentInstance();
        Locale locale = locale();
        String text = problem.errors().isEmpty() ? problem.code().title(locale)
                : problem.errors().stream().map(error -> error.message(locale)).reduce((a, b) -> a + " " + b)
                        .orElse(FieldError.field(null, "invalid.value").message(locale));
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
        if (clientId != null) {
            faces.addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
        }
        faces.validationFailed();
    }

    public static void error(String key, String clientId) {
        FacesContext faces = FacesContext.getCurrentInstance();
        String text = text(key);
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
        faces.addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
        faces.validationFailed();
    }

    public static void info(String key, Object... arguments) {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text(key, arguments), null));
    }

    /** A refusal that is no fault of the member (a colleague was first), said calmly at the top of the page. */
    static void warning(String key, Object... arguments) {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_WARN, text(key, arguments), null));
    }

    static String text(String key, Object... arguments) {
        Locale locale = locale();
        ResourceBundle texts = ResourceBundle.getBundle(BUNDLE, locale, Thread.currentThread().getContextClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        return new MessageFormat(texts.getString(key), locale).format(arguments);
    }

    static Locale locale() {
        return CDI.current().select(LanguageBean.class).get().getLocale();
    }
}

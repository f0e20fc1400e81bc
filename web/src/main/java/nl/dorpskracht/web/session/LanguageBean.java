package nl.dorpskracht.web.session;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Locale;

/** Dutch first; the English switch is remembered for the session. */
@Named("language")
@SessionScoped
public class LanguageBean implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Locale DUTCH = Locale.forLanguageTag("nl");

    private Locale locale = DUTCH;

    public Locale getLocale() {
        return locale;
    }

    public String getCode() {
        return locale.getLanguage();
    }

    public String toggle() {
        locale = DUTCH.equals(locale) ? Locale.ENGLISH : DUTCH;
        FacesContext.getCurrentInstance().getViewRoot().setLocale(locale);
        return FacesContext.getCurrentInstance().getViewRoot().getViewId()
                + "?faces-redirect=true&includeViewParams=true";
    }
}

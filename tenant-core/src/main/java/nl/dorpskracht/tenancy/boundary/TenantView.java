package nl.dorpskracht.tenancy.boundary;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.util.Locale;
import nl.dorpskracht.platform.problem.ProblemException;

/** A page that works in one tenant for as long as it is open; see {@link TenantPage}. */
public interface TenantView {

    /**
     * The tenant the page was opened with, fixed when it was built so a form opened for one association never saves
     * into another after a switch in the header; null when the caller may work in none (the gate then binds nothing,
     * and every tenant-bound call fails closed).
     */
    String viewedTenant();

    /**
     * Says on the page, once per request, why the gate refused (the role was withdrawn meanwhile, the association is
     * gone); the refused method does not run.
     */
    default void refusedAtGate(ProblemException problem) {
        FacesContext faces = FacesContext.getCurrentInstance();
        Locale locale = faces.getViewRoot() == null ? faces.getExternalContext().getRequestLocale()
                : faces.getViewRoot().getLocale();
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, problem.code().title(locale), null));
        faces.validationFailed();
    }
}

package nl.dorpskracht.web.portal;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import nl.dorpskracht.platform.problem.ProblemCode;
import nl.dorpskracht.platform.problem.ProblemException;
import nl.dorpskracht.portal.control.ScopePreferences;
import nl.dorpskracht.portal.entity.PortalScope;
import nl.dorpskracht.security.boundary.Caller;

/** The caller's remembered portal scope: "Mijn provincie" until they choose otherwise. */
@RequestScoped
public class PortalPreference {

    @Inject
    Caller caller;

    @Inject
    ScopePreferences preferences;

    public PortalScope current() {
        return caller.accountId().flatMap(preferences::of).orElse(PortalScope.LOCAL);
    }

    public void remember(PortalScope scope) {
        preferences.remember(caller.accountId().orElseThrow(() -> new ProblemException(ProblemCode.NOT_AUTHENTICATED)),
                scope);
    }
}

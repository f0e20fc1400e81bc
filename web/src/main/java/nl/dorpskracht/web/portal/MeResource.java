package nl.dorpskracht.web.portal;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.dorpskracht.tenancy.entity.Role;
import nl.dorpskracht.tenancy.boundary.TenantGate;
import nl.dorpskracht.platform.problem.ProblemCode;
import nl.dorpskracht.platform.problem.ProblemException;
import nl.dorpskracht.platform.rest.RequestParts;
import nl.dorpskracht.portal.boundary.PortalService;
import nl.dorpskracht.portal.entity.PortalScope;
import nl.dorpskracht.security.boundary.Caller;
import nl.dorpskracht.tenancy.entity.Grant;
import nl.dorpskracht.tenancy.boundary.TenantRegistry;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The caller and their member portal. No tenant in the path: a contact person works in their own province (with
 * several, {@code tenant=} picks one of theirs); a tenant named anywhere else is never read.
 */
@Path("/v1/me")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Portal", description = "The member portal: the caller, the local or national feed, the remembered choice")
@SecurityRequirement(name = "basic")
public class MeResource {

    @Inject
    Caller caller;

    @Inject
    MemberTenant memberTenant;

    @Inject
    TenantGate gate;

    @Inject
    PortalService portal;

    @Inject
    PortalPreference preference;

    @Inject
    TenantRegistry registry;

    @GET
    @Operation(summary = "The caller: e-mail, name, grants per tenant, the remembered portal scope and, for a contact "
            + "person, their province, name and organisation")
    public MeView me(@QueryParam("tenant") String tenant) {
        requireLogin();
        return new MeView(caller.name(), caller.displayName().orElse(null), grants(), preference.current().code(),
                contact(tenant));
    }

    @GET
    @Path("feed")
    @Operation(summary = "A contact person's feed: scope=local (their province's own events and campaigns) or national"
            + " (what others shared, with the host's name); without scope the remembered one. Items have a kind: event"
            + " or campaign (summary, status, closesOn, openForSigning, positionCount and endorsement: whether the"
            + " caller's organisation co-signed). Order: campaigns open for co-signing (closing first on top), then"
            + " events by date, then campaigns whose letters were sent or that are closed")
    public FeedView feed(@QueryParam("scope") String scope, @QueryParam("tenant") String tenant) {
        requireLogin();
        PortalScope chosen = scope == null ? preference.current() : PortalScope.parse(scope);
        String entered = gate.enter(tenant, MemberTenant.class, Role.MEMBER_CONTACT);
        return new FeedView(entered, chosen.code(), portal.feed(chosen));
    }

    @PUT
    @Path("preferences")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Remember the portal scope for the next visit: {\"scope\":\"local\"|\"national\"}")
    public PreferencesRequest remember(PreferencesRequest request) {
        requireLogin();
        PortalScope scope = PortalScope.parse(RequestParts.body(request).scope());
        preference.remember(scope);
        return new PreferencesRequest(scope.code());
    }

    /** Absent for a caller who is no contact person, or whose login no longer belongs to one. */
    private MeView.ContactView contact(String tenant) {
        if (memberTenant.all().isEmpty() && tenant == null) {
            return null;
        }
        gate.enter(tenant, MemberTenant.class, Role.MEMBER_CONTACT);
        try {
            return MeView.ContactView.of(portal.profile());
        } catch (ProblemException problem) {
            if (problem.code() == ProblemCode.CONTACT_NOT_FOUND) {
                return null;
            }
            throw problem;
        }
    }

    private void requireLogin() {
        if (!caller.isAuthenticated()) {
            throw new ProblemException(ProblemCode.NOT_AUTHENTICATED);
        }
    }

    private List<MeView.TenantGrants> grants() {
        Map<String, List<String>> byTenant = new LinkedHashMap<>();
        for (Grant grant : caller.grants()) {
            byTenant.computeIfAbsent(grant.tenant(), code -> new ArrayList<>()).add(grant.role().name());
        }
        return byTenant.entrySet().stream()
                .map(e -> new MeView.TenantGrants(e.getKey(), registry.nameOf(e.getKey()), List.copyOf(e.getValue())))
                .toList();
    }
}

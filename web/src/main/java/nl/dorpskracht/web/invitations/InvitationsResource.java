package nl.dorpskracht.web.invitations;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import nl.dorpskracht.invitations.boundary.InvitationAcceptance;
import nl.dorpskracht.invitations.boundary.InvitationAcceptance.Accepted;
import nl.dorpskracht.platform.web.ClientAddresses;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Accepting an invitation without the page: the token from the link is the only credential. */
@Path("/v1/invitations")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Invitations", description = "Accepting an invitation to a login or a role")
public class InvitationsResource {

    @Inject
    ClientAddresses clientAddresses;

    @Inject
    InvitationAcceptance acceptance;

    /**
     * {@code password}: a new password for a new address, or the existing account's password; {@code name} only for a
     * new account (the invitation's name otherwise).
     */
    public record AcceptRequest(String token, String password, String name) {
    }

    public record AcceptedView(java.util.UUID accountId, String email, String tenant) {
    }

    @POST
    @Path("accept")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Accept an invitation with the token of its link")
    @APIResponse(responseCode = "200", description = "Accepted; the account holds the role now")
    @APIResponse(responseCode = "403", description = "Wrong password of the existing account (INVITATION_WRONG_PASSWORD)")
    @APIResponse(responseCode = "410", description = "Used, withdrawn, expired or unknown (INVITATION_INVALID)")
    @APIResponse(responseCode = "422", description = "The new password is too short or too long")
    public AcceptedView accept(AcceptRequest request, @Context HttpServletRequest http) {
        AcceptRequest body = request == null ? new AcceptRequest(null, null, null) : request;
        Accepted accepted = acceptance.accept(body.token(), body.password(), body.name(), clientAddresses.of(http));
        return new AcceptedView(accepted.accountId(), accepted.email(), accepted.tenant());
    }
}

package nl.dorpskracht.web.session;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import nl.dorpskracht.platform.rest.RequestParts;
import nl.dorpskracht.platform.web.ClientAddresses;
import nl.dorpskracht.security.control.PasswordChanges;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Forgot password, without a login: account-level, no tenant. The request always answers 202, so the API tells nobody
 * whether an address has an account. Writes without a session: the cross-site rule ({@code CrossSiteWrites}) still
 * refuses one another site's browser sends.
 */
@Path("/v1/password-reset")
@RequestScoped
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Password", description = "Forgot password, change password, sign out everywhere")
public class PasswordResetResource {

    @Inject
    ClientAddresses clientAddresses;

    @Inject
    PasswordChanges passwords;

    @Context
    HttpServletRequest request;

    @POST
    @Operation(summary = "Ask for a reset link by mail: {\"email\"}. Always 202, known address or not; a known account "
            + "gets a mail with a single-use link valid one hour (at most 3 open links per account)")
    public Response request(EmailRequest body) {
        passwords.requestReset(RequestParts.body(body).email(), clientAddresses.of(request));
        return Response.accepted().build();
    }

    @POST
    @Path("confirm")
    @Operation(summary = "Set a new password with the link's token: {\"token\",\"password\"}. 204; 400 "
            + "RESET_LINK_INVALID (used, expired, unknown); 422 PASSWORD_TOO_SHORT, PASSWORD_TOO_LONG, PASSWORD_BREACHED, "
            + "PASSWORD_TOO_PREDICTABLE (the link stays usable). Ends every session of the account")
    public Response confirm(ConfirmRequest body) {
        ConfirmRequest confirm = RequestParts.body(body);
        passwords.resetWith(confirm.token(), confirm.password());
        return Response.noContent().build();
    }

    /** {@code {"email"}}. */
    public record EmailRequest(String email) {
    }

    /** {@code {"token","password"}}. */
    public record ConfirmRequest(String token, String password) {
    }
}

package nl.dorpskracht.web.session;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import nl.dorpskracht.platform.problem.ProblemCode;
import nl.dorpskracht.platform.problem.ProblemException;
import nl.dorpskracht.platform.rest.RequestParts;
import nl.dorpskracht.platform.web.ClientAddresses;
import nl.dorpskracht.security.boundary.Caller;
import nl.dorpskracht.security.control.PasswordChanges;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The caller's own password: changed only with the current one, only for the caller's own account (the account is the
 * authenticated caller's, never one named in the request). With HTTP Basic: the API takes no writes on the session
 * cookie.
 */
@Path("/v1/me/password")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Password", description = "Forgot password, change password, sign out everywhere")
@SecurityRequirement(name = "basic")
public class MyPasswordResource {

    @Inject
    ClientAddresses clientAddresses;

    @Inject
    Caller caller;

    @Inject
    PasswordChanges passwords;

    @Context
    HttpServletRequest request;

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change the caller's password: {\"currentPassword\",\"newPassword\"}. 204; 422 "
            + "CURRENT_PASSWORD_WRONG or a password rule (PASSWORD_TOO_SHORT, …); 429 after repeated wrong current "
            + "passwords. Ends every session and remembered verification of the account. The one endpoint an account "
            + "with a one-time password reaches before it has chosen its own")
    public Response change(ChangeRequest body) {
        ChangeRequest change = RequestParts.body(body);
        passwords.change(loggedIn(), change.currentPassword(), change.newPassword(), clientAddresses.of(request));
        return Response.noContent().build();
    }

    @DELETE
    @Path("sessions")
    @Operation(summary = "Sign out everywhere: every session and remembered verification of the caller's account ends;"
            + " the password stays. 204")
    public Response signOutEverywhere() {
        passwords.signOutEverywhere(loggedIn());
        return Response.noContent().build();
    }

    private String loggedIn() {
        if (!caller.isAuthenticated()) {
            throw new ProblemException(ProblemCode.NOT_AUTHENTICATED);
        }
        return caller.name();
    }

    /** {@code {"currentPassword","newPassword"}}. */
    public record ChangeRequest(String currentPassword, String newPassword) {
    }
}

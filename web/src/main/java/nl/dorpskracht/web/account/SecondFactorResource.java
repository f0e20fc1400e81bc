package nl.dorpskracht.web.account;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;
import nl.dorpskracht.platform.problem.ProblemCode;
import nl.dorpskracht.platform.problem.ProblemException;
import nl.dorpskracht.security.boundary.Caller;
import nl.dorpskracht.security.secondfactor.SecondFactors;
import nl.dorpskracht.security.secondfactor.SecondFactors.Enrolment;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The caller's own second factor. No tenant: it belongs to the person's one login. Once it is confirmed, Basic no
 * longer works for the account, so removing it is done on the page ({@code /account/second-factor.xhtml}).
 */
@Path("/v1/me/second-factor")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Second factor", description = "TOTP enrolment of the caller's own account")
@SecurityRequirement(name = "basic")
public class SecondFactorResource {

    @Inject
    Caller caller;

    @Inject
    SecondFactors secondFactors;

    public record State(boolean enrolled, int recoveryCodesLeft) {
    }

    public record CodeRequest(String code) {
    }

    public record Confirmed(List<String> recoveryCodes) {
    }

    @GET
    @Operation(summary = "Whether the caller has a second factor, and how many recovery codes are unused")
    public State state() {
        UUID account = account();
        boolean enrolled = secondFactors.isEnrolled(account);
        return new State(enrolled, enrolled ? secondFactors.unusedRecoveryCodes(account) : 0);
    }

    @POST
    @Operation(summary = "Start enrolment: a new secret, as text, otpauth address and QR code (SVG data address); "
            + "replaces one not yet confirmed")
    @APIResponse(responseCode = "409", description = "Already enrolled (problem SECOND_FACTOR_ALREADY_ENROLLED)")
    public Enrolment begin() {
        return secondFactors.begin(account(), caller.name());
    }

    @POST
    @Path("confirm")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Confirm with the first code of the app; answers the ten recovery codes, this once")
    @APIResponse(responseCode = "422", description = "Wrong code (problem SECOND_FACTOR_CODE_INVALID)")
    public Confirmed confirm(CodeRequest request) {
        return new Confirmed(secondFactors.confirm(account(), request == null ? null : request.code()));
    }

    private UUID account() {
        if (caller.viaToken()) {
            throw new ProblemException(ProblemCode.TOKEN_NOT_FOR_THIS);
        }
        return caller.accountId().orElseThrow(() -> new ProblemException(ProblemCode.NOT_AUTHENTICATED));
    }
}

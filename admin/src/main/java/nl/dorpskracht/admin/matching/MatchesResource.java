package nl.dorpskracht.admin.matching;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.dorpskracht.matching.boundary.Matchmaking;
import nl.dorpskracht.platform.problem.ProblemCode;
import nl.dorpskracht.platform.rest.RequestParts;
import nl.dorpskracht.tenancy.boundary.TenantRoles;
import nl.dorpskracht.tenancy.entity.Role;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Proposals: the asking association's admin reads one; a contact person who volunteers reads the proposals about them
 * (from any province) and says yes or no.
 */
@Path("/v1/{tenant}/matches")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@TenantRoles(Role.TENANT_ADMIN)
@Tag(name = "Vraag en aanbod")
@SecurityRequirement(name = "basic")
public class MatchesResource {

    @Inject
    Matchmaking matchmaking;

    public record AnswerView(UUID id, String status) {
    }

    @GET
    @Path("mine")
    @TenantRoles(Role.MEMBER_CONTACT)
    @Operation(summary = "The proposals about the caller's own volunteer offer")
    public List<Map<String, Object>> mine() {
        return matchmaking.aboutMe();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One proposal of this association; the volunteer's details only once they accepted")
    public Matchmaking.ProposalView read(@PathParam("id") String id) {
        return matchmaking.proposal(matchId(id));
    }

    @POST
    @Path("{id}/accept")
    @TenantRoles(Role.MEMBER_CONTACT)
    @Operation(summary = "The volunteer says yes: both sides get each other's details by mail")
    public AnswerView accept(@PathParam("id") String id) {
        UUID match = matchId(id);
        return new AnswerView(match, matchmaking.answer(match, true));
    }

    @POST
    @Path("{id}/decline")
    @TenantRoles(Role.MEMBER_CONTACT)
    @Operation(summary = "The volunteer says no: nothing is shared")
    public AnswerView decline(@PathParam("id") String id) {
        UUID match = matchId(id);
        return new AnswerView(match, matchmaking.answer(match, false));
    }

    private static UUID matchId(String id) {
        return RequestParts.id(id, ProblemCode.MATCH_NOT_FOUND);
    }
}

package nl.dorpskracht.admin.prize;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.UUID;
import nl.dorpskracht.platform.problem.FieldError;
import nl.dorpskracht.platform.problem.ProblemCode;
import nl.dorpskracht.platform.problem.ProblemException;
import nl.dorpskracht.platform.rest.RequestParts;
import nl.dorpskracht.tenancy.boundary.TenantRoles;
import nl.dorpskracht.prize.boundary.PrizeService;
import nl.dorpskracht.prize.control.NominationView;
import nl.dorpskracht.prize.control.OwnVote;
import nl.dorpskracht.prize.control.PrizeOverview;
import nl.dorpskracht.prize.control.PrizeResults;
import nl.dorpskracht.security.boundary.Caller;
import nl.dorpskracht.tenancy.entity.Role;
import nl.dorpskracht.tenancy.control.TenantContext;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The Dorpskrachtprijs of an ALV of the tenant in the path: admins open and move the round, contact persons nominate
 * and vote for their own organisation. Another tenant's ALV, also one shared with this tenant, is not found here.
 */
@Path("/v1/{tenant}/events/{eventId}/prize")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@TenantRoles(Role.TENANT_ADMIN)
@Tag(name = "Dorpskrachtprijs", description = "Nominations and the vote of the member organisations at an ALV")
@SecurityRequirement(name = "basic")
public class PrizeResource {

    @Inject
    PrizeService prize;

    @Inject
    Caller caller;

    @Inject
    TenantContext context;

    @POST
    @Operation(summary = "Open the prize round of one of the tenant's own ALVs (phase NOMINATING); optional {title}")
    public Response open(@PathParam("eventId") String eventId, OpenRequest request, @Context UriInfo uri) {
        PrizeOverview opened = prize.open(RequestParts.id(eventId, ProblemCode.EVENT_NOT_FOUND),
                request == null ? null : request.title());
        return Response.created(uri.getAbsolutePath()).entity(opened).build();
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Move the round one phase forward: NOMINATING, VOTING, CLOSED, PUBLISHED; body {phase,"
            + " version}, a stale version gives 409")
    public PrizeOverview move(@PathParam("eventId") String eventId, PhaseRequest request) {
        PhaseRequest body = RequestParts.body(request);
        return prize.move(RequestParts.id(eventId, ProblemCode.PRIZE_NOT_FOUND), body.version(), body.phase());
    }

    @GET
    @TenantRoles({ Role.TENANT_ADMIN, Role.MEMBER_CONTACT })
    @Operation(summary = "The round: phase, nominations (initiative and organisation, no persons), for a contact person"
            + " whether their organisation voted and for what; results for admins, for everyone once published")
    public PrizeOverview read(@PathParam("eventId") String eventId) {
        return prize.round(RequestParts.id(eventId, ProblemCode.PRIZE_NOT_FOUND));
    }

    @POST
    @Path("nominations")
    @Consumes(MediaType.APPLICATION_JSON)
    @TenantRoles({ Role.TENANT_ADMIN, Role.MEMBER_CONTACT })
    @Operation(summary = "Nominate an initiative while the round is NOMINATING: a contact person for their own"
            + " organisation, an admin for the member organisation in memberId; one per organisation")
    public Response nominate(@PathParam("eventId") String eventId, NominationRequest request) {
        NominationRequest body = RequestParts.body(request);
        UUID event = RequestParts.id(eventId, ProblemCode.PRIZE_NOT_FOUND);
        NominationView created;
        if (caller.holds(context.require(), Role.TENANT_ADMIN)) {
            if (body.memberId() == null || body.memberId().isBlank()) {
                throw ProblemException.invalid(List.of(FieldError.field("memberId", "required.member")));
            }
            created = prize.nominateFor(event, RequestParts.id(body.memberId(), ProblemCode.MEMBER_NOT_FOUND),
                    body.input());
        } else {
            created = prize.nominate(event, body.input());
        }
        return Response.status(Response.Status.CREATED).entity(created).build();
    }

    @POST
    @Path("votes")
    @Consumes(MediaType.APPLICATION_JSON)
    @TenantRoles(Role.MEMBER_CONTACT)
    @Operation(summary = "Vote for a nomination while the round is VOTING, for the caller's own organisation; a second"
            + " vote of the same organisation gives 409 ALREADY_VOTED")
    public Response vote(@PathParam("eventId") String eventId, VoteRequest request) {
        VoteRequest body = RequestParts.body(request);
        if (body.nominationId() == null || body.nominationId().isBlank()) {
            throw ProblemException.invalid(List.of(FieldError.field("nominationId", "required.nomination")));
        }
        OwnVote vote = prize.vote(RequestParts.id(eventId, ProblemCode.PRIZE_NOT_FOUND),
                RequestParts.id(body.nominationId(), ProblemCode.NOMINATION_NOT_FOUND));
        return Response.status(Response.Status.CREATED).entity(vote).build();
    }

    @GET
    @Path("results")
    @TenantRoles({ Role.TENANT_ADMIN, Role.MEMBER_CONTACT })
    @Operation(summary = "Votes per nomination: admins at any time (with the organisations that voted, not for what),"
            + " contact persons once the round is PUBLISHED")
    public PrizeResults results(@PathParam("eventId") String eventId) {
        return prize.results(RequestParts.id(eventId, ProblemCode.PRIZE_NOT_FOUND));
    }
}

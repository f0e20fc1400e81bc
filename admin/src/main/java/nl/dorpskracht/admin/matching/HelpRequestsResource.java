package nl.dorpskracht.admin.matching;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.UUID;
import nl.dorpskracht.matching.boundary.HelpRequests;
import nl.dorpskracht.matching.boundary.Matchmaking;
import nl.dorpskracht.matching.control.HelpRequest;
import nl.dorpskracht.matching.control.HelpRequestInput;
import nl.dorpskracht.matching.control.Proposal;
import nl.dorpskracht.matching.control.Suggestion;
import nl.dorpskracht.platform.problem.FieldError;
import nl.dorpskracht.platform.problem.ProblemCode;
import nl.dorpskracht.platform.problem.ProblemException;
import nl.dorpskracht.platform.rest.RequestParts;
import nl.dorpskracht.tenancy.boundary.TenantRoles;
import nl.dorpskracht.tenancy.entity.Role;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Vraag &amp; aanbod: the requests for help of the association's members, their suggestions and proposals. A contact
 * person reads and posts their own organisation's under {@code /mine}.
 */
@Path("/v1/{tenant}/help-requests")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@TenantRoles(Role.TENANT_ADMIN)
@Tag(name = "Vraag en aanbod")
@SecurityRequirement(name = "basic")
public class HelpRequestsResource {

    @Inject
    HelpRequests requests;

    @Inject
    Matchmaking matchmaking;

    /** A proposal asked for: the volunteer as a suggestion names them (tenant and id). */
    public record ProposalRequest(String volunteerTenant, String volunteerId) {
    }

    public record StatusRequest(String status, Long version) {
    }

    @GET
    @Operation(summary = "The requests, newest first (?status=OPEN|MATCHED|CLOSED&page=&size= up to 100)")
    public List<HelpRequest> list(@QueryParam("status") String status, @QueryParam("page") @DefaultValue("0") int page,
            @QueryParam("size") @DefaultValue("20") int size) {
        return requests.list(status, page, size);
    }

    @GET
    @Path("open")
    @Operation(summary = "The open requests, newest first")
    public List<HelpRequest> open(@QueryParam("page") @DefaultValue("0") int page,
            @QueryParam("size") @DefaultValue("20") int size) {
        return requests.list("OPEN", page, size);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Post a request for a member: memberId, title, description, skills[], place, municipality,"
            + " periodFrom, periodTo")
    public Response create(HelpRequestInput input, @Context UriInfo uri) {
        HelpRequest created = requests.create(RequestParts.body(input));
        return Response.created(uri.getAbsolutePathBuilder().path(created.id().toString()).build()).entity(created)
                .build();
    }

    @GET
    @Path("mine")
    @TenantRoles(Role.MEMBER_CONTACT)
    @Operation(summary = "The requests of the caller's own organisation")
    public List<HelpRequest> mine() {
        return requests.ofMyOrganisation();
    }

    @POST
    @Path("mine")
    @Consumes(MediaType.APPLICATION_JSON)
    @TenantRoles(Role.MEMBER_CONTACT)
    @Operation(summary = "Post a request for the caller's own organisation")
    public Response ask(HelpRequestInput input, @Context UriInfo uri) {
        HelpRequest created = requests.ask(RequestParts.body(input));
        return Response.created(uri.getAbsolutePathBuilder().path(created.id().toString()).build()).entity(created)
                .build();
    }

    @GET
    @Path("mine/{id}")
    @TenantRoles(Role.MEMBER_CONTACT)
    @Operation(summary = "One request of the caller's own organisation")
    public HelpRequest mineOne(@PathParam("id") String id) {
        return requests.mine(requestId(id));
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One request")
    public HelpRequest read(@PathParam("id") String id) {
        return requests.find(requestId(id));
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change a request (body carries version; stale → 409 VERSION_CONFLICT)")
    public HelpRequest update(@PathParam("id") String id, HelpRequestInput input) {
        HelpRequestInput body = RequestParts.body(input);
        if (body.version() == null) {
            throw ProblemException.invalid(List.of(FieldError.field("version", "required.version")));
        }
        return requests.update(requestId(id), body.version(), body);
    }

    @PUT
    @Path("{id}/status")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Set the status: OPEN, MATCHED or CLOSED (with version)")
    public HelpRequest status(@PathParam("id") String id, StatusRequest body) {
        StatusRequest status = RequestParts.body(body);
        if (status.version() == null) {
            throw ProblemException.invalid(List.of(FieldError.field("version", "required.version")));
        }
        return requests.changeStatus(requestId(id), status.status(), status.version());
    }

    @GET
    @Path("{id}/suggestions")
    @Operation(summary = "Volunteers for an open request, best first: pseudonym, skills and where only (limit ≤ 50)")
    public List<Suggestion> suggestions(@PathParam("id") String id,
            @QueryParam("limit") @DefaultValue("10") int limit) {
        return matchmaking.suggestions(requestId(id), limit);
    }

    @GET
    @Path("{id}/matches")
    @Operation(summary = "The proposals for a request; the volunteer's details only once they accepted")
    public List<Matchmaking.ProposalView> matches(@PathParam("id") String id) {
        return matchmaking.proposals(requestId(id));
    }

    @POST
    @Path("{id}/matches")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Propose a volunteer (volunteerTenant, volunteerId): they get a mail with a link to say yes or"
            + " no")
    public Response propose(@PathParam("id") String id, ProposalRequest body) {
        return proposed(matchmaking, requestId(id), RequestParts.body(body));
    }

    static Response proposed(Matchmaking matchmaking, UUID request, ProposalRequest body) {
        UUID volunteer = VolunteersResource.volunteerId(body.volunteerId());
        Proposal proposal = matchmaking.propose(request, body.volunteerTenant(), volunteer);
        return Response.status(Response.Status.CREATED).entity(proposal).build();
    }

    static UUID requestId(String id) {
        return RequestParts.id(id, ProblemCode.HELP_REQUEST_NOT_FOUND);
    }
}

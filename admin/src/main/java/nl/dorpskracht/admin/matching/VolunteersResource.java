package nl.dorpskracht.admin.matching;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import nl.dorpskracht.matching.boundary.Volunteers;
import nl.dorpskracht.matching.control.Volunteer;
import nl.dorpskracht.matching.control.VolunteerInput;
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
 * Vraag &amp; aanbod: the volunteers of the association. Its admin registers people (with their consent) and reads
 * their details; a contact person keeps their own offer under {@code /me}.
 */
@Path("/v1/{tenant}/volunteers")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@TenantRoles(Role.TENANT_ADMIN)
@Tag(name = "Vraag en aanbod", description = "Volunteers, help requests and proposals (double opt-in)")
@SecurityRequirement(name = "basic")
public class VolunteersResource {

    @Inject
    Volunteers volunteers;

    @GET
    @Operation(summary = "The association's volunteers, newest first (?skill=&active=&page=&size= up to 100)")
    public List<Volunteer> list(@QueryParam("skill") String skill,
            @QueryParam("active") @DefaultValue("false") boolean activeOnly,
            @QueryParam("page") @DefaultValue("0") int page, @QueryParam("size") @DefaultValue("20") int size) {
        return volunteers.list(skill, activeOnly, page, size);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Register a person as a volunteer: skills, name, email, consent=true (they agreed)")
    public Response create(VolunteerInput input, @Context UriInfo uri) {
        Volunteer created = volunteers.register(RequestParts.body(input));
        return Response.created(uri.getAbsolutePathBuilder().path(created.id().toString()).build()).entity(created)
                .build();
    }

    @GET
    @Path("me")
    @TenantRoles(Role.MEMBER_CONTACT)
    @Operation(summary = "The caller's own volunteer offer (404 VOLUNTEER_NOT_FOUND when they have none)")
    public Volunteer mine() {
        return volunteers.mine().orElseThrow(() -> new ProblemException(ProblemCode.VOLUNTEER_NOT_FOUND));
    }

    @PUT
    @Path("me")
    @Consumes(MediaType.APPLICATION_JSON)
    @TenantRoles(Role.MEMBER_CONTACT)
    @Operation(summary = "Write the caller's own offer (skills, limits, findableNationally, consent=true)")
    public Volunteer saveMine(VolunteerInput input) {
        return volunteers.saveMine(RequestParts.body(input));
    }

    @DELETE
    @Path("me")
    @TenantRoles(Role.MEMBER_CONTACT)
    @Operation(summary = "Withdraw the caller's own offer")
    public Response deleteMine() {
        volunteers.deleteMine();
        return Response.noContent().build();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One volunteer, with their details")
    public Volunteer read(@PathParam("id") String id) {
        return volunteers.find(volunteerId(id));
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change a volunteer (body carries version; stale → 409 VERSION_CONFLICT)")
    public Volunteer update(@PathParam("id") String id, VolunteerInput input) {
        VolunteerInput body = RequestParts.body(input);
        if (body.version() == null) {
            throw ProblemException.invalid(List.of(FieldError.field("version", "required.version")));
        }
        return volunteers.update(volunteerId(id), body.version(), body);
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Remove a volunteer and their details")
    public Response delete(@PathParam("id") String id) {
        volunteers.delete(volunteerId(id));
        return Response.noContent().build();
    }

    static UUID volunteerId(String id) {
        return RequestParts.id(id, ProblemCode.VOLUNTEER_NOT_FOUND);
    }
}

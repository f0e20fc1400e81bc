package nl.dorpskracht.admin.members;

import nl.dorpskracht.platform.rest.RequestParts;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import nl.dorpskracht.members.boundary.ContactService;
import nl.dorpskracht.members.boundary.PrivacyService;
import nl.dorpskracht.members.boundary.PrivacyService.PersonalData;
import nl.dorpskracht.members.entity.ContactPerson;
import nl.dorpskracht.platform.problem.FieldError;
import nl.dorpskracht.platform.problem.ProblemCode;
import nl.dorpskracht.platform.problem.ProblemException;
import nl.dorpskracht.tenancy.boundary.TenantRoles;
import nl.dorpskracht.tenancy.entity.Role;
import nl.dorpskracht.invitations.boundary.InvitationView;
import nl.dorpskracht.invitations.entity.InvitationSent;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The contact persons of one member organisation, their logins and their privacy rights. */
@Path("/v1/{tenant}/members/{memberId}/contacts")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@TenantRoles(Role.TENANT_ADMIN)
@Tag(name = "Contact persons", description = "People who speak for a member organisation")
@SecurityRequirement(name = "basic")
@APIResponse(responseCode = "404", description = "Unknown tenant, member or contact person, or not yours")
public class ContactsResource {

    @PathParam("memberId")
    String memberId;

    @Inject
    ContactService contacts;

    @Inject
    PrivacyService privacy;

    @GET
    @TenantRoles({ Role.TENANT_ADMIN, Role.REGIONAL_AMBASSADOR })
    @Operation(summary = "The organisation's contact persons, the primary one first")
    public List<ContactView> list() {
        return contacts.of(member()).stream().map(ContactView::of).toList();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add a contact person; the first one becomes primary")
    @APIResponse(responseCode = "422", description = "Field errors (problem VALIDATION_FAILED)")
    public Response create(ContactRequest request, @Context UriInfo uri) {
        ContactPerson created = contacts.create(member(), RequestParts.body(request).input());
        return Response.created(uri.getAbsolutePathBuilder().path(created.id().toString()).build())
                .entity(ContactView.of(created)).build();
    }

    @GET
    @Path("{id}")
    @TenantRoles({ Role.TENANT_ADMIN, Role.REGIONAL_AMBASSADOR })
    public ContactView read(@PathParam("id") String id) {
        return ContactView.of(contacts.find(member(), RequestParts.id(id, ProblemCode.CONTACT_NOT_FOUND)));
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Update a contact person; the body carries the version read, a stale one gives 409")
    public ContactView update(@PathParam("id") String id, ContactRequest request) {
        ContactRequest body = RequestParts.body(request);
        if (body.version() == null) {
            throw ProblemException.invalid(List.of(FieldError.field("version", "required.version")));
        }
        return ContactView.of(contacts.update(member(), RequestParts.id(id, ProblemCode.CONTACT_NOT_FOUND),
                body.version(), body.input()));
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Erase a contact person (AVG): personal fields anonymised, login withdrawn, audit values "
            + "redacted; invoices and counts stay")
    @APIResponse(responseCode = "204", description = "Erased")
    public Response erase(@PathParam("id") String id) {
        privacy.erase(member(), RequestParts.id(id, ProblemCode.CONTACT_NOT_FOUND));
        return Response.noContent().build();
    }

    @GET
    @Path("{id}/personal-data")
    @Operation(summary = "Everything stored about this person (AVG right of access), as JSON; the export is audited")
    public Response personalData(@PathParam("id") String id) {
        PersonalData data = privacy.export(member(), RequestParts.id(id, ProblemCode.CONTACT_NOT_FOUND));
        return Response.ok(data)
                .header("Content-Disposition", "attachment; filename=\"persoonsgegevens-" + id + ".json\"").build();
    }

    @POST
    @Path("{id}/login")
    @Operation(summary = "Invite the contact person to a login (MEMBER_CONTACT) at their address; the login exists once"
            + " they accept. The answer is the same whether or not the address has an account anywhere")
    @APIResponse(responseCode = "202", description = "Invited; `link` only when no mail server is configured")
    @APIResponse(responseCode = "409", description = "The contact person has a login here already (CONTACT_HAS_LOGIN)")
    public Response inviteToLogin(@PathParam("id") String id) {
        InvitationSent sent = contacts.inviteToLogin(member(), RequestParts.id(id, ProblemCode.CONTACT_NOT_FOUND));
        return Response.accepted(InvitationView.of(sent)).build();
    }

    @DELETE
    @Path("{id}/login")
    @Operation(summary = "Withdraw the contact person's login in this tenant, and an open invitation to one")
    public ContactView revokeLogin(@PathParam("id") String id) {
        return ContactView.of(contacts.revokeLogin(member(), RequestParts.id(id, ProblemCode.CONTACT_NOT_FOUND)));
    }

    private UUID member() {
        return RequestParts.id(memberId, ProblemCode.MEMBER_NOT_FOUND);
    }

}

package nl.dorpskracht.admin.contributions;

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
import nl.dorpskracht.admin.contributions.Views.AssignRequest;
import nl.dorpskracht.admin.contributions.Views.AssignedView;
import nl.dorpskracht.admin.contributions.Views.CreditorView;
import nl.dorpskracht.admin.contributions.Views.MandateView;
import nl.dorpskracht.admin.contributions.Views.MemberPlanRequest;
import nl.dorpskracht.admin.contributions.Views.MemberPlanView;
import nl.dorpskracht.admin.contributions.Views.PlanRequest;
import nl.dorpskracht.admin.contributions.Views.PlanView;
import nl.dorpskracht.contributions.boundary.ContributionService;
import nl.dorpskracht.contributions.boundary.MandateService;
import nl.dorpskracht.contributions.entity.CreditorInput;
import nl.dorpskracht.members.entity.MandateInput;
import nl.dorpskracht.contributions.entity.PlanInput;
import nl.dorpskracht.contributions.entity.PlanWithTiers;
import nl.dorpskracht.platform.problem.FieldError;
import nl.dorpskracht.platform.problem.ProblemCode;
import nl.dorpskracht.platform.problem.ProblemException;
import nl.dorpskracht.tenancy.boundary.TenantRoles;
import nl.dorpskracht.tenancy.entity.Role;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Contribution plans, each member's plan and payer, mandates and the SEPA creditor of one province. */
@Path("/v1/{tenant}/contributions")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@TenantRoles({ Role.TENANT_ADMIN, Role.TREASURER })
@Tag(name = "Contributions", description = "Contribution plans, members' plans and payers, SEPA mandates and creditor")
@SecurityRequirement(name = "basic")
@APIResponse(responseCode = "401", description = "Not logged in (problem NOT_AUTHENTICATED)")
@APIResponse(responseCode = "403", description = "A grant in the tenant, but not TENANT_ADMIN (problem FORBIDDEN)")
@APIResponse(responseCode = "404", description = "Unknown tenant, no grant in it, or an id that is not the tenant's")
public class ContributionsResource {

    @Inject
    ContributionService contributions;

    @Inject
    MandateService mandates;

    @GET
    @Path("plans")
    @Operation(summary = "The tenant's contribution plans with their tiers and how many members each has")
    public List<PlanView> plans() {
        return contributions.plans().stream().map(PlanView::of).toList();
    }

    @POST
    @Path("plans")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add a plan: kind FLAT (one amount), TIERED (amount by inhabitants: amountCents below the"
            + " lowest tier, tiers [{fromInhabitants, amountCents}]) or MUNICIPALITY (amountCents per village, billed"
            + " to the municipality)")
    @APIResponse(responseCode = "201", description = "Created; Location header and the plan with id and version")
    @APIResponse(responseCode = "409", description = "Same name (problem PLAN_DUPLICATE)")
    @APIResponse(responseCode = "422", description = "Field errors (problem VALIDATION_FAILED)")
    public Response createPlan(PlanRequest request, @Context UriInfo uri) {
        PlanRequest body = RequestParts.body(request);
        PlanWithTiers plan = contributions
                .createPlan(new PlanInput(body.name(), body.kind(), body.amountCents(), body.active(), body.tiers()));
        return Response.created(uri.getAbsolutePathBuilder().path(plan.plan().id().toString()).build())
                .entity(PlanView.of(plan)).build();
    }

    @GET
    @Path("plans/{id}")
    @Operation(summary = "One plan")
    public PlanView plan(@PathParam("id") String id) {
        return PlanView.of(contributions.plan(RequestParts.id(id, ProblemCode.PLAN_NOT_FOUND)));
    }

    @PUT
    @Path("plans/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change a plan; the body carries the version read, a stale one gives 409. Invoices already"
            + " made keep their amounts")
    @APIResponse(responseCode = "409", description = "Stale version (VERSION_CONFLICT), same name (PLAN_DUPLICATE)")
    @APIResponse(responseCode = "422", description = "Field errors (problem VALIDATION_FAILED)")
    public PlanView updatePlan(@PathParam("id") String id, PlanRequest request) {
        PlanRequest body = RequestParts.body(request);
        if (body.version() == null) {
            throw ProblemException.invalid(List.of(FieldError.field("version", "required.version")));
        }
        return PlanView.of(contributions.updatePlan(RequestParts.id(id, ProblemCode.PLAN_NOT_FOUND), body.version(),
                new PlanInput(body.name(), body.kind(), body.amountCents(), body.active(), body.tiers())));
    }

    @DELETE
    @Path("plans/{id}")
    @Operation(summary = "Delete a plan that no member has and no invoice names; otherwise make it inactive")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "409", description = "In use (problem PLAN_IN_USE)")
    public Response deletePlan(@PathParam("id") String id) {
        contributions.deletePlan(RequestParts.id(id, ProblemCode.PLAN_NOT_FOUND));
        return Response.noContent().build();
    }

    @POST
    @Path("plans/{id}/assign-unassigned")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Give this plan to every active member that has no plan yet; payer ORGANISATION or"
            + " MUNICIPALITY (default: MUNICIPALITY for a municipality plan, else ORGANISATION)")
    public AssignedView assignUnassigned(@PathParam("id") String id, AssignRequest request) {
        var planId = RequestParts.id(id, ProblemCode.PLAN_NOT_FOUND);
        return new AssignedView(planId,
                contributions.assignToMembersWithoutPlan(planId, request == null ? null : request.payer()));
    }

    @GET
    @Path("members/{memberId}")
    @Operation(summary = "A member's plan and payer")
    @APIResponse(responseCode = "404", description = "Unknown member (MEMBER_NOT_FOUND) or no plan yet (PLAN_NOT_FOUND)")
    public MemberPlanView memberPlan(@PathParam("memberId") String memberId) {
        return MemberPlanView
                .of(contributions.memberContribution(RequestParts.id(memberId, ProblemCode.MEMBER_NOT_FOUND)));
    }

    @PUT
    @Path("members/{memberId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Set a member's plan and payer: {planId, payer, version}; version optional on the first"
            + " assignment")
    @APIResponse(responseCode = "409", description = "Stale version (VERSION_CONFLICT) or an inactive plan (PLAN_INACTIVE)")
    @APIResponse(responseCode = "422", description = "Unknown plan or payer (problem VALIDATION_FAILED)")
    public MemberPlanView assign(@PathParam("memberId") String memberId, MemberPlanRequest request) {
        MemberPlanRequest body = RequestParts.body(request);
        return MemberPlanView.of(contributions.assign(RequestParts.id(memberId, ProblemCode.MEMBER_NOT_FOUND),
                body.planId(), body.payer(), body.version()));
    }

    @GET
    @Path("mandates/{memberId}")
    @Operation(summary = "A member's SEPA direct-debit mandate")
    @APIResponse(responseCode = "404", description = "Unknown member (MEMBER_NOT_FOUND) or no mandate (MANDATE_NOT_FOUND)")
    public MandateView mandate(@PathParam("memberId") String memberId) {
        return MandateView.of(mandates.mandate(RequestParts.id(memberId, ProblemCode.MEMBER_NOT_FOUND)));
    }

    @PUT
    @Path("mandates/{memberId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record or replace a member's mandate: {iban, bic?, reference, signedOn (yyyy-mm-dd)};"
            + " the IBAN is checked (country, length, check digits)")
    @APIResponse(responseCode = "409", description = "Reference used by another member (MANDATE_REFERENCE_TAKEN)")
    @APIResponse(responseCode = "422", description = "Field errors, e.g. a bad IBAN (problem VALIDATION_FAILED)")
    public MandateView saveMandate(@PathParam("memberId") String memberId, MandateInput request) {
        MandateInput body = RequestParts.body(request);
        return MandateView.of(mandates.saveMandate(RequestParts.id(memberId, ProblemCode.MEMBER_NOT_FOUND), body));
    }

    @DELETE
    @Path("mandates/{memberId}")
    @Operation(summary = "Revoke a member's mandate")
    @APIResponse(responseCode = "204", description = "Revoked")
    public Response revokeMandate(@PathParam("memberId") String memberId) {
        mandates.revokeMandate(RequestParts.id(memberId, ProblemCode.MEMBER_NOT_FOUND));
        return Response.noContent().build();
    }

    @GET
    @Path("creditor")
    @Operation(summary = "The association's SEPA creditor: name, IBAN, BIC, creditor identifier, painVersion")
    @APIResponse(responseCode = "409", description = "Not set yet (problem CREDITOR_MISSING)")
    public CreditorView creditor() {
        return CreditorView.of(contributions.creditor());
    }

    @PUT
    @Path("creditor")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Set the association's SEPA creditor: {name, iban, bic?, creditorId, painVersion?}; painVersion"
            + " is the direct-debit file format of its bank, 001.02 (default) or 001.08")
    @APIResponse(responseCode = "422", description = "Field errors (problem VALIDATION_FAILED)")
    public CreditorView saveCreditor(CreditorInput request) {
        return CreditorView.of(contributions.saveCreditor(RequestParts.body(request)));
    }
}

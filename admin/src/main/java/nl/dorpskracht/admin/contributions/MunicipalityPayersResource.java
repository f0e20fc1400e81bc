package nl.dorpskracht.admin.contributions;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import nl.dorpskracht.contributions.boundary.InvoiceDeliveryService;
import nl.dorpskracht.contributions.entity.MunicipalityPayer;
import nl.dorpskracht.contributions.entity.MunicipalityPayerInput;
import nl.dorpskracht.platform.rest.RequestParts;
import nl.dorpskracht.tenancy.boundary.TenantRoles;
import nl.dorpskracht.tenancy.entity.Role;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The addresses of municipalities that pay the contribution of their villages: the run mails their invoice there. */
@Path("/v1/{tenant}/contributions/municipality-payers")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@TenantRoles({ Role.TENANT_ADMIN, Role.TREASURER })
@Tag(name = "Contributions", description = "Contribution plans, members' plans and payers, SEPA mandates and creditor")
@SecurityRequirement(name = "basic")
@APIResponse(responseCode = "401", description = "Not logged in (problem NOT_AUTHENTICATED)")
@APIResponse(responseCode = "403", description = "A grant in the tenant, but not TENANT_ADMIN or TREASURER (FORBIDDEN)")
@APIResponse(responseCode = "404", description = "Unknown tenant, no grant in it, or no address for the municipality")
public class MunicipalityPayersResource {

    @Inject
    InvoiceDeliveryService delivery;

    public record MunicipalityPayerRequest(String name, String email, String street, String postalCode, String place,
            Long version) {
    }

    public record MunicipalityPayerView(String municipality, String name, String email, String street,
            String postalCode, String place, long version) {
        static MunicipalityPayerView of(MunicipalityPayer payer) {
            return new MunicipalityPayerView(payer.municipality(), payer.name(), payer.email(), payer.street(),
                    payer.postalCode(), payer.place(), payer.version());
        }
    }

    @GET
    @Operation(summary = "Every municipality address of the association (at most 500), by municipality")
    public List<MunicipalityPayerView> list() {
        return delivery.municipalityPayers().stream().map(MunicipalityPayerView::of).toList();
    }

    @GET
    @Path("{municipality}")
    @Operation(summary = "The address of one municipality (its name, any case)")
    @APIResponse(responseCode = "404", description = "No address recorded (problem MUNICIPALITY_PAYER_NOT_FOUND)")
    public MunicipalityPayerView one(@PathParam("municipality") String municipality) {
        return MunicipalityPayerView.of(delivery.municipalityPayer(municipality));
    }

    @PUT
    @Path("{municipality}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record or change a municipality's address: {name, email?, street?, postalCode?, place?,"
            + " version?}; the next run addresses and mails the municipality's invoice with it")
    @APIResponse(responseCode = "409", description = "Stale version (problem VERSION_CONFLICT)")
    @APIResponse(responseCode = "422", description = "Field errors (problem VALIDATION_FAILED)")
    public MunicipalityPayerView save(@PathParam("municipality") String municipality,
            MunicipalityPayerRequest request) {
        MunicipalityPayerRequest body = RequestParts.body(request);
        return MunicipalityPayerView.of(delivery.saveMunicipalityPayer(municipality,
                new MunicipalityPayerInput(body.name(), body.email(), body.street(), body.postalCode(), body.place()),
                body.version()));
    }

    @DELETE
    @Path("{municipality}")
    @Operation(summary = "Forget a municipality's address; invoices already made keep theirs")
    @APIResponse(responseCode = "204", description = "Deleted")
    public Response delete(@PathParam("municipality") String municipality) {
        delivery.deleteMunicipalityPayer(municipality);
        return Response.noContent().build();
    }
}

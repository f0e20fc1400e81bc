package nl.dorpskracht.web.newsletters;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import nl.dorpskracht.newsletters.boundary.Unsubscribe;
import nl.dorpskracht.newsletters.boundary.Unsubscribe.LinkState;
import nl.dorpskracht.newsletters.control.UnsubscribeLedger.Outcome;
import nl.dorpskracht.platform.problem.ProblemCode;
import nl.dorpskracht.platform.problem.ProblemException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The unsubscribe link for programs, without a login: the token is the credential and is looked up only in the
 * association of the path. The path parameter is not called {@code tenant}: nobody enters that tenant here (no grant is
 * checked, none is needed), the link's own row is all it can reach.
 */
@Path("/v1/public/{association}/unsubscribe/{token}")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Newsletters", description = "Newsletters from chosen news items, sent through the outbox, and their archive")
public class UnsubscribeResource {

    @Inject
    Unsubscribe unsubscribe;

    /** {@code state}: SUBSCRIBED (the link would unsubscribe) or ALREADY (used before). */
    public record UnsubscribeView(String association, String state) {
    }

    @GET
    @Operation(summary = "What the link would do, changing nothing: SUBSCRIBED or ALREADY; 404 UNSUBSCRIBE_LINK_INVALID"
            + " for a link not of this association")
    public UnsubscribeView look(@PathParam("association") String association, @PathParam("token") String token) {
        return view(unsubscribe.look(association, token), "SUBSCRIBED");
    }

    @POST
    @Operation(summary = "Unsubscribe from this association's newsletters (RFC 8058 one-click too): UNSUBSCRIBED on the"
            + " first use, ALREADY after (changing nothing)")
    public UnsubscribeView withdraw(@PathParam("association") String association, @PathParam("token") String token) {
        return view(unsubscribe.withdraw(association, token), "UNSUBSCRIBED");
    }

    private static UnsubscribeView view(LinkState state, String firstUse) {
        if (state.state() == Outcome.UNKNOWN) {
            throw new ProblemException(ProblemCode.UNSUBSCRIBE_LINK_INVALID);
        }
        return new UnsubscribeView(state.association().orElseThrow(),
                state.state() == Outcome.ALREADY ? "ALREADY" : firstUse);
    }
}

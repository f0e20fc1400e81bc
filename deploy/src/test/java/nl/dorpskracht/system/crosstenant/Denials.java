package nl.dorpskracht.system.crosstenant;

import nl.dorpskracht.system.support.Api;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;

/**
 * What counts as a denial in the cross-tenant suites: a problem answer from the tenant gate or from the resource
 * itself. A path that matches no route answers the generic {@code NOT_FOUND}; counting that as "denied" would let a
 * case pass by missing its endpoint (a typo, a renamed path), so it never counts. {@link CrossTenantMatrix} also proves
 * each route with an owner twin.
 */
public final class Denials {

    public static final Set<Integer> STATUSES = Set.of(401, 403, 404);
    /** The gate's codes: not logged in, no grant for this role, no grant in this tenant at all. */
    public static final Set<String> GATE = Set.of("NOT_AUTHENTICATED", "FORBIDDEN", "TENANT_NOT_FOUND");
    /** A resource's own refusal of a caller who passed the gate but may not see this. */
    public static final Set<String> RESOURCE_REFUSALS = Set.of("PRIZE_RESULTS_HIDDEN", "NATIONAL_CAMPAIGN_NOT_ALLOWED");

    private Denials() {
    }

    /** Denied by the gate or by the resource's own code; the generic NOT_FOUND of an unmatched route is a failure. */
    public static void byGateOrResource(Api.Reply reply) {
        assertTrue(STATUSES.contains(reply.status()), "status " + reply.status() + ": " + reply.body());
        assertTrue(reply.isProblem(), reply.contentType() + ": " + reply.body());
        String code = reply.code();
        assertNotEquals("NOT_FOUND", code,
                "the generic NOT_FOUND is what a path matching no route answers: " + reply.body());
        assertTrue(GATE.contains(code) || RESOURCE_REFUSALS.contains(code) || code.endsWith("_NOT_FOUND"),
                "neither the gate's nor a resource's own refusal: " + reply.body());
    }

    /** Not found by the resource itself (its own {@code ..._NOT_FOUND} code), never by an unmatched route. */
    public static void notFoundByTheResource(Api.Reply reply) {
        assertTrue(reply.status() == 404, "status " + reply.status() + ": " + reply.body());
        assertTrue(reply.isProblem(), reply.contentType());
        String code = reply.code();
        assertTrue(code.endsWith("_NOT_FOUND") && !code.equals("TENANT_NOT_FOUND"),
                "the resource's own not-found code, not the route's NOT_FOUND nor the gate's: " + reply.body());
    }
}

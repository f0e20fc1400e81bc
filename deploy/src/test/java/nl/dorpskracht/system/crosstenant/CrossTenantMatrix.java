package nl.dorpskracht.system.crosstenant;

import nl.dorpskracht.system.events.EventsIT;
import nl.dorpskracht.system.support.Campaigns;
import nl.dorpskracht.system.support.Initiatives;
import nl.dorpskracht.system.support.NewsItems;
import nl.dorpskracht.system.support.Prizes;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The one registry of cross-tenant cases: every operation the running jar lists in {@code /openapi} has a case here, or
 * a line in {@link #NOT_TENANT_SCOPED} saying why it has none. {@link CrossTenantMatrixIT} fails for an operation with
 * neither, and for a case whose operation no longer exists.
 *
 * <h2>Adding a new endpoint (a few lines)</h2>
 *
 * <pre>
 * at("PUT", "/api/v1/{tenant}/things/{id}")                 // method and path exactly as /openapi lists them
 *         .with("id", w -&gt; w.freshThing())                   // each path parameter: an id in the victim tenant (vkkl)
 *         .body("{\"name\":\"Matrix\",\"version\":{version}}") // a body valid for the owner; {key} from with(...)
 *         .notFound("THING_NOT_FOUND")                       // the resource's own code for an id it does not hold
 *         .admits(MEMBER)                                    // roles of the tenant, besides its admin, that pass
 *         .shows(v -&gt; v.get("name")),                        // a secret the owner's answer holds and no attack's may
 * </pre>
 *
 * Give a write its own fresh victim (a {@code fresh...} method of {@link CrossTenantWorld}): the owner twin runs last
 * and may change or remove it. Each case then runs, against the same resolved request:
 * <ul>
 * <li>tenant crossings: every caller of another tenant on the victim's path ({@code TENANT_NOT_FOUND}); the victim's
 * ids through the attacker's own path (the resource's own code, never the generic {@code NOT_FOUND} an unmatched route
 * gives); the victim tenant forged into header, query and body on the attacker's own path;</li>
 * <li>role checks, counted apart: anonymous ({@code NOT_AUTHENTICATED}) and the victim tenant's own callers whose role
 * the endpoint does not admit ({@code FORBIDDEN});</li>
 * <li>the owner twin: the same request by the victim tenant's own caller answers 2xx (and holds the secret), so the
 * route exists and every denial above is the resource's, not an accident.</li>
 * </ul>
 * The suites per component ({@code *CrossTenantIT}) keep what one line here cannot say: events shared with chosen
 * tenants, national campaigns every province signs, snapshots of the attacked tenant before and after, every demo
 * caller on every path. They judge a denial by the same rule ({@link Denials}); pages that take an id are in
 * {@link CrossTenantPagesIT}.
 */
public final class CrossTenantMatrix {

    public static final String VICTIM = "vkkl";
    public static final String ATTACKER = "zhvkk";
    public static final String ADMIN = "admin@vkkl.demo";
    public static final String MEMBER = "member@vkkl.demo";
    public static final String AMBASSADOR = "ambassadeur@vkkl.demo";
    /** Callers of other tenants, each tried on the victim tenant's path. */
    public static final List<String> OTHER_TENANTS = List.of("admin@zhvkk.demo", "member@zhvkk.demo",
            "national@lvkk.demo");
    /** The victim tenant's own callers below its admin: role checks where an endpoint does not admit them. */
    public static final List<String> OWN_ROLES = List.of(ADMIN, MEMBER, AMBASSADOR);

    /** Operations that are deliberately not tenant-scoped, each with the reason and where its own checks live. */
    public static final Map<String, String> NOT_TENANT_SCOPED = pairs( //
            "GET /api/v1/ping", "public liveness answer, no data (PingIT)", //
            "GET /api/v1/tenants", "public list of tenant codes and names for the login page (PingIT)", //
            "GET /api/v1/me",
            "the caller's own account; a tenant in its query is checked against the caller's"
                    + " grants (PortalCrossTenantIT.aTenantWithoutAGrantGivesNotFoundAndNoData)", //
            "GET /api/v1/me/feed", "the caller's own portal feed (PortalCrossTenantIT)", //
            "PUT /api/v1/me/preferences", "the caller's own account setting, no tenant data (PortalIT)", //
            "GET /api/v1/national/statistics",
            "national aggregate over all tenants by design, small counts hidden;"
                    + " the national office only (NationalStatisticsAccessIT)", //
            "GET /api/v1/national/statistics/csv", "as /national/statistics (NationalStatisticsAccessIT)", //
            "POST /api/v1/invitations/accept",
            "the link's token is the credential and names its invitation, whatever tenant; nothing in the request"
                    + " chooses a tenant (InvitationIT: another province's person, used, withdrawn, expired links)", //
            "POST /api/v1/password-reset", "account-level, anonymous; the same answer for every address (PasswordIT)", //
            "POST /api/v1/password-reset/confirm",
            "the link's token names the account; an account in the body is not read (PasswordIT)", //
            "PUT /api/v1/me/password", "the caller's own account, with its current password (PasswordIT)", //
            "DELETE /api/v1/me/password/sessions", "the caller's own sessions (PasswordIT)", //
            "GET /api/v1/me/second-factor", "the caller's own second factor (SecondFactorIT)", //
            "POST /api/v1/me/second-factor", "the caller's own enrolment (SecondFactorIT)", //
            "POST /api/v1/me/second-factor/confirm", "the caller's own enrolment (SecondFactorIT)", //
            "GET /api/v1/platform/tenants",
            "platform administrators only, above every tenant; codes, names and counts, no person (PlatformConsoleIT)", //
            "POST /api/v1/platform/tenants", "platform administrators only (PlatformConsoleIT)", //
            "POST /api/v1/platform/tenants/{code}/invitations",
            "platform administrators invite a tenant's first admin; anyone else 403 (PlatformConsoleIT)", //
            "PUT /api/v1/platform/tenants/{code}/suspension", "platform administrators only (PlatformConsoleIT)", //
            "GET /api/v1/public/{association}/unsubscribe/{token}",
            "the unsubscribe link's token is the credential, looked up only in the association of the path; changes"
                    + " nothing (NewsletterIT, NewslettersCrossTenantIT: another association's path, forged, used)", //
            "POST /api/v1/public/{association}/unsubscribe/{token}",
            "as its GET; withdraws only the consent in the path's association, once (NewsletterIT,"
                    + " NewslettersCrossTenantIT)", //
            // afdracht: the national association's side; a province's path answers REMITTANCE_NATIONAL_ONLY, so the
            // victim province has no owner twin here. Every caller on every path: RemittanceCrossTenantIT, RemittanceIT
            "PUT /api/v1/{tenant}/remittance/rule", "national tenant only (RemittanceCrossTenantIT, RemittanceIT)", //
            "GET /api/v1/{tenant}/remittance/statements",
            "national tenant only; counts and sums per province, no names (RemittanceCrossTenantIT, RemittanceIT)", //
            "GET /api/v1/{tenant}/remittance/statements/csv", "as statements (RemittanceCrossTenantIT, RemittanceIT)", //
            "POST /api/v1/{tenant}/remittance/invoices", "national tenant only (RemittanceCrossTenantIT, RemittanceIT)", //
            "POST /api/v1/{tenant}/remittance/invoices/{id}/received",
            "national tenant only (RemittanceCrossTenantIT, RemittanceIT)");

    public static final List<Case> CASES = List.of(
            // vraag & aanbod
            at("GET", "/api/v1/{tenant}/skills").admits(MEMBER, AMBASSADOR),
            at("GET", "/api/v1/{tenant}/volunteers").query("size=100").with("name", w -> w.volunteer().name())
                    .shows(v -> v.get("name")),
            at("POST", "/api/v1/{tenant}/volunteers")
                    .body(CrossTenantWorld.volunteerBody("Matrix nieuwe vrijwilliger {run}", "nieuw.{run}@example.nl")),
            at("GET", "/api/v1/{tenant}/volunteers/me").with("offer", w -> w.memberOffer())
                    .with("attackerOffer", w -> w.attackerOffer()).owner(MEMBER),
            at("PUT", "/api/v1/{tenant}/volunteers/me")
                    .body("{\"skills\":[\"communicatie\"],\"consent\":true,\"findableNationally\":false}")
                    .owner(MEMBER),
            at("DELETE", "/api/v1/{tenant}/volunteers/me").with("offer", w -> w.memberOffer())
                    .with("attackerOffer", w -> w.attackerOffer()).owner(MEMBER),
            at("GET", "/api/v1/{tenant}/volunteers/{id}").with("id", w -> w.volunteer().id())
                    .with("name", w -> w.volunteer().name()).notFound("VOLUNTEER_NOT_FOUND").shows(v -> v.get("name")),
            at("PUT", "/api/v1/{tenant}/volunteers/{id}").fresh(CrossTenantWorld::freshVolunteer)
                    .body(CrossTenantWorld.volunteerBody("Matrix bijgewerkt {run}", "bijgewerkt.{run}@example.nl")
                            .replaceFirst("\\}$", ",\"version\":{version}}"))
                    .notFound("VOLUNTEER_NOT_FOUND"),
            at("DELETE", "/api/v1/{tenant}/volunteers/{id}").fresh(CrossTenantWorld::freshVolunteer)
                    .notFound("VOLUNTEER_NOT_FOUND"),
            at("GET", "/api/v1/{tenant}/help-requests").query("size=100").with("title", w -> w.helpRequest().name())
                    .shows(v -> v.get("title")),
            at("GET", "/api/v1/{tenant}/help-requests/open").query("size=100")
                    .with("title", w -> w.helpRequest().name()).shows(v -> v.get("title")),
            at("POST", "/api/v1/{tenant}/help-requests").with("memberId", w -> w.memberInBothTenants())
                    .body(CrossTenantWorld.helpRequestBody("{memberId}", "Matrix nieuwe vraag {run}")),
            at("GET", "/api/v1/{tenant}/help-requests/mine").owner(MEMBER),
            at("POST", "/api/v1/{tenant}/help-requests/mine")
                    .body(CrossTenantWorld.helpRequestBody(null, "Matrix eigen vraag {run}")).owner(MEMBER),
            at("GET", "/api/v1/{tenant}/help-requests/mine/{id}").fresh(CrossTenantWorld::freshMemberHelpRequest)
                    .notFound("HELP_REQUEST_NOT_FOUND").owner(MEMBER),
            at("GET", "/api/v1/{tenant}/help-requests/{id}").with("id", w -> w.helpRequest().id())
                    .with("title", w -> w.helpRequest().name()).notFound("HELP_REQUEST_NOT_FOUND")
                    .shows(v -> v.get("title")),
            at("PUT", "/api/v1/{tenant}/help-requests/{id}").fresh(CrossTenantWorld::freshHelpRequest)
                    .body(CrossTenantWorld.helpRequestBody(null, "Matrix vraag bijgewerkt {run}").replaceFirst("\\}$",
                            ",\"version\":{version}}"))
                    .notFound("HELP_REQUEST_NOT_FOUND"),
            at("PUT", "/api/v1/{tenant}/help-requests/{id}/status").fresh(CrossTenantWorld::freshHelpRequest)
                    .body("{\"status\":\"CLOSED\",\"version\":{version}}").notFound("HELP_REQUEST_NOT_FOUND"),
            at("GET", "/api/v1/{tenant}/help-requests/{id}/suggestions").with("id", w -> w.helpRequest().id())
                    .notFound("HELP_REQUEST_NOT_FOUND"),
            at("GET", "/api/v1/{tenant}/help-requests/{id}/matches").with("id", w -> w.helpRequest().id())
                    .with("match", w -> w.proposal()).notFound("HELP_REQUEST_NOT_FOUND").shows(v -> v.get("match")),
            at("POST", "/api/v1/{tenant}/help-requests/{id}/matches").fresh(CrossTenantWorld::freshHelpRequest)
                    .with("volunteer", w -> w.freshVolunteer().get("id"))
                    .body("{\"volunteerTenant\":\"vkkl\",\"volunteerId\":\"{volunteer}\"}")
                    .notFound("HELP_REQUEST_NOT_FOUND"),
            at("GET", "/api/v1/{tenant}/matches/mine").owner(MEMBER),
            at("GET", "/api/v1/{tenant}/matches/{id}").with("id", w -> w.proposal()).notFound("MATCH_NOT_FOUND"),
            at("POST", "/api/v1/{tenant}/matches/{id}/accept").fresh(CrossTenantWorld::freshProposalForMember)
                    .notFound("MATCH_NOT_FOUND").owner(MEMBER),
            at("POST", "/api/v1/{tenant}/matches/{id}/decline").fresh(CrossTenantWorld::freshProposalForMember)
                    .notFound("MATCH_NOT_FOUND").owner(MEMBER),
            at("GET", "/api/v1/{tenant}/coordination/requests").query("size=100")
                    .with("title", w -> w.helpRequest().name()).owner(AMBASSADOR).shows(v -> v.get("title")),
            at("GET", "/api/v1/{tenant}/coordination/volunteers").query("size=100")
                    .with("volunteer", w -> w.volunteer().id()).owner(AMBASSADOR).shows(v -> v.get("volunteer")),
            at("GET", "/api/v1/{tenant}/coordination/requests/{id}/suggestions").with("id", w -> w.helpRequest().id())
                    .notFound("HELP_REQUEST_NOT_FOUND").owner(AMBASSADOR),
            at("POST", "/api/v1/{tenant}/coordination/requests/{id}/proposals")
                    .fresh(CrossTenantWorld::freshHelpRequest).with("volunteer", w -> w.freshVolunteer().get("id"))
                    .body("{\"volunteerTenant\":\"vkkl\",\"volunteerId\":\"{volunteer}\"}")
                    .notFound("HELP_REQUEST_NOT_FOUND").owner(AMBASSADOR),
            // members
            at("GET", "/api/v1/{tenant}/members").query("q={name}&size=100").with("name", w -> w.member().name())
                    .admits(AMBASSADOR).shows(v -> v.get("name")),
            at("POST", "/api/v1/{tenant}/members")
                    .body("{\"name\":\"Matrix nieuw lid {run}\",\"type\":\"OTHER\",\"municipality\":\"Venlo\"}"),
            at("GET", "/api/v1/{tenant}/members/export").with("name", w -> w.member().name()).shows(v -> v.get("name")),
            at("POST", "/api/v1/{tenant}/members/import").type("text/csv")
                    .body("naam;type;gemeente\nMatrix import {run};OTHER;Venlo\n"),
            at("GET", "/api/v1/{tenant}/members/{id}").with("id", w -> w.member().id())
                    .with("name", w -> w.member().name()).notFound("MEMBER_NOT_FOUND").admits(AMBASSADOR)
                    .shows(v -> v.get("name")),
            at("PUT", "/api/v1/{tenant}/members/{id}").fresh(CrossTenantWorld::freshMember)
                    .body("{\"name\":\"Matrix bijgewerkt {run}\",\"type\":\"OTHER\",\"municipality\":\"Venlo\","
                            + "\"version\":{version}}")
                    .notFound("MEMBER_NOT_FOUND"),
            at("DELETE", "/api/v1/{tenant}/members/{id}").fresh(CrossTenantWorld::freshMember)
                    .notFound("MEMBER_NOT_FOUND"),
            at("GET", "/api/v1/{tenant}/members/{id}/history").with("id", w -> w.member().id())
                    .notFound("MEMBER_NOT_FOUND").admits(AMBASSADOR),
            at("PUT", "/api/v1/{tenant}/members/{id}/status").fresh(CrossTenantWorld::freshMember)
                    .body("{\"status\":\"SUSPENDED\"}").notFound("MEMBER_NOT_FOUND"),
            // contact persons
            at("GET", "/api/v1/{tenant}/members/{memberId}/contacts").with("memberId", w -> w.member().id())
                    .with("name", w -> w.contact().name()).notFound("MEMBER_NOT_FOUND").admits(AMBASSADOR)
                    .shows(v -> v.get("name")),
            at("POST", "/api/v1/{tenant}/members/{memberId}/contacts").with("memberId", w -> w.member().id())
                    .body("{\"name\":\"Matrix nieuwe persoon {run}\"}").notFound("MEMBER_NOT_FOUND"),
            at("GET", "/api/v1/{tenant}/members/{memberId}/contacts/{id}").with("memberId", w -> w.member().id())
                    .with("id", w -> w.contact().id()).with("name", w -> w.contact().name())
                    .notFound("CONTACT_NOT_FOUND").admits(AMBASSADOR).shows(v -> v.get("name")),
            at("PUT", "/api/v1/{tenant}/members/{memberId}/contacts/{id}").with("memberId", w -> w.member().id())
                    .fresh(CrossTenantWorld::freshContact)
                    .body("{\"name\":\"Matrix persoon bijgewerkt {run}\",\"version\":{version}}")
                    .notFound("CONTACT_NOT_FOUND"),
            at("DELETE", "/api/v1/{tenant}/members/{memberId}/contacts/{id}").with("memberId", w -> w.member().id())
                    .fresh(CrossTenantWorld::freshContact).notFound("CONTACT_NOT_FOUND"),
            at("GET", "/api/v1/{tenant}/members/{memberId}/contacts/{id}/personal-data")
                    .with("memberId", w -> w.member().id()).with("id", w -> w.contact().id())
                    .with("name", w -> w.contact().name()).notFound("CONTACT_NOT_FOUND").shows(v -> v.get("name")),
            at("POST", "/api/v1/{tenant}/members/{memberId}/contacts/{id}/login").with("memberId", w -> w.member().id())
                    .fresh(CrossTenantWorld::freshContact).body("{}").notFound("CONTACT_NOT_FOUND"),
            at("DELETE", "/api/v1/{tenant}/members/{memberId}/contacts/{id}/login")
                    .with("memberId", w -> w.member().id()).fresh(CrossTenantWorld::freshContactWithLogin)
                    .notFound("CONTACT_NOT_FOUND"),
            // regions and ambassadors
            at("GET", "/api/v1/{tenant}/regions").with("name", w -> w.region().name()).shows(v -> v.get("name")),
            at("POST", "/api/v1/{tenant}/regions").body("{\"name\":\"Matrixregio nieuw {run}\"}"),
            at("GET", "/api/v1/{tenant}/regions/ambassadors").with("name", w -> w.ambassadorName())
                    .shows(v -> v.get("name")),
            at("PUT", "/api/v1/{tenant}/regions/{id}").fresh(CrossTenantWorld::freshRegion)
                    .body("{\"name\":\"Matrixregio hernoemd {run}\"}").notFound("REGION_NOT_FOUND"),
            at("DELETE", "/api/v1/{tenant}/regions/{id}").fresh(CrossTenantWorld::freshRegion)
                    .notFound("REGION_NOT_FOUND"),
            at("POST", "/api/v1/{tenant}/regions/{id}/ambassadors").with("id", w -> w.region().id())
                    .body("{\"email\":\"matrix.amb.{run}@example.nl\",\"name\":\"Matrix Ambassadeur {run}\"}")
                    .notFound("REGION_NOT_FOUND"),
            at("DELETE", "/api/v1/{tenant}/regions/{id}/ambassadors/{accountId}")
                    .fresh(CrossTenantWorld::freshAmbassadorship).notFound("REGION_NOT_FOUND"),
            at("DELETE", "/api/v1/{tenant}/regions/{id}/invitations/{invitationId}")
                    .fresh(CrossTenantWorld::freshRegionInvitation).notFound("REGION_NOT_FOUND"),
            // access per tenant (issue 14): who holds which role; every role given by invitation
            at("GET", "/api/v1/{tenant}/access").with("holder", w -> w.freshTreasurer().get("accountId"))
                    .shows(v -> v.get("holder")),
            at("POST", "/api/v1/{tenant}/access/invitations").body("{\"email\":\"matrix.toegang.{run}@example.nl\","
                    + "\"name\":\"Matrix Toegang {run}\",\"role\":\"TREASURER\"}"),
            at("DELETE", "/api/v1/{tenant}/access/invitations/{invitationId}")
                    .fresh(CrossTenantWorld::freshAccessInvitation).notFound("ACCESS_NOT_FOUND"),
            at("PUT", "/api/v1/{tenant}/access/{accountId}").fresh(CrossTenantWorld::freshTreasurer)
                    .body("{\"roles\":[\"TREASURER\"]}").notFound("ACCESS_NOT_FOUND"),
            at("DELETE", "/api/v1/{tenant}/access/{accountId}").fresh(CrossTenantWorld::freshTreasurer)
                    .notFound("ACCESS_NOT_FOUND"),
            // the second factor setting and personal API tokens (issue 14)
            at("GET", "/api/v1/{tenant}/settings/second-factor"),
            at("PUT", "/api/v1/{tenant}/settings/second-factor").body("{\"required\":false}"),
            at("GET", "/api/v1/{tenant}/tokens").with("token", w -> w.freshToken().get("id")).shows(v -> v.get("token"))
                    .admits(MEMBER, AMBASSADOR),
            // every role may make tokens for the roles it holds itself; a contact person asking for the admin's role is
            // refused by TOKEN_ROLE_NOT_HELD (ApiTokensIT), so here the role check is the body's, not the endpoint's
            at("POST", "/api/v1/{tenant}/tokens").body("{\"name\":\"Matrix sleutel {run}\",\"role\":\"TENANT_ADMIN\"}")
                    .admits(MEMBER, AMBASSADOR),
            at("DELETE", "/api/v1/{tenant}/tokens/{id}").fresh(CrossTenantWorld::freshToken).notFound("TOKEN_NOT_FOUND")
                    .admits(MEMBER, AMBASSADOR),
            // audit and outbox
            at("GET", "/api/v1/{tenant}/audit").query("size=200"),
            at("GET", "/api/v1/{tenant}/messages").query("size=100"),
            // contributions
            at("GET", "/api/v1/{tenant}/contributions/plans").with("name", w -> w.plan().name())
                    .shows(v -> v.get("name")),
            at("POST", "/api/v1/{tenant}/contributions/plans")
                    .body("{\"name\":\"Matrix plan nieuw {run}\",\"kind\":\"FLAT\",\"amountCents\":100}"),
            at("GET", "/api/v1/{tenant}/contributions/plans/{id}").with("id", w -> w.plan().id())
                    .with("name", w -> w.plan().name()).notFound("PLAN_NOT_FOUND").shows(v -> v.get("name")),
            at("PUT", "/api/v1/{tenant}/contributions/plans/{id}").fresh(CrossTenantWorld::freshPlan)
                    .body("{\"name\":\"Matrix plan bijgewerkt {run}\",\"kind\":\"FLAT\",\"amountCents\":1,"
                            + "\"active\":true,\"version\":{version}}")
                    .notFound("PLAN_NOT_FOUND"),
            at("DELETE", "/api/v1/{tenant}/contributions/plans/{id}").fresh(CrossTenantWorld::freshPlan)
                    .notFound("PLAN_NOT_FOUND"),
            at("POST", "/api/v1/{tenant}/contributions/plans/{id}/assign-unassigned").fresh(CrossTenantWorld::freshPlan)
                    .body("{}").notFound("PLAN_NOT_FOUND"),
            at("GET", "/api/v1/{tenant}/contributions/members/{memberId}")
                    .with("memberId", w -> w.invoiced().paying().id()).notFound("MEMBER_NOT_FOUND"),
            at("PUT", "/api/v1/{tenant}/contributions/members/{memberId}")
                    .with("memberId", w -> w.freshMember().get("id")).with("plan", w -> w.plan().id())
                    .body("{\"planId\":\"{plan}\"}").notFound("MEMBER_NOT_FOUND"),
            at("GET", "/api/v1/{tenant}/contributions/mandates/{memberId}")
                    .with("memberId", w -> w.invoiced().paying().id()).with("reference", w -> w.invoiced().mandate())
                    .notFound("MEMBER_NOT_FOUND").shows(v -> v.get("reference")),
            at("PUT", "/api/v1/{tenant}/contributions/mandates/{memberId}")
                    .with("memberId", w -> w.freshMember().get("id"))
                    .body("{\"iban\":\"NL91ABNA0417164300\",\"reference\":\"MATRIX-{run}\","
                            + "\"signedOn\":\"2024-01-01\"}")
                    .notFound("MEMBER_NOT_FOUND"),
            at("DELETE", "/api/v1/{tenant}/contributions/mandates/{memberId}")
                    .with("memberId", CrossTenantWorld::freshMemberWithMandate).notFound("MEMBER_NOT_FOUND"),
            at("GET", "/api/v1/{tenant}/contributions/creditor").with("name", w -> w.invoiced().creditor())
                    .shows(v -> v.get("name")),
            at("PUT", "/api/v1/{tenant}/contributions/creditor").with("name", w -> w.invoiced().creditor())
                    .body("{\"name\":\"Matrix Schuldeiser nieuw {run}\",\"iban\":\"NL91ABNA0417164300\","
                            + "\"creditorId\":\"NL20ZZZ999999999990000\"}"),
            at("GET", "/api/v1/{tenant}/contributions/runs").with("id", w -> w.invoiced().run())
                    .shows(v -> v.get("id")),
            at("POST", "/api/v1/{tenant}/contributions/runs").body("{\"year\":" + CrossTenantWorld.SECOND_YEAR + "}"),
            at("GET", "/api/v1/{tenant}/contributions/runs/{id}").with("id", w -> w.invoiced().run())
                    .notFound("RUN_NOT_FOUND"),
            at("GET", "/api/v1/{tenant}/contributions/runs/{id}/sepa").with("id", w -> w.invoiced().run())
                    .notFound("RUN_NOT_FOUND"),
            at("GET", "/api/v1/{tenant}/contributions/invoices").query("size=100&year=" + CrossTenantWorld.YEAR)
                    .with("number", w -> w.invoiced().invoice().number()).shows(v -> v.get("number")),
            at("GET", "/api/v1/{tenant}/contributions/invoices/{id}").with("id", w -> w.invoiced().invoice().id())
                    .with("number", w -> w.invoiced().invoice().number()).notFound("INVOICE_NOT_FOUND")
                    .shows(v -> v.get("number")),
            at("GET", "/api/v1/{tenant}/contributions/invoices/{id}/pdf").with("id", w -> w.invoiced().invoice().id())
                    .notFound("INVOICE_NOT_FOUND"),
            at("POST", "/api/v1/{tenant}/contributions/invoices/{id}/payments")
                    .with("id", w -> w.invoiced().invoice().id()).body("{\"amountCents\":1}")
                    .notFound("INVOICE_NOT_FOUND"),
            at("POST", "/api/v1/{tenant}/contributions/invoices/{id}/cancel")
                    .with("id", w -> w.invoiced().cancellable().id()).body("{}").notFound("INVOICE_NOT_FOUND"),
            // the bookkeeping journal
            at("GET", "/api/v1/{tenant}/contributions/ledger-accounts").with("account", w -> w.ledger().get("account"))
                    .shows(v -> v.get("account")),
            at("PUT", "/api/v1/{tenant}/contributions/ledger-accounts").with("account", w -> w.ledger().get("account"))
                    .with("version", w -> w.ledger().get("version")).body(CrossTenantWorld.ledgerBody())
                    .shows(v -> v.get("account")),
            at("GET", "/api/v1/{tenant}/contributions/journal")
                    .query("from=" + java.time.LocalDate.now(java.time.ZoneId.of("Europe/Amsterdam")) + "&to="
                            + java.time.LocalDate.now(java.time.ZoneId.of("Europe/Amsterdam")))
                    .with("number", w -> w.invoiced().invoice().number()).shows(v -> v.get("number")),
            // bank statements
            at("POST", "/api/v1/{tenant}/contributions/statements").type("application/xml")
                    .with("xml", CrossTenantWorld::statementBody).body("{xml}"),
            at("GET", "/api/v1/{tenant}/contributions/statements").with("id", w -> w.statement().get("id"))
                    .shows(v -> v.get("id")),
            at("GET", "/api/v1/{tenant}/contributions/statements/{id}/entries").with("id", w -> w.statement().get("id"))
                    .with("name", w -> w.statement().get("name")).notFound("STATEMENT_NOT_FOUND")
                    .shows(v -> v.get("name")),
            at("GET", "/api/v1/{tenant}/contributions/statements/review").with("name", w -> w.statement().get("name"))
                    .shows(v -> v.get("name")),
            at("POST", "/api/v1/{tenant}/contributions/statements/entries/{id}/assign")
                    .fresh(CrossTenantWorld::freshReviewEntry).with("invoice", w -> w.invoiced().invoice().id())
                    .body("{\"invoiceId\":\"{invoice}\"}").notFound("STATEMENT_ENTRY_NOT_FOUND"),
            at("POST", "/api/v1/{tenant}/contributions/statements/entries/{id}/ignore")
                    .fresh(CrossTenantWorld::freshReviewEntry).notFound("STATEMENT_ENTRY_NOT_FOUND"),
            // invoices by mail, municipality payers, payment reminders (issue 19)
            at("POST", "/api/v1/{tenant}/contributions/invoices/{id}/send").with("id", w -> w.mailableInvoice())
                    .body("{}").notFound("INVOICE_NOT_FOUND"),
            at("GET", "/api/v1/{tenant}/contributions/invoices/{id}/reminders")
                    .with("id", w -> w.invoiced().invoice().id()).notFound("INVOICE_NOT_FOUND"),
            at("GET", "/api/v1/{tenant}/contributions/reminder-schedule"),
            at("PUT", "/api/v1/{tenant}/contributions/reminder-schedule")
                    .body("{\"days\":[14,30],\"tone\":\"VRIENDELIJK\"}"),
            at("GET", "/api/v1/{tenant}/contributions/municipality-payers")
                    .with("name", w -> w.municipalityPayer().name()).shows(v -> v.get("name")),
            at("GET", "/api/v1/{tenant}/contributions/municipality-payers/{municipality}")
                    .with("municipality", w -> w.municipalityPayer().id())
                    .with("name", w -> w.municipalityPayer().name()).notFound("MUNICIPALITY_PAYER_NOT_FOUND")
                    .shows(v -> v.get("name")),
            at("PUT", "/api/v1/{tenant}/contributions/municipality-payers/{municipality}")
                    .with("municipality", CrossTenantWorld::freshMunicipalityPayerToChange)
                    .body("{\"name\":\"Matrix Gemeentehuis bijgewerkt {run}\"}")
                    .notFound("MUNICIPALITY_PAYER_NOT_FOUND"),
            at("DELETE", "/api/v1/{tenant}/contributions/municipality-payers/{municipality}")
                    .with("municipality", CrossTenantWorld::freshMunicipalityPayerToDelete)
                    .notFound("MUNICIPALITY_PAYER_NOT_FOUND"),
            // events, registrations, the prize
            at("GET", "/api/v1/{tenant}/events").query("scope=all&from=2030-01-01").with("title", w -> w.event().name())
                    .admits(MEMBER, AMBASSADOR).shows(v -> v.get("title")),
            at("POST", "/api/v1/{tenant}/events")
                    .body(EventsIT.body("Matrix nieuw evenement {run}", "OTHER", "DRAFT", null)),
            at("GET", "/api/v1/{tenant}/events.ics").with("title", w -> w.event().name()).admits(MEMBER, AMBASSADOR)
                    .shows(v -> v.get("title")),
            at("GET", "/api/v1/{tenant}/events/{id}").with("id", w -> w.event().id())
                    .with("title", w -> w.event().name()).notFound("EVENT_NOT_FOUND").admits(MEMBER, AMBASSADOR)
                    .shows(v -> v.get("title")),
            at("PUT", "/api/v1/{tenant}/events/{id}").fresh(CrossTenantWorld::freshEvent)
                    .body(EventsIT.body("Matrix bijgewerkt {run}", "OTHER", "PUBLISHED", "\"version\":{version}"))
                    .notFound("EVENT_NOT_FOUND"),
            at("GET", "/api/v1/{tenant}/events/{eventId}/attendees").with("eventId", w -> w.event().id())
                    .with("name", w -> w.registration().attendee()).notFound("EVENT_NOT_FOUND")
                    .shows(v -> v.get("name")),
            at("GET", "/api/v1/{tenant}/events/{eventId}/attendees/csv").with("eventId", w -> w.event().id())
                    .with("name", w -> w.registration().attendee()).notFound("EVENT_NOT_FOUND")
                    .shows(v -> v.get("name")),
            at("POST", "/api/v1/{tenant}/events/{eventId}/registrations").with("eventId", w -> w.event().id())
                    .with("contact", CrossTenantWorld::freshConsentingContact).body("{\"contactId\":\"{contact}\"}")
                    .notFound("CONTACT_NOT_FOUND").admits(MEMBER),
            at("GET", "/api/v1/{tenant}/registrations").with("id", w -> w.registration().id()).admits(MEMBER)
                    .shows(v -> v.get("id")),
            at("DELETE", "/api/v1/{tenant}/registrations/{id}").with("id", CrossTenantWorld::freshRegistration)
                    .notFound("REGISTRATION_NOT_FOUND").admits(MEMBER),
            at("GET", "/api/v1/{tenant}/events/{eventId}/prize").with("eventId", w -> w.prize().event())
                    .with("initiative", w -> w.prize().initiative()).notFound("PRIZE_NOT_FOUND").admits(MEMBER)
                    .shows(v -> v.get("initiative")),
            at("POST", "/api/v1/{tenant}/events/{eventId}/prize").with("eventId", CrossTenantWorld::freshAlv).body("{}")
                    .notFound("EVENT_NOT_FOUND"),
            at("PUT", "/api/v1/{tenant}/events/{eventId}/prize").fresh(CrossTenantWorld::freshRound)
                    .body("{\"phase\":\"VOTING\",\"version\":{version}}").notFound("PRIZE_NOT_FOUND"),
            at("POST", "/api/v1/{tenant}/events/{eventId}/prize/nominations").fresh(CrossTenantWorld::freshRound)
                    .with("memberId", w -> w.member().id())
                    .body(Prizes.nominationBody("{memberId}", "Matrix initiatief {run}", "Venlo"))
                    .notFound("PRIZE_NOT_FOUND").admits(MEMBER),
            at("POST", "/api/v1/{tenant}/events/{eventId}/prize/votes").fresh(CrossTenantWorld::freshVotingRound)
                    .body("{\"nominationId\":\"{nomination}\"}").notFound("PRIZE_NOT_FOUND").owner(MEMBER),
            at("GET", "/api/v1/{tenant}/events/{eventId}/prize/results").with("eventId", w -> w.prize().event())
                    .notFound("PRIZE_NOT_FOUND").admits(MEMBER),
            // lobby campaigns
            at("GET", "/api/v1/{tenant}/campaigns").with("title", w -> w.campaign().name()).admits(MEMBER)
                    .shows(v -> v.get("title")),
            at("POST", "/api/v1/{tenant}/campaigns")
                    .body(Campaigns.body("Matrix nieuwe campagne {run}", false, List.of("Matrix"), List.of())),
            at("GET", "/api/v1/{tenant}/campaigns/{id}").with("id", w -> w.campaign().id())
                    .with("title", w -> w.campaign().name()).notFound("CAMPAIGN_NOT_FOUND").admits(MEMBER)
                    .shows(v -> v.get("title")),
            at("PUT", "/api/v1/{tenant}/campaigns/{id}").fresh(CrossTenantWorld::freshCampaign)
                    .body(Campaigns.body("Matrix campagne bijgewerkt {run}", false, List.of("Matrix"), List.of())
                            .replaceFirst("\\}$", ",\"version\":{version}}"))
                    .notFound("CAMPAIGN_NOT_FOUND"),
            at("DELETE", "/api/v1/{tenant}/campaigns/{id}").fresh(CrossTenantWorld::freshCampaign)
                    .notFound("CAMPAIGN_NOT_FOUND"),
            at("PUT", "/api/v1/{tenant}/campaigns/{id}/status").fresh(CrossTenantWorld::freshCampaign)
                    .body("{\"status\":\"OPEN\",\"version\":{version}}").notFound("CAMPAIGN_NOT_FOUND"),
            at("GET", "/api/v1/{tenant}/campaigns/{id}/cosigners").with("id", w -> w.signed().campaign())
                    .with("name", w -> w.signed().organisation()).notFound("CAMPAIGN_NOT_FOUND")
                    .shows(v -> v.get("name")),
            at("GET", "/api/v1/{tenant}/campaigns/{id}/counts").with("id", w -> w.signed().campaign())
                    .notFound("CAMPAIGN_NOT_FOUND"),
            at("GET", "/api/v1/{tenant}/campaigns/{id}/endorsements").with("id", w -> w.signed().campaign())
                    .with("member", w -> w.signed().member()).notFound("CAMPAIGN_NOT_FOUND").admits(MEMBER)
                    .shows(v -> v.get("member")),
            at("POST", "/api/v1/{tenant}/campaigns/{id}/endorsements").with("id", w -> w.signed().campaign())
                    .with("memberId", CrossTenantWorld::freshActiveMember).body("{\"memberId\":\"{memberId}\"}")
                    .notFound("CAMPAIGN_NOT_FOUND").admits(MEMBER),
            at("DELETE", "/api/v1/{tenant}/campaigns/{id}/endorsements/{memberId}")
                    .with("id", w -> w.signed().campaign()).with("memberId", CrossTenantWorld::freshSignature)
                    .notFound("CAMPAIGN_NOT_FOUND").admits(MEMBER),
            at("GET", "/api/v1/{tenant}/campaigns/{campaignId}/letters").with("campaignId", w -> w.letter().campaign())
                    .with("target", w -> w.letter().target()).notFound("CAMPAIGN_NOT_FOUND")
                    .shows(v -> v.get("target")),
            at("GET", "/api/v1/{tenant}/campaigns/{campaignId}/letters/zip")
                    .with("campaignId", w -> w.letter().campaign()).notFound("CAMPAIGN_NOT_FOUND"),
            at("GET", "/api/v1/{tenant}/campaigns/{campaignId}/letters/{targetId}")
                    .with("campaignId", w -> w.letter().campaign()).with("targetId", w -> w.letter().target())
                    .notFound("CAMPAIGN_NOT_FOUND"),
            at("GET", "/api/v1/{tenant}/campaigns/{campaignId}/outreach").with("campaignId", w -> w.letter().campaign())
                    .with("response", w -> w.letter().response()).notFound("CAMPAIGN_NOT_FOUND")
                    .shows(v -> v.get("response")),
            at("PUT", "/api/v1/{tenant}/campaigns/{campaignId}/outreach/{targetId}")
                    .with("campaignId", w -> w.letter().campaign()).with("targetId", w -> w.letter().target())
                    .with("version", w -> w.letter().outreachVersion())
                    .body("{\"outcome\":\"DECLINED\",\"version\":{version}}").notFound("CAMPAIGN_NOT_FOUND"),
            at("GET", "/api/v1/{tenant}/targets").with("name", w -> w.target().name()).shows(v -> v.get("name")),
            at("POST", "/api/v1/{tenant}/targets").body("{\"kind\":\"OTHER\",\"name\":\"Matrix doel nieuw {run}\"}"),
            at("GET", "/api/v1/{tenant}/targets/{targetId}").with("targetId", w -> w.target().id())
                    .with("name", w -> w.target().name()).notFound("TARGET_NOT_FOUND").shows(v -> v.get("name")),
            at("PUT", "/api/v1/{tenant}/targets/{targetId}").fresh(CrossTenantWorld::freshTarget)
                    .body("{\"kind\":\"OTHER\",\"name\":\"Matrix doel bijgewerkt {run}\",\"version\":{version}}")
                    .notFound("TARGET_NOT_FOUND"),
            at("DELETE", "/api/v1/{tenant}/targets/{targetId}").fresh(CrossTenantWorld::freshTarget)
                    .notFound("TARGET_NOT_FOUND"),
            // the Projectenbank's search: the victim's own (OWN) initiative is found by its own people only
            at("GET", "/api/v1/{tenant}/initiatives/search").query("q={word}")
                    .with("word", w -> w.ownInitiative().word()).with("id", w -> w.ownInitiative().id())
                    .admits(MEMBER, AMBASSADOR).shows(v -> v.get("id")),
            at("GET", "/api/v1/{tenant}/initiatives/suggest").query("q={word}")
                    .with("word", w -> w.ownInitiative().word()).with("id", w -> w.ownInitiative().id())
                    .admits(MEMBER, AMBASSADOR).shows(v -> v.get("id")),
            // news items
            at("GET", "/api/v1/{tenant}/news").with("title", w -> w.news().title()).admits(MEMBER)
                    .shows(v -> v.get("title")),
            at("POST", "/api/v1/{tenant}/news").body("{\"title\":\"Matrix nieuw bericht {run}\"}").admits(MEMBER),
            at("GET", "/api/v1/{tenant}/news/{id}").with("id", w -> w.news().id()).with("title", w -> w.news().title())
                    .notFound("NEWS_NOT_FOUND").admits(MEMBER).shows(v -> v.get("title")),
            at("PUT", "/api/v1/{tenant}/news/{id}").fresh(CrossTenantWorld::freshNews)
                    .body("{\"title\":\"Matrix nieuws bijgewerkt {run}\",\"version\":{version}}")
                    .notFound("NEWS_NOT_FOUND").admits(MEMBER),
            at("DELETE", "/api/v1/{tenant}/news/{id}").fresh(CrossTenantWorld::freshNews).notFound("NEWS_NOT_FOUND")
                    .admits(MEMBER),
            at("POST", "/api/v1/{tenant}/news/{id}/submit").fresh(CrossTenantWorld::freshRejectedNews)
                    .body("{\"version\":{version}}").notFound("NEWS_NOT_FOUND").owner(MEMBER).admits(ADMIN),
            at("POST", "/api/v1/{tenant}/news/{id}/publish").fresh(CrossTenantWorld::freshNews)
                    .body("{\"version\":{version}}").notFound("NEWS_NOT_FOUND"),
            at("POST", "/api/v1/{tenant}/news/{id}/reject").fresh(CrossTenantWorld::freshSubmittedNews)
                    .body("{\"version\":{version},\"reason\":\"Matrix\"}").notFound("NEWS_NOT_FOUND"),
            at("POST", "/api/v1/{tenant}/news/{id}/archive").fresh(CrossTenantWorld::freshPublishedNews)
                    .body("{\"version\":{version}}").notFound("NEWS_NOT_FOUND"),
            at("PUT", "/api/v1/{tenant}/news/{newsId}/image").fresh(CrossTenantWorld::freshNews)
                    .type("application/octet-stream").body(new String(NewsItems.WEBP, StandardCharsets.ISO_8859_1))
                    .notFound("NEWS_NOT_FOUND").admits(MEMBER),
            at("GET", "/api/v1/{tenant}/news/{newsId}/image").with("newsId", w -> w.news().id())
                    .notFound("NEWS_NOT_FOUND").admits(MEMBER),
            at("POST", "/api/v1/{tenant}/news/{newsId}/attachments").fresh(CrossTenantWorld::freshNews)
                    .type("application/octet-stream").body(new String(NewsItems.PDF, StandardCharsets.US_ASCII))
                    .notFound("NEWS_NOT_FOUND").admits(MEMBER),
            at("GET", "/api/v1/{tenant}/news/{newsId}/attachments/{fileId}").with("newsId", w -> w.news().id())
                    .with("fileId", w -> w.news().attachment()).notFound("NEWS_NOT_FOUND").admits(MEMBER),
            at("DELETE", "/api/v1/{tenant}/news/{newsId}/attachments/{fileId}")
                    .fresh(CrossTenantWorld::freshNewsAttachment).notFound("NEWS_NOT_FOUND").admits(MEMBER),
            // the documents library (issue 17); an upload without folderId goes into the caller's own "Algemeen"
            at("GET", "/api/v1/{tenant}/documents").query("folder={folder}").with("folder", w -> w.document().folder())
                    .with("title", w -> w.document().title()).admits(MEMBER, AMBASSADOR).shows(v -> v.get("title")),
            at("POST", "/api/v1/{tenant}/documents").query("fileName=matrix-{run}.txt&title=Matrix+upload+{run}")
                    .type("application/octet-stream").body("Matrix upload {run}"),
            at("GET", "/api/v1/{tenant}/documents/{id}").with("id", w -> w.document().id())
                    .with("title", w -> w.document().title()).notFound("DOCUMENT_NOT_FOUND").admits(MEMBER, AMBASSADOR)
                    .shows(v -> v.get("title")),
            at("PUT", "/api/v1/{tenant}/documents/{id}").fresh(CrossTenantWorld::freshDocument)
                    .body("{\"folderId\":\"{folderId}\",\"title\":\"Matrix bijgewerkt {run}\",\"version\":{version}}")
                    .notFound("DOCUMENT_NOT_FOUND"),
            at("DELETE", "/api/v1/{tenant}/documents/{id}").fresh(CrossTenantWorld::freshDocument)
                    .notFound("DOCUMENT_NOT_FOUND"),
            at("GET", "/api/v1/{tenant}/documents/{id}/content").with("id", w -> w.document().id())
                    .with("content", w -> w.document().content()).notFound("DOCUMENT_NOT_FOUND")
                    .admits(MEMBER, AMBASSADOR).shows(v -> v.get("content")),
            at("GET", "/api/v1/{tenant}/documents/{id}/downloads").with("id", w -> w.document().id())
                    .notFound("DOCUMENT_NOT_FOUND"),
            at("GET", "/api/v1/{tenant}/document-folders").with("name", w -> w.documentFolder().name())
                    .admits(MEMBER, AMBASSADOR).shows(v -> v.get("name")),
            at("POST", "/api/v1/{tenant}/document-folders").body("{\"name\":\"Matrix nieuwe map {run}\"}"),
            at("PUT", "/api/v1/{tenant}/document-folders/{id}").fresh(CrossTenantWorld::freshDocumentFolder)
                    .body("{\"name\":\"Matrix map hernoemd {run}\",\"version\":{version}}")
                    .notFound("DOCUMENT_FOLDER_NOT_FOUND"),
            at("DELETE", "/api/v1/{tenant}/document-folders/{id}").fresh(CrossTenantWorld::freshDocumentFolder)
                    .notFound("DOCUMENT_FOLDER_NOT_FOUND"),
            // the Projectenbank (issue 18): the victim's initiative is published with visibility OWN, so no other
            // association may read it, not even through /published or /shared
            at("GET", "/api/v1/{tenant}/initiatives").with("title", w -> w.initiative().title())
                    .shows(v -> v.get("title")),
            at("POST", "/api/v1/{tenant}/initiatives").body("{\"title\":\"Matrix nieuw initiatief {run}\"}"),
            at("GET", "/api/v1/{tenant}/initiatives/published").query("scope=all")
                    .with("title", w -> w.initiative().title()).admits(MEMBER, AMBASSADOR).shows(v -> v.get("title")),
            at("GET", "/api/v1/{tenant}/initiatives/mine").with("title", w -> w.initiative().title()).owner(MEMBER),
            at("POST", "/api/v1/{tenant}/initiatives/submissions").owner(MEMBER)
                    .body("{\"title\":\"Matrix ingestuurd initiatief {run}\"}"),
            at("PUT", "/api/v1/{tenant}/initiatives/submissions/{id}").fresh(CrossTenantWorld::freshRejectedInitiative)
                    .body("{\"title\":\"Matrix opnieuw {run}\",\"version\":{version}}").notFound("INITIATIVE_NOT_FOUND")
                    .owner(MEMBER),
            at("GET", "/api/v1/{tenant}/initiatives/{id}").with("id", w -> w.initiative().id())
                    .with("title", w -> w.initiative().title()).notFound("INITIATIVE_NOT_FOUND")
                    .shows(v -> v.get("title")),
            at("GET", "/api/v1/{tenant}/initiatives/shared/{host}/{id}").with("host", w -> CrossTenantMatrix.VICTIM)
                    .with("id", w -> w.initiative().id()).with("title", w -> w.initiative().title())
                    .notFound("INITIATIVE_NOT_FOUND").admits(MEMBER, AMBASSADOR).shows(v -> v.get("title")),
            at("PUT", "/api/v1/{tenant}/initiatives/{id}").fresh(CrossTenantWorld::freshInitiative)
                    .body("{\"title\":\"Matrix bijgewerkt {run}\",\"version\":{version}}")
                    .notFound("INITIATIVE_NOT_FOUND"),
            at("DELETE", "/api/v1/{tenant}/initiatives/{id}").fresh(CrossTenantWorld::freshInitiative)
                    .notFound("INITIATIVE_NOT_FOUND"),
            at("POST", "/api/v1/{tenant}/initiatives/{id}/publish").fresh(CrossTenantWorld::freshInitiative)
                    .notFound("INITIATIVE_NOT_FOUND"),
            at("POST", "/api/v1/{tenant}/initiatives/{id}/reject").fresh(CrossTenantWorld::freshSubmittedInitiative)
                    .body("{\"reason\":\"Matrix\"}").notFound("INITIATIVE_NOT_FOUND"),
            at("POST", "/api/v1/{tenant}/initiatives/{id}/archive").fresh(CrossTenantWorld::freshPublishedInitiative)
                    .notFound("INITIATIVE_NOT_FOUND"),
            at("POST", "/api/v1/{tenant}/initiatives/{id}/withdraw-consent")
                    .fresh(CrossTenantWorld::freshSubmittedInitiative).notFound("INITIATIVE_NOT_FOUND").owner(MEMBER),
            at("POST", "/api/v1/{tenant}/initiatives/{id}/files").fresh(CrossTenantWorld::freshInitiative)
                    .query("fileName=plan.pdf").type("application/octet-stream")
                    .body(new String(Initiatives.PDF, StandardCharsets.US_ASCII)).notFound("INITIATIVE_NOT_FOUND"),
            at("GET", "/api/v1/{tenant}/initiatives/{id}/files/{file}").with("id", w -> w.initiative().id())
                    .with("file", w -> w.initiative().folder()).with("content", w -> w.initiative().content())
                    .notFound("INITIATIVE_NOT_FOUND").admits(MEMBER, AMBASSADOR).shows(v -> v.get("content")),
            at("DELETE", "/api/v1/{tenant}/initiatives/{id}/files/{file}").fresh(CrossTenantWorld::freshInitiativeFile)
                    .notFound("INITIATIVE_NOT_FOUND"),
            at("GET", "/api/v1/{tenant}/initiative-themes").admits(MEMBER, AMBASSADOR),
            // newsletters
            at("GET", "/api/v1/{tenant}/newsletters").with("title", w -> w.newsletter().name())
                    .shows(v -> v.get("title")),
            at("POST", "/api/v1/{tenant}/newsletters").body("{\"title\":\"Matrix brief nieuw {run}\",\"items\":[]}"),
            at("GET", "/api/v1/{tenant}/newsletters/archive").with("title", w -> w.newsletter().name()).admits(MEMBER)
                    .shows(v -> v.get("title")),
            at("GET", "/api/v1/{tenant}/newsletters/archive/{id}").with("id", w -> w.newsletter().id())
                    .with("title", w -> w.newsletter().name()).notFound("NEWSLETTER_NOT_FOUND").admits(MEMBER)
                    .shows(v -> v.get("title")),
            at("GET", "/api/v1/{tenant}/newsletters/{id}").with("id", w -> w.newsletter().id())
                    .with("title", w -> w.newsletter().name()).notFound("NEWSLETTER_NOT_FOUND")
                    .shows(v -> v.get("title")),
            at("PUT", "/api/v1/{tenant}/newsletters/{id}").fresh(CrossTenantWorld::freshNewsletter)
                    .body("{\"title\":\"Matrix brief bijgewerkt {run}\",\"items\":[],\"version\":{version}}")
                    .notFound("NEWSLETTER_NOT_FOUND"),
            at("DELETE", "/api/v1/{tenant}/newsletters/{id}").fresh(CrossTenantWorld::freshNewsletter)
                    .notFound("NEWSLETTER_NOT_FOUND"),
            at("GET", "/api/v1/{tenant}/newsletters/{id}/preview").with("id", w -> w.newsletter().id())
                    .with("title", w -> w.newsletter().name()).notFound("NEWSLETTER_NOT_FOUND")
                    .shows(v -> v.get("title")),
            at("POST", "/api/v1/{tenant}/newsletters/{id}/send").fresh(CrossTenantWorld::freshNewsletter)
                    .body("{\"version\":{version},\"publicIssue\":false}").notFound("NEWSLETTER_NOT_FOUND"),
            at("GET", "/api/v1/{tenant}/newsletters/{id}/progress").with("id", w -> w.newsletter().id())
                    .notFound("NEWSLETTER_NOT_FOUND"),
            at("GET", "/api/v1/{tenant}/newsletters/{id}/unsubscribed").with("id", w -> w.newsletter().id())
                    .notFound("NEWSLETTER_NOT_FOUND"),
            // afdracht: a province's own side (the national side is in NOT_TENANT_SCOPED, see there)
            at("GET", "/api/v1/{tenant}/remittance/rule").query("year=2026"),
            at("GET", "/api/v1/{tenant}/remittance/statement").query("year=2026"),
            at("GET", "/api/v1/{tenant}/remittance/invoices").with("number", w -> w.remittanceInvoice().name())
                    .shows(v -> v.get("number")),
            at("GET", "/api/v1/{tenant}/remittance/invoices/{id}").with("id", w -> w.remittanceInvoice().id())
                    .with("number", w -> w.remittanceInvoice().name()).notFound("REMITTANCE_INVOICE_NOT_FOUND")
                    .shows(v -> v.get("number")),
            at("GET", "/api/v1/{tenant}/remittance/invoices/{id}/pdf").with("id", w -> w.remittanceInvoice().id())
                    .notFound("REMITTANCE_INVOICE_NOT_FOUND"),
            at("POST", "/api/v1/{tenant}/remittance/invoices/{id}/paid").with("id", w -> w.remittanceInvoice().id())
                    .body("{\"reference\":\"Afdracht 2026\"}").notFound("REMITTANCE_INVOICE_NOT_FOUND"));

    private CrossTenantMatrix() {
    }

    private static Map<String, String> pairs(String... operationsAndReasons) {
        Map<String, String> pairs = new LinkedHashMap<>();
        for (int i = 0; i < operationsAndReasons.length; i += 2) {
            pairs.put(operationsAndReasons[i], operationsAndReasons[i + 1]);
        }
        return java.util.Collections.unmodifiableMap(pairs);
    }

    public static Case at(String method, String template) {
        return new Case(method, template);
    }

    /** The kinds of attempt; the first three cross a tenant, the last two check a role in the victim's own tenant. */
    public enum Kind {
        OTHER_TENANTS_CALLER_ON_VICTIM_PATH(true), VICTIM_ID_THROUGH_OWN_PATH(true),
        TENANT_FORGED_IN_HEADER_QUERY_BODY(true), ANONYMOUS(false), ROLE_NOT_ADMITTED(false);

        public final boolean crossesTenant;

        Kind(boolean crossesTenant) {
            this.crossesTenant = crossesTenant;
        }
    }

    /** One operation and how to aim it at the victim; see the class comment. */
    public static final class Case {
        public final String method;
        public final String template;
        public final Map<String, Function<CrossTenantWorld, String>> values = new LinkedHashMap<>();
        public Function<CrossTenantWorld, Map<String, String>> fresh;
        public String query;
        public String body;
        public String contentType = "application/json";
        public String notFound;
        public Set<String> admits = Set.of();
        public String owner = ADMIN;
        public Function<Map<String, String>, String> shows;

        private Case(String method, String template) {
            this.method = method;
            this.template = template;
        }

        public String operation() {
            return method + " " + template;
        }

        public Case with(String key, Function<CrossTenantWorld, String> value) {
            values.put(key, value);
            return this;
        }

        /** A fresh victim per case, as named values ({@code id}, {@code version}, ...): for writes. */
        public Case fresh(Function<CrossTenantWorld, Map<String, String>> victim) {
            this.fresh = victim;
            return this;
        }

        public Case query(String query) {
            this.query = query;
            return this;
        }

        public Case body(String body) {
            this.body = body;
            return this;
        }

        public Case type(String contentType) {
            this.contentType = contentType;
            return this;
        }

        public Case notFound(String code) {
            this.notFound = code;
            return this;
        }

        public Case admits(String... callers) {
            this.admits = Set.of(callers);
            return this;
        }

        public Case owner(String caller) {
            this.owner = caller;
            return this;
        }

        public Case shows(Function<Map<String, String>, String> secret) {
            this.shows = secret;
            return this;
        }

        public boolean namesAnId() {
            return template.replace("{tenant}", "").contains("{");
        }

        /** The same caller role in the attacking tenant: it passes that tenant's gate, so the id is what is tried. */
        public String attacker() {
            return owner.replace("@" + VICTIM + ".", "@" + ATTACKER + ".");
        }

        /** The values of this case, in order: fresh victim first, then each {@code with}. */
        public Map<String, String> resolve(CrossTenantWorld world) {
            Map<String, String> resolved = new LinkedHashMap<>();
            resolved.put("run", world.run());
            if (fresh != null) {
                resolved.putAll(fresh.apply(world));
            }
            values.forEach((key, value) -> resolved.put(key, value.apply(world)));
            return resolved;
        }

        public String path(String tenant, Map<String, String> resolved) {
            String path = fill(template.replace("{tenant}", tenant), resolved);
            if (query == null) {
                return path;
            }
            Map<String, String> encoded = new LinkedHashMap<>();
            resolved.forEach((key, value) -> encoded.put(key, URLEncoder.encode(value, StandardCharsets.UTF_8)));
            return path + "?" + fill(query, encoded);
        }

        public String body(Map<String, String> resolved) {
            return body == null ? null : fill(body, resolved);
        }

        private static String fill(String text, Map<String, String> resolved) {
            String filled = text;
            for (Map.Entry<String, String> value : resolved.entrySet()) {
                filled = filled.replace("{" + value.getKey() + "}", value.getValue());
            }
            if (filled.matches("(?s).*\\{[a-zA-Z]+\\}.*")) {
                throw new IllegalStateException("unfilled placeholder in " + filled);
            }
            return filled;
        }

        public List<String> roleChecks() {
            return OWN_ROLES.stream().filter(caller -> !caller.equals(owner) && !admits.contains(caller)).toList();
        }
    }
}

package nl.dorpskracht.matching.control;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nl.dorpskracht.outbox.control.Sql;

/**
 * Every statement on the vraag &amp; aanbod tables (V29), each in the caller's transaction under its tenant's row
 * security; what crosses provinces goes through the owner's functions of V29, which check the caller themselves.
 */
public final class MatchLedger {

    private static final String MINE = "tenant_id = current_setting('app.tenant_id', true)";
    private static final String VOLUNTEER = "select cast(v.id as varchar) as id, cast(v.contact_id as varchar) as"
            + " contact_id, v.pseudonym, array_to_string(v.skills, ',') as skills, v.about, v.region, v.municipality,"
            + " v.place, v.availability, v.limits, cast(v.consent_on as varchar) as consent_on, v.findable_nationally,"
            + " v.active, c.name, c.email, c.phone, v.version, v.created_at from volunteer v left join"
            + " volunteer_contact c on c.tenant_id = v.tenant_id and c.volunteer_id = v.id where v." + MINE;
    private static final String REQUEST = "select cast(r.id as varchar) as id, cast(r.member_id as varchar) as"
            + " member_id, r.organisation_name, cast(r.contact_id as varchar) as contact_id, r.title, r.description,"
            + " array_to_string(r.skills, ',') as skills, r.region, r.municipality, r.place, cast(r.period_from as"
            + " varchar) as period_from, cast(r.period_to as varchar) as period_to, r.status, r.created_by, r.version,"
            + " r.created_at from help_request r where r." + MINE;
    private static final String PROPOSAL = "select cast(m.id as varchar) as id, cast(m.request_id as varchar) as"
            + " request_id, m.volunteer_tenant, cast(m.volunteer_id as varchar) as volunteer_id, m.volunteer_pseudonym,"
            + " m.status, m.proposed_by, m.proposed_role, m.proposed_at, m.answered_at, m.expires_at"
            + " from volunteer_match m where m." + MINE;

    /** The most any list returns. */
    public static final int MAX_PAGE = 100;

    private MatchLedger() {
    }

    // --- skills

    public static List<Skill> skills(Sql sql) {
        return sql.rows("select code, label_nl, label_en from skill order by position").stream()
                .map(row -> new Skill(Rows.text(row, "code"), Rows.text(row, "label_nl"), Rows.text(row, "label_en")))
                .toList();
    }

    /** The codes of the list that are unknown; empty when all are on the national list. */
    public static List<String> unknownSkills(Sql sql, List<String> codes) {
        return sql.rows("select c from unnest(cast(#a0 as varchar[])) c where not exists (select 1 from skill s"
                + " where s.code = c)", Rows.array(codes)).stream().map(row -> Rows.text(row, "c")).toList();
    }

    // --- volunteers

    public static List<Volunteer> volunteers(Sql sql, String skill, boolean activeOnly, int limit, int offset) {
        return sql.rows(
                VOLUNTEER + " and (cast(#a0 as varchar) is null or cast(#a0 as varchar) = any (v.skills))"
                        + " and (not #a1 or v.active) order by v.created_at desc, v.id limit #a2 offset #a3",
                skill, activeOnly, bounded(limit), Math.max(offset, 0)).stream().map(MatchLedger::volunteer).toList();
    }

    public static Optional<Volunteer> volunteer(Sql sql, UUID id) {
        return sql.rows(VOLUNTEER + " and v.id = cast(#a0 as uuid)", id.toString()).stream().findFirst()
                .map(MatchLedger::volunteer);
    }

    public static Optional<Volunteer> volunteerOfContact(Sql sql, UUID contact) {
        return sql.rows(VOLUNTEER + " and v.contact_id = cast(#a0 as uuid)", contact.toString()).stream().findFirst()
                .map(MatchLedger::volunteer);
    }

    public static UUID createVolunteer(Sql sql, UUID contact, VolunteerInput.Offer offer, String by) {
        UUID id = UUID.randomUUID();
        sql.rows("insert into volunteer (tenant_id, id, contact_id, pseudonym, skills, about, region, municipality,"
                + " place, availability, limits, consent_on, findable_nationally, active, registered_by) values"
                + " (current_setting('app.tenant_id', true), cast(#a0 as uuid), cast(#a1 as uuid), 'Vrijwilliger ' ||"
                + " upper(substr(md5(cast(gen_random_uuid() as text)), 1, 8)), cast(#a2 as varchar[]), #a3, #a4, #a5,"
                + " #a6, #a7, #a8, current_date, #a9, #a10, #a11) returning id", id.toString(),
                contact == null ? null : contact.toString(), Rows.array(offer.skills()), offer.about(), offer.region(),
                offer.municipality(), offer.place(), offer.availability(), offer.limits(), offer.findableNationally(),
                offer.active(), by);
        return id;
    }

    /** Name, e-mail and phone of a volunteer: replaced, or written the first time. */
    public static void storeContact(Sql sql, UUID volunteer, String name, String email, String phone) {
        sql.rows("insert into volunteer_contact (tenant_id, volunteer_id, name, email, phone) values"
                + " (current_setting('app.tenant_id', true), cast(#a0 as uuid), #a1, #a2, #a3) on conflict (tenant_id,"
                + " volunteer_id) do update set name = excluded.name, email = excluded.email, phone = excluded.phone"
                + " returning volunteer_id", volunteer.toString(), name, email, phone);
    }

    /** The new version, or empty when the version was stale or the volunteer is not there. */
    public static Optional<Long> updateVolunteer(Sql sql, UUID id, long version, VolunteerInput.Offer offer) {
        return sql.rows("update volunteer set skills = cast(#a0 as varchar[]), about = #a1, region = #a2,"
                + " municipality = #a3, place = #a4, availability = #a5, limits = #a6, findable_nationally = #a7,"
                + " active = #a8, version = version + 1, updated_at = now() where " + MINE + " and id = cast(#a9 as"
                + " uuid) and version = #a10 returning version", Rows.array(offer.skills()), offer.about(),
                offer.region(), offer.municipality(), offer.place(), offer.availability(), offer.limits(),
                offer.findableNationally(), offer.active(), id.toString(), version).stream().findFirst()
                .map(row -> Rows.number(row, "version"));
    }

    public static boolean deleteVolunteer(Sql sql, UUID id) {
        return !sql
                .rows("delete from volunteer where " + MINE + " and id = cast(#a0 as uuid) returning id", id.toString())
                .isEmpty();
    }

    /** A contact person erased: they stop being a volunteer (their offer and details go). */
    public static int forgetContact(Sql sql, UUID contact) {
        return sql.rows("delete from volunteer where " + MINE + " and contact_id = cast(#a0 as uuid) returning id",
                contact.toString()).size();
    }

    // --- help requests

    public static List<HelpRequest> requests(Sql sql, String status, UUID member, int limit, int offset) {
        return sql
                .rows(REQUEST + " and (cast(#a0 as varchar) is null or r.status = cast(#a0 as varchar))"
                        + " and (cast(#a1 as varchar) is null or r.member_id = cast(cast(#a1 as varchar) as uuid))"
                        + " order by r.created_at desc, r.id limit #a2 offset #a3", status,
                        member == null ? null : member.toString(), bounded(limit), Math.max(offset, 0))
                .stream().map(MatchLedger::request).toList();
    }

    public static Optional<HelpRequest> request(Sql sql, UUID id) {
        return sql.rows(REQUEST + " and r.id = cast(#a0 as uuid)", id.toString()).stream().findFirst()
                .map(MatchLedger::request);
    }

    /** The member's name and region as the request keeps them; empty for a member this caller cannot see. */
    public static Optional<Map<String, Object>> member(Sql sql, UUID member) {
        return sql.rows("select name, region, municipality, email from member_organisation where " + MINE
                + " and id = cast(#a0 as uuid)", member.toString()).stream().findFirst();
    }

    public static UUID createRequest(Sql sql, HelpRequestInput.Request input, String organisation, String region,
            UUID contact, String by) {
        UUID id = UUID.randomUUID();
        sql.rows(
                "insert into help_request (tenant_id, id, member_id, organisation_name, contact_id, title, description,"
                        + " skills, region, municipality, place, period_from, period_to, created_by) values"
                        + " (current_setting('app.tenant_id', true), cast(#a0 as uuid), cast(#a1 as uuid), #a2, cast(#a3 as"
                        + " uuid), #a4, #a5, cast(#a6 as varchar[]), #a7, #a8, #a9, cast(#a10 as date), cast(#a11 as date),"
                        + " #a12) returning id",
                id.toString(), input.memberId().toString(), organisation, contact == null ? null : contact.toString(),
                input.title(), input.description(), Rows.array(input.skills()), region, input.municipality(),
                input.place(), text(input.periodFrom()), text(input.periodTo()), by);
        return id;
    }

    public static Optional<Long> updateRequest(Sql sql, UUID id, long version, HelpRequestInput.Request input) {
        return sql.rows("update help_request set title = #a0, description = #a1, skills = cast(#a2 as varchar[]),"
                + " municipality = #a3, place = #a4, period_from = cast(#a5 as date), period_to = cast(#a6 as date),"
                + " version = version + 1, updated_at = now() where " + MINE + " and id = cast(#a7 as uuid) and"
                + " version = #a8 returning version", input.title(), input.description(), Rows.array(input.skills()),
                input.municipality(), input.place(), text(input.periodFrom()), text(input.periodTo()), id.toString(),
                version).stream().findFirst().map(row -> Rows.number(row, "version"));
    }

    public static Optional<Long> setStatus(Sql sql, UUID id, Long version, String status) {
        return sql.rows("update help_request set status = #a0, version = version + 1, updated_at = now() where " + MINE
                + " and id = cast(#a1 as uuid) and (cast(#a2 as bigint) is null or version = cast(#a2 as bigint))"
                + " returning version", status, id.toString(), version).stream().findFirst()
                .map(row -> Rows.number(row, "version"));
    }

    // --- suggestions and proposals

    public static List<Suggestion> suggestions(Sql sql, UUID request, int limit) {
        return sql.rows("select volunteer_tenant, cast(volunteer_id as varchar) as volunteer_id, pseudonym,"
                + " array_to_string(skills, ',') as skills, region, municipality, province, overlap, nearness from"
                + " volunteer_suggestions(cast(#a0 as uuid), #a1)", request.toString(), limit).stream()
                .map(row -> new Suggestion(Rows.text(row, "volunteer_tenant"), Rows.id(row, "volunteer_id"),
                        Rows.text(row, "pseudonym"), Rows.codes(row, "skills"), Rows.text(row, "region"),
                        Rows.text(row, "municipality"), Rows.text(row, "province"), (int) Rows.number(row, "overlap"),
                        (int) Rows.number(row, "nearness")))
                .toList();
    }

    /** The volunteer's pseudonym when the caller may propose them; empty otherwise. */
    public static Optional<String> proposable(Sql sql, String volunteerTenant, UUID volunteer) {
        return sql
                .rows("select volunteer_proposable(#a0, cast(#a1 as uuid)) as pseudonym", volunteerTenant,
                        volunteer.toString())
                .stream().map(row -> Rows.text(row, "pseudonym")).filter(p -> p != null).findFirst();
    }

    public static boolean alreadyProposed(Sql sql, UUID request, String volunteerTenant, UUID volunteer) {
        return !sql.rows("select 1 as one from volunteer_match where " + MINE + " and request_id = cast(#a0 as uuid)"
                + " and volunteer_tenant = #a1 and volunteer_id = cast(#a2 as uuid) and status in ('PROPOSED',"
                + " 'ACCEPTED')", request.toString(), volunteerTenant, volunteer.toString()).isEmpty();
    }

    public static UUID propose(Sql sql, UUID request, String volunteerTenant, UUID volunteer, String pseudonym,
            String by, String role, String tokenHash, int validDays) {
        UUID id = UUID.randomUUID();
        sql.rows("insert into volunteer_match (tenant_id, id, request_id, volunteer_tenant, volunteer_id,"
                + " volunteer_pseudonym, proposed_by, proposed_role, token_hash, expires_at) values"
                + " (current_setting('app.tenant_id', true), cast(#a0 as uuid), cast(#a1 as uuid), #a2, cast(#a3 as"
                + " uuid), #a4, #a5, #a6, #a7, now() + make_interval(days => #a8)) returning id", id.toString(),
                request.toString(), volunteerTenant, volunteer.toString(), pseudonym, by, role, tokenHash, validDays);
        return id;
    }

    public static List<Proposal> proposals(Sql sql, UUID request) {
        return sql.rows(PROPOSAL + " and m.request_id = cast(#a0 as uuid) order by m.proposed_at desc limit #a1",
                request.toString(), MAX_PAGE).stream().map(MatchLedger::proposal).toList();
    }

    public static Optional<Proposal> proposal(Sql sql, UUID id) {
        return sql.rows(PROPOSAL + " and m.id = cast(#a0 as uuid)", id.toString()).stream().findFirst()
                .map(MatchLedger::proposal);
    }

    /** Files the mail to the volunteer in their province; empty when the proposal is not in the state for it. */
    public static Optional<UUID> mailVolunteer(Sql sql, UUID match, String kind, String language, String subject,
            String html, String text) {
        return sql.rows(
                "select cast(record_volunteer_match_mail(cast(#a0 as uuid), #a1, #a2, #a3, #a4, #a5, #a6) as"
                        + " varchar) as mail",
                match.toString(), kind, kind + " " + match, language, subject, html, text).stream()
                .map(row -> Rows.id(row, "mail")).filter(id -> id != null).findFirst();
    }

    /** The volunteer's name, e-mail and phone: only for an accepted proposal of the caller's. */
    public static Optional<Map<String, Object>> acceptedContact(Sql sql, UUID match) {
        return sql
                .rows("select name, email, phone from accepted_volunteer_contact(cast(#a0 as uuid))", match.toString())
                .stream().findFirst();
    }

    /** An answer by link, under the asking province: the proposal, its status and whether this call answered it. */
    public record LinkAnswer(UUID match, String status, boolean changed) {
    }

    public static Optional<LinkAnswer> answerByLink(Sql sql, String tokenHash, boolean accept) {
        return sql
                .rows("select cast(match_id as varchar) as match_id, status, changed from"
                        + " answer_volunteer_match_by_link(#a0, #a1)", tokenHash, accept)
                .stream().findFirst().map(row -> new LinkAnswer(Rows.id(row, "match_id"), Rows.text(row, "status"),
                        Rows.flag(row, "changed")));
    }

    public static Optional<Proposal> proposalByToken(Sql sql, String tokenHash) {
        return sql.rows(PROPOSAL + " and m.token_hash = #a0", tokenHash).stream().findFirst()
                .map(MatchLedger::proposal);
    }

    /** The volunteer answers from their own province (logged in): the new status, or empty when nothing changed. */
    public static Optional<String> answerAsVolunteer(Sql sql, String requestTenant, UUID match, UUID volunteer,
            boolean accept) {
        return sql
                .rows("select answer_volunteer_match(#a0, cast(#a1 as uuid), cast(#a2 as uuid), #a3) as status",
                        requestTenant, match.toString(), volunteer.toString(), accept)
                .stream().map(row -> Rows.text(row, "status")).filter(s -> s != null).findFirst();
    }

    /** The proposals about the caller's own volunteer, as its province reads them (the volunteer side). */
    public static List<Map<String, Object>> proposalsAbout(Sql sql, UUID volunteer) {
        return sql.rows("select m.tenant_id as request_tenant, cast(m.id as varchar) as id, q.title, q.organisation,"
                + " q.association, q.place, q.municipality, cast(q.period_from as varchar) as period_from,"
                + " cast(q.period_to as varchar) as period_to, q.description, m.status, m.expires_at from"
                + " volunteer_match m cross join lateral volunteer_match_request(m.tenant_id, m.id) q where"
                + " m.volunteer_tenant = current_setting('app.tenant_id', true) and m.volunteer_id = cast(#a0 as uuid)"
                + " order by m.proposed_at desc limit #a1", volunteer.toString(), MAX_PAGE);
    }

    /** Marks that both sides were told; true once, for the call that sends the two mails. */
    public static boolean claimExchange(Sql sql, UUID match) {
        return !sql
                .rows("update volunteer_match set contacts_sent_at = now() where " + MINE + " and id = cast(#a0 as"
                        + " uuid) and status = 'ACCEPTED' and contacts_sent_at is null returning id", match.toString())
                .isEmpty();
    }

    /** Who asked, to be told the volunteer's details: the request's contact person, else the organisation. */
    public static Optional<Map<String, Object>> asker(Sql sql, UUID request) {
        return sql.rows("select coalesce(c.name, o.name) as name, coalesce(c.email, o.email) as email,"
                + " coalesce(c.phone, o.phone) as phone from help_request r left join contact_person c on c.tenant_id ="
                + " r.tenant_id and c.id = r.contact_id and c.erased_at is null left join member_organisation o on"
                + " o.tenant_id = r.tenant_id and o.id = r.member_id where r." + MINE + " and r.id = cast(#a0 as uuid)",
                request.toString()).stream().findFirst();
    }

    // ---

    private static int bounded(int limit) {
        return Math.max(1, Math.min(limit, MAX_PAGE));
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }

    private static Volunteer volunteer(Map<String, Object> row) {
        return new Volunteer(Rows.id(row, "id"), Rows.id(row, "contact_id"), Rows.text(row, "pseudonym"),
                Rows.codes(row, "skills"), Rows.text(row, "about"), Rows.text(row, "region"),
                Rows.text(row, "municipality"), Rows.text(row, "place"), Rows.text(row, "availability"),
                Rows.text(row, "limits"), Rows.date(row, "consent_on"), Rows.flag(row, "findable_nationally"),
                Rows.flag(row, "active"), Rows.text(row, "name"), Rows.text(row, "email"), Rows.text(row, "phone"),
                Rows.number(row, "version"), Rows.time(row, "created_at"));
    }

    private static HelpRequest request(Map<String, Object> row) {
        return new HelpRequest(Rows.id(row, "id"), Rows.id(row, "member_id"), Rows.text(row, "organisation_name"),
                Rows.id(row, "contact_id"), Rows.text(row, "title"), Rows.text(row, "description"),
                Rows.codes(row, "skills"), Rows.text(row, "region"), Rows.text(row, "municipality"),
                Rows.text(row, "place"), Rows.date(row, "period_from"), Rows.date(row, "period_to"),
                Rows.text(row, "status"), Rows.text(row, "created_by"), Rows.number(row, "version"),
                Rows.time(row, "created_at"));
    }

    private static Proposal proposal(Map<String, Object> row) {
        return new Proposal(Rows.id(row, "id"), Rows.id(row, "request_id"), Rows.text(row, "volunteer_tenant"),
                Rows.id(row, "volunteer_id"), Rows.text(row, "volunteer_pseudonym"), Rows.text(row, "status"),
                Rows.text(row, "proposed_by"), Rows.text(row, "proposed_role"), Rows.time(row, "proposed_at"),
                Rows.time(row, "answered_at"), Rows.time(row, "expires_at"));
    }
}

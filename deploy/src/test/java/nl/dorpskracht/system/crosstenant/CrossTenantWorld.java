package nl.dorpskracht.system.crosstenant;

import nl.dorpskracht.system.events.EventsIT;
import nl.dorpskracht.system.support.Api;
import nl.dorpskracht.system.support.Campaigns;
import nl.dorpskracht.system.support.Contributions;
import nl.dorpskracht.system.support.Database;
import nl.dorpskracht.system.support.Documents;
import nl.dorpskracht.system.support.Initiatives;
import nl.dorpskracht.system.support.Invitees;
import nl.dorpskracht.system.support.Letters;
import nl.dorpskracht.system.support.NewsItems;
import nl.dorpskracht.system.support.Newsletters;
import nl.dorpskracht.system.support.Prizes;
import nl.dorpskracht.system.support.Registrations;
import nl.dorpskracht.system.support.Statements;
import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * The victim tenant's data the {@link CrossTenantMatrix} aims at: made once through the API by the tenant's own admin
 * (or in the database where only that is possible), with names unique to the run, so that an answer that holds one of
 * them is a leak. Shared victims are for reads; {@code fresh...} gives a write its own.
 */
public final class CrossTenantWorld {

    public static final int YEAR = Contributions.THIS_YEAR - 8;
    public static final int SECOND_YEAR = Contributions.THIS_YEAR - 9;
    private static final String TENANT = CrossTenantMatrix.VICTIM;

    public record Named(String id, String name) {
    }

    public record Invoice(String id, String number) {
    }

    public record Invoiced(Named paying, String mandate, String creditor, String run, Invoice invoice,
            Invoice cancellable) {
    }

    public record Registration(String id, String attendee) {
    }

    public record Prize(String event, String initiative) {
    }

    public record Signed(String campaign, String member, String organisation) {
    }

    public record Letter(String campaign, String target, String response, String outreachVersion) {
    }

    /** An initiative and a word in its title found by nothing else. */
    public record Initiative(String id, String word) {
    }

    public record News(String id, String title, String attachment) {
    }

    public record Filed(String folder, String id, String title, String content) {
    }

    private final String run = Long.toString(System.nanoTime(), 36);
    private final List<String> secrets = new ArrayList<>();
    private int counter;
    private Named member;
    private Named contact;
    private Named region;
    private String ambassadorName;
    private Named plan;
    private Invoiced invoiced;
    /** The collecting account {@link #invoiced()} gives the victim. */
    private static final String VICTIM_ACCOUNT = "NL91ABNA0417164300";
    private Map<String, String> statement;
    private boolean sharedAccount;
    private Named event;
    private Registration registration;
    private Prize prize;
    private Named campaign;
    private Signed signed;
    private Letter letter;
    private Named target;
    private News news;
    private Initiative ownInitiative;
    private Named documentFolder;
    private Filed document;
    private Named newsletter;
    private Filed initiative;
    private Named regionalMember;
    private Named helpRequest;
    private Named volunteer;
    private String proposal;
    private String twinMember;

    public String run() {
        return run;
    }

    /** Every name and id of the victim made here: no attack's answer may hold one. */
    public List<String> secrets() {
        return List.copyOf(secrets);
    }

    private Api admin() {
        return Api.as(CrossTenantMatrix.ADMIN);
    }

    private String base() {
        return "/api/v1/" + TENANT;
    }

    private String unique(String prefix) {
        return prefix + " " + run + "-" + (++counter);
    }

    private String secret(String value) {
        secrets.add(value);
        return value;
    }

    private static JsonObject created(Api.Reply reply) {
        assertEquals(201, reply.status(), reply.body());
        return reply.json();
    }

    private String ledgerAccount;

    private static <T> T once(T existing, Supplier<T> make) {
        return existing != null ? existing : make.get();
    }

    private Map<String, String> idAndVersion(JsonObject json) {
        return Map.of("id", secret(json.getString("id")), "version",
                json.containsKey("version") ? json.get("version").toString() : "0");
    }

    // members, contact persons, regions

    public Named member() {
        member = once(member, () -> {
            JsonObject json = freshMemberJson("Matrix Doelwit");
            return new Named(json.getString("id"), json.getString("name"));
        });
        return member;
    }

    private JsonObject freshMemberJson(String prefix) {
        String name = secret(unique(prefix));
        JsonObject json = created(admin().postJson(base() + "/members",
                "{\"name\":\"" + name + "\",\"type\":\"DORPSRAAD\",\"municipality\":\"Venlo\"}"));
        secret(json.getString("id"));
        return json;
    }

    public Map<String, String> freshMember() {
        return idAndVersion(freshMemberJson("Matrix Schrijfdoel"));
    }

    /** An active member organisation, in the database (as the campaign suites arrange signers). */
    public String freshActiveMember() {
        return secret(Campaigns.member(TENANT, secret(unique("Matrix Tekenaar")), "Venlo", "ACTIVE"));
    }

    public Named contact() {
        contact = once(contact, () -> {
            JsonObject json = freshContactJson();
            return new Named(json.getString("id"), json.getString("name"));
        });
        return contact;
    }

    private JsonObject freshContactJson() {
        String name = secret(unique("Matrix Persoon"));
        String email = secret("matrix." + run + "." + (++counter) + "@example.nl");
        JsonObject json = created(admin().postJson(base() + "/members/" + member().id() + "/contacts",
                "{\"name\":\"" + name + "\",\"email\":\"" + email + "\"}"));
        secret(json.getString("id"));
        return json;
    }

    public Map<String, String> freshContact() {
        return idAndVersion(freshContactJson());
    }

    public Map<String, String> freshContactWithLogin() {
        JsonObject json = freshContactJson();
        Invitees.accept(admin()
                .postJson(base() + "/members/" + member().id() + "/contacts/" + json.getString("id") + "/login", "{}"),
                json.getString("email"));
        return idAndVersion(json);
    }

    public String freshConsentingContact() {
        return secret(Registrations.contacts(TENANT, 1, true, secret(unique("Matrix Deelnemer"))).get(0));
    }

    public Named region() {
        region = once(region, () -> {
            JsonObject json = freshRegionJson();
            return new Named(json.getString("id"), json.getString("name"));
        });
        return region;
    }

    private JsonObject freshRegionJson() {
        String name = secret(unique("Matrixregio"));
        JsonObject json = created(admin().postJson(base() + "/regions", "{\"name\":\"" + name + "\"}"));
        secret(json.getString("id"));
        return json;
    }

    public Map<String, String> freshRegion() {
        return idAndVersion(freshRegionJson());
    }

    public String ambassadorName() {
        ambassadorName = once(ambassadorName, () -> appoint(region().id()).get("name"));
        return ambassadorName;
    }

    private Map<String, String> appoint(String regionId) {
        String name = secret(unique("Matrix Ambassadeur"));
        String email = secret("matrix.amb." + run + "." + (++counter) + "@example.nl");
        Api.Reply appointed = admin().postJson(base() + "/regions/" + regionId + "/ambassadors",
                "{\"email\":\"" + email + "\",\"name\":\"" + name + "\"}");
        return Map.of("name", name, "accountId", secret(Invitees.accept(appointed, email)));
    }

    public Map<String, String> freshAmbassadorship() {
        String regionId = freshRegionJson().getString("id");
        return Map.of("id", regionId, "accountId", appoint(regionId).get("accountId"));
    }

    /** An open invitation to be ambassador of a fresh region: the region's id and the invitation's. */
    public Map<String, String> freshRegionInvitation() {
        String regionId = freshRegionJson().getString("id");
        Api.Reply invited = admin().postJson(base() + "/regions/" + regionId + "/ambassadors",
                "{\"email\":\"" + secret("matrix.genodigd." + run + "." + (++counter) + "@example.nl")
                        + "\",\"name\":\"" + secret(unique("Matrix Genodigde")) + "\"}");
        assertEquals(202, invited.status(), invited.body());
        return Map.of("id", regionId, "invitationId", secret(invited.json().getString("invitationId")));
    }

    // access

    private Api.Reply inviteToAccess(String email, String role) {
        Api.Reply invited = admin().postJson(base() + "/access/invitations", "{\"email\":\"" + email + "\",\"name\":\""
                + secret(unique("Matrix Penningmeester")) + "\",\"role\":\"" + role + "\"}");
        assertEquals(202, invited.status(), invited.body());
        return invited;
    }

    /** An open invitation to the treasurer's role. */
    public Map<String, String> freshAccessInvitation() {
        String email = secret("matrix.toegang." + run + "." + (++counter) + "@example.nl");
        return Map.of("invitationId", secret(inviteToAccess(email, "TREASURER").json().getString("invitationId")));
    }

    /** An account that accepted the treasurer's role in the victim tenant. */
    public Map<String, String> freshTreasurer() {
        String email = secret("matrix.penning." + run + "." + (++counter) + "@example.nl");
        return Map.of("accountId", secret(Invitees.accept(inviteToAccess(email, "TREASURER"), email)));
    }

    /** A personal API token of the victim tenant's admin. */
    public Map<String, String> freshToken() {
        Api.Reply made = admin().postJson(base() + "/tokens",
                "{\"name\":\"" + secret(unique("Matrix Sleutel")) + "\",\"role\":\"TENANT_ADMIN\"}");
        assertEquals(201, made.status(), made.body());
        return Map.of("id", secret(made.json().getJsonObject("token").getString("id")));
    }

    // contributions

    public Named plan() {
        plan = once(plan, () -> {
            String name = secret(unique("Matrix Staffel"));
            return new Named(secret(Contributions.plan(TENANT, name, "FLAT", 3300).getString("id")), name);
        });
        return plan;
    }

    public Map<String, String> freshPlan() {
        return idAndVersion(Contributions.plan(TENANT, secret(unique("Matrix Plan")), "FLAT", 100));
    }

    /** Two members on the plan, one with a mandate, a creditor, and the run of {@link #YEAR}: two invoices. */
    public Invoiced invoiced() {
        invoiced = once(invoiced, () -> {
            JsonObject paying = Contributions.member(TENANT, secret(unique("Matrix Betaler")), "Venlo", 100);
            JsonObject other = Contributions.member(TENANT, secret(unique("Matrix Annuleerder")), "Venlo", 100);
            secret(paying.getString("id"));
            secret(other.getString("id"));
            JsonObject planJson = jakarta.json.Json.createObjectBuilder().add("id", plan().id()).build();
            Contributions.assign(TENANT, paying, planJson, null);
            Contributions.assign(TENANT, other, planJson, null);
            String mandate = mandate(paying.getString("id"));
            String creditor = secret(unique("Matrix Schuldeiser"));
            Api.Reply saved = admin().putJson(Contributions.base(TENANT) + "/creditor", "{\"name\":\"" + creditor
                    + "\",\"iban\":\"NL91ABNA0417164300\",\"creditorId\":\"NL20ZZZ999999999990000\"}");
            assertEquals(200, saved.status(), saved.body());
            String runId = secret(Contributions.run(TENANT, YEAR).getString("id"));
            return new Invoiced(new Named(paying.getString("id"), paying.getString("name")), mandate, creditor, runId,
                    invoice(paying.getString("name")), invoice(other.getString("name")));
        });
        return invoiced;
    }

    private Invoice invoice(String payer) {
        JsonObject json = Contributions.invoiceOf(TENANT, YEAR, payer);
        return new Invoice(secret(json.getString("id")), secret(json.getString("number")));
    }

    private String mandate(String memberId) {
        String reference = secret("MATRIX-" + run + "-" + (++counter)).toUpperCase(java.util.Locale.ROOT);
        secret(reference);
        Api.Reply mandate = admin().putJson(Contributions.base(TENANT) + "/mandates/" + memberId, "{\"iban\":"
                + "\"NL91ABNA0417164300\",\"reference\":\"" + reference + "\",\"signedOn\":\"2024-01-01\"}");
        assertEquals(200, mandate.status(), mandate.body());
        return reference;
    }

    /**
     * The victim's ledger accounts with a revenue account of its own, and both tenants' mappings brought to one
     * version: the forged-tenant attack sends the victim's request, version included, to the attacker's own path.
     */
    public Map<String, String> ledger() {
        ledgerAccount = once(ledgerAccount, () -> "8" + (100000 + new java.util.Random().nextInt(899999)));
        long victim = ledgerVersion(TENANT);
        long attacker = ledgerVersion(CrossTenantMatrix.ATTACKER);
        for (; victim < attacker; victim++) {
            saveLedger(TENANT, victim);
        }
        for (; attacker < victim; attacker++) {
            saveLedger(CrossTenantMatrix.ATTACKER, attacker);
        }
        if (victim == 0) {
            saveLedger(TENANT, 0);
            saveLedger(CrossTenantMatrix.ATTACKER, 0);
            victim = 1;
        }
        return Map.of("account", ledgerAccount, "version", String.valueOf(victim));
    }

    public static String ledgerBody() {
        return "{\"debtorsAccount\":\"1300\",\"bankAccount\":\"1100\",\"cashAccount\":\"1000\",\"revenueAccount\":"
                + "\"{account}\",\"salesJournal\":\"VK\",\"bankJournal\":\"BNK\",\"version\":{version}}";
    }

    private long ledgerVersion(String tenant) {
        Api.Reply reply = Api.as("admin@" + tenant + ".demo").get(Contributions.base(tenant) + "/ledger-accounts");
        assertEquals(200, reply.status(), reply.body());
        return reply.json().getJsonNumber("version").longValue();
    }

    private void saveLedger(String tenant, long version) {
        Api.Reply saved = Api.as("admin@" + tenant + ".demo").putJson(Contributions.base(tenant) + "/ledger-accounts",
                ledgerBody().replace("{account}", ledgerAccount).replace("{version}", String.valueOf(version)));
        assertEquals(200, saved.status(), saved.body());
    }

    public String freshMemberWithMandate() {
        String id = freshMember().get("id");
        mandate(id);
        return id;
    }

    // events, registrations, the prize

    public Named event() {
        event = once(event, () -> {
            String title = secret(unique("Matrix Agenda"));
            return new Named(secret(Registrations.event(TENANT, title, 50, null).getString("id")), title);
        });
        return event;
    }

    public Map<String, String> freshEvent() {
        return idAndVersion(Registrations.event(TENANT, secret(unique("Matrix Schrijfagenda")), 50, null));
    }

    public Registration registration() {
        registration = once(registration, () -> {
            String name = secret(unique("Matrix Aanwezige"));
            String contactId = secret(Registrations.contacts(TENANT, 1, true, name).get(0));
            String id = secret(Registrations.registered(TENANT, event().id(), contactId).getString("id"));
            return new Registration(id, name + " 0");
        });
        return registration;
    }

    public String freshRegistration() {
        return secret(Registrations.registered(TENANT, event().id(), freshConsentingContact()).getString("id"));
    }

    public Prize prize() {
        prize = once(prize, () -> {
            String alv = secret(Prizes.openRound(TENANT, secret(unique("Matrix ALV")), false));
            String initiative = secret(unique("Matrix Initiatief"));
            secret(Prizes.nominateFor(TENANT, alv, member().id(), initiative));
            return new Prize(alv, initiative);
        });
        return prize;
    }

    public String freshAlv() {
        return secret(
                EventsIT.create(TENANT, EventsIT.body(secret(unique("Matrix Lege ALV")), "ALV", "PUBLISHED", null))
                        .getString("id"));
    }

    /** A round in NOMINATING with one nomination (of another member than {@link #member()}), so it may move on. */
    public Map<String, String> freshRound() {
        String alv = secret(Prizes.openRound(TENANT, secret(unique("Matrix Ronde")), false));
        secret(Prizes.nominateFor(TENANT, alv, freshActiveMember(), secret(unique("Matrix Rondevoordracht"))));
        int version = Api.as(CrossTenantMatrix.ADMIN).get(Prizes.path(TENANT, alv)).json().getInt("version");
        return Map.of("eventId", alv, "version", Integer.toString(version));
    }

    /** A round in VOTING with one nomination the victim's member contact has not yet voted in. */
    public Map<String, String> freshVotingRound() {
        String alv = secret(Prizes.openRound(TENANT, secret(unique("Matrix Stemronde")), false));
        String nomination = secret(Prizes.nominateFor(TENANT, alv, member().id(), secret(unique("Matrix Voordracht"))));
        Prizes.move(TENANT, alv, "VOTING");
        return Map.of("eventId", alv, "nomination", nomination);
    }

    // campaigns, letters, targets

    public Named campaign() {
        campaign = once(campaign, () -> {
            String title = secret(unique("Matrix Campagne"));
            return new Named(secret(
                    Campaigns.create(TENANT, title, false, List.of("Matrix speerpunt"), List.of()).getString("id")),
                    title);
        });
        return campaign;
    }

    public Map<String, String> freshCampaign() {
        return idAndVersion(
                Campaigns.create(TENANT, secret(unique("Matrix Schrijfcampagne")), false, List.of("X"), List.of()));
    }

    public Signed signed() {
        signed = once(signed, () -> {
            String open = secret(Campaigns.open(TENANT, secret(unique("Matrix Open Campagne")), false, List.of()));
            String organisation = secret(unique("Matrix Ondertekenaar"));
            String memberId = secret(Campaigns.member(TENANT, organisation, "Venlo", "ACTIVE"));
            assertEquals(201, Campaigns.signFor(TENANT, open, memberId).status());
            return new Signed(open, memberId, organisation);
        });
        return signed;
    }

    public String freshSignature() {
        String memberId = freshActiveMember();
        Api.Reply signature = Campaigns.signFor(TENANT, signed().campaign(), memberId);
        assertEquals(201, signature.status(), signature.body());
        return memberId;
    }

    public Letter letter() {
        letter = once(letter, () -> {
            String campaignId = secret(Letters.campaign(TENANT, secret(unique("Matrix Brief")), false, "OPEN"));
            String targetId = secret(
                    Letters.newTarget(TENANT, "POLITICAL_PARTY", secret(unique("Matrix Partij")), null));
            Letters.address(TENANT, campaignId, targetId);
            String response = secret(unique("Matrix Antwoord"));
            Database.execute("update campaign_addressee set response_summary = ? where campaign_id = ?::uuid", response,
                    campaignId);
            String memberId = secret(Letters.member(TENANT, secret(unique("Matrix Briefondertekenaar")), "Venlo"));
            Letters.endorse(TENANT, TENANT, campaignId, memberId, "Matrix Briefondertekenaar", "Venlo");
            String version = Database.single("select version from campaign_addressee where campaign_id = ?::uuid",
                    campaignId);
            return new Letter(campaignId, targetId, response, version);
        });
        return letter;
    }

    public Named target() {
        target = once(target, () -> {
            String name = secret(unique("Matrix Doel"));
            return new Named(secret(Letters.newTarget(TENANT, "OTHER", name, null)), name);
        });
        return target;
    }

    public Map<String, String> freshTarget() {
        JsonObject json = created(admin().postJson("/api/v1/" + TENANT + "/targets",
                "{\"kind\":\"OTHER\",\"name\":\"" + secret(unique("Matrix Schrijfdoel")) + "\"}"));
        return Map.of("targetId", secret(json.getString("id")), "version", json.get("version").toString());
    }

    // the Projectenbank

    /**
     * A published initiative the victim keeps to its own association (OWN): its search finds it, nobody else's does.
     * Written straight into the table (its trigger fills the search index): the search is what is attacked here.
     */
    public Initiative ownInitiative() {
        ownInitiative = once(ownInitiative, () -> {
            String word = "matrixzoek" + run.replaceAll("[^0-9a-zA-Z]", "") + (++counter);
            String id = secret(UUID.randomUUID().toString());
            Database.execute(
                    "insert into initiative (tenant_id, id, title, summary, status, visibility) values"
                            + " (?, ?::uuid, ?, ?, 'PUBLISHED', 'OWN')",
                    TENANT, id, secret(unique("Matrix initiatief")) + " " + word, "Alleen voor de eigen vereniging");
            return new Initiative(id, word);
        });
        return ownInitiative;
    }

    // news items

    /** A published item of the victim with an image and an attachment. */
    public News news() {
        news = once(news, () -> {
            String title = secret(unique("Matrix Nieuws"));
            JsonObject draft = NewsItems.draft(TENANT, title, false);
            String id = secret(draft.getString("id"));
            NewsItems.uploaded(TENANT, id, "image", NewsItems.PNG, "matrix.png");
            String attachment = secret(
                    NewsItems.uploaded(TENANT, id, "attachments", NewsItems.PDF, "matrix.pdf").getString("id"));
            NewsItems.publish(TENANT, admin().get(NewsItems.path(TENANT, id)).json());
            return new News(id, title, attachment);
        });
        return news;
    }

    /** A draft of the victim's admin, as {@code id}, {@code newsId} and {@code version}. */
    public Map<String, String> freshNews() {
        JsonObject draft = NewsItems.draft(TENANT, secret(unique("Matrix Nieuwsconcept")), false);
        Map<String, String> values = idAndVersion(draft);
        return Map.of("id", values.get("id"), "newsId", values.get("id"), "version", values.get("version"));
    }

    public Map<String, String> freshPublishedNews() {
        JsonObject published = NewsItems.published(TENANT, secret(unique("Matrix Nieuws geplaatst")), false);
        return idAndVersion(published);
    }

    /** An item the victim's demo member submitted. */
    public Map<String, String> freshSubmittedNews() {
        return idAndVersion(NewsItems.submitted(TENANT, secret(unique("Matrix Nieuws ingestuurd"))));
    }

    public Map<String, String> freshRejectedNews() {
        return idAndVersion(NewsItems.rejected(TENANT, secret(unique("Matrix Nieuws afgewezen")), "Matrix reden"));
    }

    /** A draft with an attachment, as {@code newsId} and {@code fileId}. */
    public Map<String, String> freshNewsAttachment() {
        String id = secret(NewsItems.draft(TENANT, secret(unique("Matrix Nieuws bijlage")), false).getString("id"));
        String file = secret(NewsItems.uploaded(TENANT, id, "attachments", NewsItems.PDF, "weg.pdf").getString("id"));
        return Map.of("newsId", id, "fileId", file);
    }

    // the documents library

    public Named documentFolder() {
        documentFolder = once(documentFolder, () -> {
            String name = secret(unique("Matrix Map"));
            return new Named(secret(Documents.folder(TENANT, name).getString("id")), name);
        });
        return documentFolder;
    }

    public Map<String, String> freshDocumentFolder() {
        JsonObject json = Documents.folder(TENANT, secret(unique("Matrix Schrijfmap")));
        return idAndVersion(json);
    }

    /** A members-only text file; its text is a secret as well: a download of it by another tenant would leak it. */
    public Filed document() {
        document = once(document, () -> {
            String title = secret(unique("Matrix Document"));
            String content = secret(unique("Matrix inhoud"));
            JsonObject json = Documents.uploaded(TENANT, content.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                    Map.of("fileName", "matrix.txt", "folderId", documentFolder().id(), "title", title));
            return new Filed(documentFolder().id(), secret(json.getString("id")), title, content);
        });
        return document;
    }

    public Map<String, String> freshDocument() {
        JsonObject json = Documents.uploaded(TENANT,
                "Matrix schrijfdocument".getBytes(java.nio.charset.StandardCharsets.UTF_8),
                Map.of("fileName", "schrijf.txt", "folderId", documentFolder().id(), "title",
                        secret(unique("Matrix Schrijfdocument"))));
        return Map.of("id", secret(json.getString("id")), "version", json.get("version").toString(), "folderId",
                documentFolder().id());
    }

    // newsletters

    /** A sent newsletter (without items): for the reads and the archive. */
    public Named newsletter() {
        newsletter = once(newsletter, () -> {
            String title = secret(unique("Matrix Nieuwsbrief"));
            String id = secret(Newsletters.draft(TENANT, title, List.of()).getString("id"));
            Newsletters.send(TENANT, id, false);
            return new Named(id, title);
        });
        return newsletter;
    }

    public Map<String, String> freshNewsletter() {
        return idAndVersion(Newsletters.draft(TENANT, secret(unique("Matrix Schrijfbrief")), List.of()));
    }

    // the Projectenbank

    /** A published initiative with visibility OWN and a text file; its title and file text are secrets. */
    public Filed initiative() {
        initiative = once(initiative, () -> {
            String title = secret(unique("Matrix Initiatief"));
            String content = secret(unique("Matrix projectplan"));
            JsonObject published = Initiatives.published(TENANT, title, "OWN");
            String id = secret(published.getString("id"));
            String file = secret(
                    Initiatives.file(TENANT, id, content.getBytes(java.nio.charset.StandardCharsets.UTF_8), "plan.txt")
                            .getString("id"));
            return new Filed(file, id, title, content);
        });
        return initiative;
    }

    public Map<String, String> freshInitiative() {
        return idAndVersion(Initiatives.draft(TENANT, secret(unique("Matrix Initiatiefconcept")), "OWN"));
    }

    public Map<String, String> freshPublishedInitiative() {
        return idAndVersion(Initiatives.published(TENANT, secret(unique("Matrix Initiatief geplaatst")), "OWN"));
    }

    public Map<String, String> freshSubmittedInitiative() {
        return idAndVersion(Initiatives.submitted(TENANT, secret(unique("Matrix Initiatief ingestuurd"))));
    }

    public Map<String, String> freshRejectedInitiative() {
        return idAndVersion(Initiatives.rejected(TENANT, secret(unique("Matrix Initiatief afgewezen"))));
    }

    /** A draft with a file, as {@code id} and {@code file}. */
    public Map<String, String> freshInitiativeFile() {
        String id = secret(
                Initiatives.draft(TENANT, secret(unique("Matrix Initiatief bestand")), "OWN").getString("id"));
        String file = secret(Initiatives.file(TENANT, id, Initiatives.PDF, "weg.pdf").getString("id"));
        return Map.of("id", id, "file", file);
    }

    // vraag & aanbod: everything in the region of the victim's demo ambassador, so the coordination paths see it

    private static final String AMBASSADOR_REGION = "Noord-Limburg";

    private Named regionalMember() {
        regionalMember = once(regionalMember, () -> {
            String name = secret(unique("Matrix Vraagsteller"));
            JsonObject json = created(admin().postJson(base() + "/members",
                    "{\"name\":\"" + name + "\",\"type\":\"DORPSRAAD\",\"municipality\":\"Venlo\",\"region\":\""
                            + AMBASSADOR_REGION + "\"}"));
            return new Named(secret(json.getString("id")), name);
        });
        return regionalMember;
    }

    public static String helpRequestBody(String memberId, String title) {
        return "{" + (memberId == null ? "" : "\"memberId\":\"" + memberId + "\",") + "\"title\":\"" + title
                + "\",\"description\":\"Matrix\",\"skills\":[\"juridisch\"],\"place\":\"Tienray\"}";
    }

    private JsonObject freshHelpRequestJson() {
        return created(admin().postJson(base() + "/help-requests",
                helpRequestBody(regionalMember().id(), secret(unique("Matrix Hulpvraag")))));
    }

    public Named helpRequest() {
        helpRequest = once(helpRequest, () -> {
            JsonObject json = freshHelpRequestJson();
            return new Named(secret(json.getString("id")), json.getString("title"));
        });
        return helpRequest;
    }

    public Map<String, String> freshHelpRequest() {
        return idAndVersion(freshHelpRequestJson());
    }

    /** A request the victim's demo contact person posted for their own organisation. */
    public Map<String, String> freshMemberHelpRequest() {
        return idAndVersion(created(Api.as(CrossTenantMatrix.MEMBER).postJson(base() + "/help-requests/mine",
                helpRequestBody(null, secret(unique("Matrix Eigen vraag"))))));
    }

    public static String volunteerBody(String name, String email) {
        return "{\"skills\":[\"juridisch\"],\"name\":\"" + name + "\",\"email\":\"" + email + "\",\"region\":\""
                + AMBASSADOR_REGION + "\",\"consent\":true}";
    }

    private JsonObject freshVolunteerJson() {
        return created(admin().postJson(base() + "/volunteers", volunteerBody(secret(unique("Matrix Vrijwilliger")),
                secret("matrix.vrijwilliger." + run + "." + (++counter) + "@example.nl"))));
    }

    public Named volunteer() {
        volunteer = once(volunteer, () -> {
            JsonObject json = freshVolunteerJson();
            return new Named(secret(json.getString("id")), json.getString("name"));
        });
        return volunteer;
    }

    public Map<String, String> freshVolunteer() {
        return idAndVersion(freshVolunteerJson());
    }

    /** A proposal of a fresh volunteer for the shared request. */
    public String proposal() {
        proposal = once(proposal, () -> secret(created(admin().postJson(
                base() + "/help-requests/" + helpRequest().id() + "/matches",
                "{\"volunteerTenant\":\"" + TENANT + "\",\"volunteerId\":\"" + freshVolunteer().get("id") + "\"}"))
                        .getString("id")));
        return proposal;
    }

    /** The victim's demo contact person offers help (written again each time: a case may have withdrawn it). */
    public String memberOffer() {
        Api.Reply offer = Api.as(CrossTenantMatrix.MEMBER).putJson(base() + "/volunteers/me",
                "{\"skills\":[\"juridisch\"],\"region\":\"" + AMBASSADOR_REGION + "\",\"consent\":true}");
        assertEquals(200, offer.status(), offer.body());
        return offer.json().getString("id");
    }

    /** A fresh proposal of the demo contact person's own offer, which they may answer. */
    public Map<String, String> freshProposalForMember() {
        String offer = memberOffer();
        String request = freshHelpRequest().get("id");
        return Map.of("id",
                secret(created(admin().postJson(base() + "/help-requests/" + request + "/matches",
                        "{\"volunteerTenant\":\"" + TENANT + "\",\"volunteerId\":\"" + offer + "\"}"))
                                .getString("id")));
    }

    /**
     * One id that is a member organisation in both the victim's and the attacking province (primary keys lead with
     * tenant_id, so the same id may exist in both): a body naming it is valid on either path, and each call must reach
     * its own tenant's row. Not a secret: both provinces hold it.
     */
    public String memberInBothTenants() {
        twinMember = once(twinMember, () -> {
            String id = java.util.UUID.randomUUID().toString();
            for (String tenant : List.of(TENANT, CrossTenantMatrix.ATTACKER)) {
                Database.execute("insert into member_organisation (tenant_id, id, name, type, municipality) values (?,"
                        + " ?::uuid, 'Matrix tweeling', 'OTHER', 'Venlo')", tenant, id);
            }
            return id;
        });
        return twinMember;
    }

    /** The attacking province's demo contact person offers help too, so their own "me" answers on their own path. */
    public String attackerOffer() {
        Api.Reply offer = Api
                .as(CrossTenantMatrix.MEMBER.replace("@" + TENANT + ".", "@" + CrossTenantMatrix.ATTACKER + "."))
                .putJson("/api/v1/" + CrossTenantMatrix.ATTACKER + "/volunteers/me",
                        "{\"skills\":[\"bestuur\"],\"consent\":true}");
        assertEquals(200, offer.status(), offer.body());
        return offer.json().getString("id");
    }

    // afdracht: the invoice LVKK's demo data issued to the victim province for 2026
    private Named remittanceInvoice;

    public Named remittanceInvoice() {
        remittanceInvoice = once(remittanceInvoice, () -> {
            Api.Reply issued = Api.as("admin@lvkk.demo").get("/api/v1/lvkk/remittance/invoices?year=2026");
            assertEquals(200, issued.status(), issued.body());
            JsonObject invoice = issued.structure().asJsonArray().stream().map(v -> v.asJsonObject())
                    .filter(v -> TENANT.equals(v.getString("province"))).findFirst().orElseThrow();
            return new Named(secret(invoice.getString("id")), secret(invoice.getString("number")));
        });
        return remittanceInvoice;
    }

    // invoices by mail, municipality payers, payment reminders (issue 19)

    private Named municipalityPayer;

    /**
     * A Limburg municipality with an address recorded (id: the municipality key): the attacker (Zuid-Holland) can have
     * no member there, so its own path knows no such municipality. Each write case has a municipality of its own.
     */
    public Named municipalityPayer() {
        municipalityPayer = once(municipalityPayer, () -> newMunicipalityPayer("Vaals"));
        return municipalityPayer;
    }

    public String freshMunicipalityPayerToChange() {
        return newMunicipalityPayer("Simpelveld").id();
    }

    public String freshMunicipalityPayerToDelete() {
        return newMunicipalityPayer("Voerendaal").id();
    }

    private Named newMunicipalityPayer(String municipality) {
        Contributions.member(TENANT, secret(unique("Matrix Gemeentedorp")), municipality, 100);
        String name = secret(unique("Matrix Gemeentehuis"));
        Api.Reply saved = admin().putJson(base() + "/contributions/municipality-payers/" + municipality,
                "{\"name\":\"" + name + "\",\"email\":\"gemeente." + run + "@example.nl\"}");
        assertEquals(200, saved.status(), saved.body());
        return new Named(municipality.toLowerCase(java.util.Locale.ROOT), name);
    }

    /** The victim's invoice, given an address so that its owner may send it again. */
    public String mailableInvoice() {
        String id = invoiced().invoice().id();
        Database.execute("update invoice set payer_email = ? where id = ?::uuid", "matrix." + run + "@example.nl", id);
        return id;
    }

    /** Makes every shared victim now, in an order that keeps the contribution run before any later assignment. */
    public void arrange() {
        member();
        contact();
        region();
        ambassadorName();
        plan();
        invoiced();
        event();
        registration();
        prize();
        campaign();
        signed();
        letter();
        target();
        news();
        document();
        newsletter();
        initiative();
        helpRequest();
        volunteer();
        proposal();
        remittanceInvoice();
    }

    // bank statements

    /** A statement of the victim's collecting account with one entry waiting for review: its id, a secret in it. */
    public Map<String, String> statement() {
        statement = once(statement, () -> {
            Map<String, String> entry = freshReviewEntry();
            return Map.of("id", entry.get("statementId"), "name", entry.get("name"));
        });
        return statement;
    }

    /** A fresh entry of the victim waiting for review (0.01 received from nobody known). */
    public Map<String, String> freshReviewEntry() {
        invoiced();
        String name = secret(unique("Matrix Afschrift").replace(" ", ""));
        JsonObject summary = Statements.imported(TENANT, nl.dorpskracht.testsupport.CamtFixture.v08()
                .account(VICTIM_ACCOUNT).ids(name, name).credit("0.01", null, name, name, null).xml());
        String statementId = secret(summary.getString("statementId"));
        String entryId = secret(Database.single(
                "select id from bank_statement_entry where tenant_id = ? and" + " statement_id = ?::uuid", TENANT,
                statementId));
        return Map.of("id", entryId, "statementId", statementId, "name", name);
    }

    /**
     * A statement body for an import. The attacker's own import (tenant forged) must succeed in its own tenant, so the
     * attacker's collecting account is set to the victim's: the same bank file, two associations, no crossing.
     */
    public String statementBody() {
        invoiced();
        if (!sharedAccount) {
            Api attacker = Api.as("admin@" + CrossTenantMatrix.ATTACKER + ".demo");
            Api.Reply saved = attacker.putJson(Contributions.base(CrossTenantMatrix.ATTACKER) + "/creditor",
                    "{\"name\":\"Matrix Aanvaller\",\"iban\":\"" + VICTIM_ACCOUNT + "\","
                            + "\"creditorId\":\"NL20ZZZ999999999990000\"}");
            assertEquals(200, saved.status(), saved.body());
            sharedAccount = true;
        }
        return nl.dorpskracht.testsupport.CamtFixture.v02().account(VICTIM_ACCOUNT).ids("MATRIX-" + run, "MATRIX")
                .credit("0.02", null, "matrix", null, null).xml();
    }
}

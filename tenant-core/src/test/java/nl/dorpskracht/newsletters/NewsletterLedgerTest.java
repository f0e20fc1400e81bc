package nl.dorpskracht.newsletters;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.dorpskracht.newsletters.boundary.NewsletterBatches;
import nl.dorpskracht.newsletters.control.Newsletter;
import nl.dorpskracht.newsletters.control.Newsletter.Section;
import nl.dorpskracht.newsletters.control.NewsletterLedger;
import nl.dorpskracht.newsletters.control.NewsletterLedger.ItemRef;
import nl.dorpskracht.newsletters.control.NewsletterMail;
import nl.dorpskracht.newsletters.control.Progress;
import nl.dorpskracht.newsletters.control.RecipientLedger;
import nl.dorpskracht.newsletters.control.UnsubscribeLedger;
import nl.dorpskracht.newsletters.control.UnsubscribeLedger.Outcome;
import nl.dorpskracht.security.control.LinkSecrets;
import nl.dorpskracht.outbox.control.OutboxLedger;
import nl.dorpskracht.outbox.control.Sql;
import nl.dorpskracht.platform.mail.OutgoingMail;
import java.util.Optional;
import nl.dorpskracht.platform.mail.MailTemplates.Bodies;
import nl.dorpskracht.tenancy.control.RowSecurity;
import nl.dorpskracht.testsupport.JdbcSql;
import nl.dorpskracht.testsupport.SqlRows;
import nl.dorpskracht.testsupport.TestDatabase;
import org.junit.jupiter.api.Test;

/**
 * Newsletters against a real PostgreSQL as the application role under row security: who gets one, the batches into the
 * outbox, and what an unsubscribe link does in its own association and in another.
 */
class NewsletterLedgerTest {

    private static final Pattern LINK = Pattern.compile("/afmelden/([a-z]+)/([A-Za-z0-9_-]{43})");
    private final String run = UUID.randomUUID().toString().substring(0, 8);

    @Test
    void oneMailPerConsentingAddressInBatchesWithListHeadersAndLowPriority() throws SQLException {
        UUID organisation = organisation("vkkl");
        UUID other = organisation("vkkl");
        String shared = "gedeeld-" + run + "@example.test";
        UUID first = contact("vkkl", organisation, shared, true, false);
        contact("vkkl", other, shared.toUpperCase(), true, false);
        UUID alone = contact("vkkl", organisation, "alleen-" + run + "@example.test", true, false);
        contact("vkkl", organisation, "geen-" + run + "@example.test", false, false);
        contact("vkkl", organisation, "gewist-" + run + "@example.test", true, true);

        UUID newsletter = sentNewsletter("vkkl", "Nieuwsbrief <b>" + run + "</b>");
        List<String> recipients = superuser("select cast(contact_person_id as varchar) from newsletter_recipient"
                + " where newsletter_id = ?::uuid", newsletter);
        assertTrue(recipients.contains(first.toString()), "the first of an address: " + recipients);
        assertTrue(recipients.contains(alone.toString()));
        assertEquals(0,
                recipients.stream().filter(r -> !r.equals(first.toString()) && !r.equals(alone.toString()))
                        .filter(r -> isOwnRun(r)).count(),
                "no mail without consent, for the erased or twice to one address");

        int handled = 0;
        for (int batch; (batch = inTenant("vkkl", sql -> queue(sql, "vkkl", newsletter, 1))) > 0;) {
            handled += batch;
            assertEquals(1, batch, "batches of the size asked for");
        }
        assertEquals(recipients.size(), handled);
        assertTrue(inTenantYes("vkkl", sql -> NewsletterLedger.finishIfAllQueued(sql, newsletter)));
        Progress progress = inTenant("vkkl", sql -> RecipientLedger.progress(sql, newsletter));
        assertEquals(recipients.size(), progress.recipients());
        assertEquals(recipients.size(), progress.waiting());

        List<String> mails = superuser(
                "select recipient || '|' || priority || '|' || list_unsubscribe || '|'"
                        + " || list_unsubscribe_post from mail_outbox where kind = 'NEWSLETTER' and about = ?::uuid",
                newsletter);
        assertEquals(recipients.size(), mails.size());
        assertTrue(mails.stream().allMatch(m -> m.contains("|1|http://localhost:8080/afmelden/vkkl/")),
                mails.toString());
        assertEquals(1, mails.stream().filter(m -> m.toLowerCase().startsWith(shared)).count(), mails.toString());
        String html = superuser(
                "select html_body from mail_outbox where kind = 'NEWSLETTER' and about = ?::uuid" + " limit 1",
                newsletter).get(0);
        assertFalse(html.contains("<b>" + run), "the title is escaped in the HTML");
        assertFalse(html.contains("<script"), html);
        assertFalse(html.contains("onerror"), html);
        assertEquals(0, superuser("select token_hash from newsletter_recipient where newsletter_id = ?::uuid"
                + " and token_hash is not null and length(token_hash) <> 64", newsletter).size());
    }

    @Test
    void aLinkWithdrawsOnceInItsOwnAssociationOnlyAndNeverAConsentGivenAgain() throws SQLException {
        String address = "afmelder-" + run + "@example.test";
        UUID person = contact("zhvkk", organisation("zhvkk"), address, true, false);
        UUID elsewhere = contact("vkkl", organisation("vkkl"), address, true, false);
        UUID newsletter = sentNewsletter("zhvkk", "Kwartaalbrief " + run);
        inTenant("zhvkk", sql -> queue(sql, "zhvkk", newsletter, 500));
        String text = superuser("select text_body from mail_outbox where kind = 'NEWSLETTER' and about = ?::uuid"
                + " and lower(recipient) = lower(?)", newsletter, address).get(0);
        Matcher link = LINK.matcher(text);
        assertTrue(link.find(), text);
        assertEquals("zhvkk", link.group(1));
        String hash = LinkSecrets.lookup(link.group(2)).orElseThrow();

        assertEquals(Outcome.UNKNOWN, inTenant("vkkl", sql -> UnsubscribeLedger.withdraw(sql, hash).outcome()),
                "another association's path finds nothing");
        assertEquals(Outcome.UNKNOWN,
                inTenant("zhvkk", sql -> UnsubscribeLedger
                        .withdraw(sql, LinkSecrets.lookup(LinkSecrets.next().secret()).orElseThrow()).outcome()),
                "a forged token finds nothing");
        assertEquals("true|true", consents(person, elsewhere));

        assertEquals(Outcome.UNSUBSCRIBED, inTenant("zhvkk", sql -> UnsubscribeLedger.withdraw(sql, hash).outcome()));
        assertEquals("false|true", consents(person, elsewhere), "the other association keeps its consent");
        assertEquals(List.of("NEWSLETTER|UNSUBSCRIBE_LINK|" + newsletter),
                superuser(
                        "select consent || '|' || source"
                                + " || '|' || newsletter_id from consent_withdrawal where contact_person_id = ?::uuid",
                        person));

        TestDatabase.executeInTenant("postgres", "zhvkk",
                "update contact_person set newsletter_consent_on = current_date where id = ?::uuid", person);
        assertEquals(Outcome.ALREADY, inTenant("zhvkk", sql -> UnsubscribeLedger.withdraw(sql, hash).outcome()));
        assertEquals("true|true", consents(person, elsewhere), "a second use leaves a consent given again alone");
        assertEquals(1,
                superuser("select id from consent_withdrawal where contact_person_id = ?::uuid", person).size());
        assertEquals(1L, inTenant("zhvkk", sql -> RecipientLedger.progress(sql, newsletter)).unsubscribed());
    }

    @Test
    void listMailIsClaimedAfterEveryMailAPersonWaitsForThoughWrittenEarlier() {
        String kind = "PRIORITY_" + run;
        UUID about = UUID.randomUUID();
        inTenant("lvkk", sql -> {
            for (int i = 0; i < 5; i++) {
                OutboxLedger.putBulk(sql, "lvkk", kind, "nl", about,
                        new OutgoingMail(kind + " bulk " + i, "lijst" + i + "@example.test", "Nieuwsbrief", "Tekst",
                                "<p>Tekst</p>", Optional.empty(), null,
                                Optional.of(new OutgoingMail.BulkHeaders("https://x.test/afmelden/lvkk/t" + i, null))));
            }
            return null;
        });
        inTenant("lvkk", sql -> OutboxLedger.put(sql, "lvkk", kind, "nl", new OutgoingMail(kind + " reset",
                "wacht@example.test", "Nieuw wachtwoord", "Tekst", Optional.empty())));
        List<String> order = new java.util.ArrayList<>();
        while (order.stream().noneMatch(label -> label.endsWith(" reset"))) {
            List<OutboxLedger.Claimed> claimed = inTenant("lvkk", sql -> OutboxLedger.claim(sql, 1, 300));
            assertFalse(claimed.isEmpty(), "the waiting mail was never claimed: " + order);
            claimed.stream().map(c -> c.mail().label()).filter(label -> label.startsWith(kind)).forEach(order::add);
        }
        assertEquals(List.of(kind + " reset"), order, "no list mail before the mail a person waits for");
        OutboxLedger.Claimed bulk = inTenant("lvkk", sql -> OutboxLedger.claim(sql, 500, 300)).stream()
                .filter(c -> c.mail().label().startsWith(kind)).findFirst().orElseThrow();
        assertTrue(bulk.mail().bulk().orElseThrow().listUnsubscribe().startsWith("<https://x.test/afmelden/lvkk/t"),
                "a claimed list mail keeps its List-Unsubscribe");
    }

    @Test
    void sendingStartsOnceAndFreezesTheSnapshot() {
        UUID id = UUID.randomUUID();
        UUID item = UUID.randomUUID();
        inTenant("ovkk", sql -> {
            NewsletterLedger.create(sql, "ovkk", id, "Eenmalig " + run, null, "test",
                    List.of(new ItemRef("lvkk", item)));
            return null;
        });
        List<Section> snapshot = List
                .of(new Section(0, "lvkk", item, "Landelijk", "Kort", "<p>Tekst</p>", OffsetDateTime.now()));
        assertTrue(
                inTenantYes("ovkk", sql -> NewsletterLedger.startSending(sql, id, 1, true, snapshot, "<p>h</p>", "t")));
        assertFalse(inTenantYes("ovkk", sql -> NewsletterLedger.startSending(sql, id, 2, true, snapshot, "x", "y")),
                "a second send is refused");
        assertFalse(inTenantYes("ovkk", sql -> NewsletterLedger.update(sql, "ovkk", id, 2, "Anders", null, List.of())));
        assertFalse(inTenantYes("ovkk", sql -> NewsletterLedger.deleteDraft(sql, id)));
        Newsletter stored = inTenant("ovkk", sql -> NewsletterLedger.find(sql, id)).orElseThrow();
        assertEquals("Landelijk", stored.sections().get(0).title());
        assertEquals("<p>h</p>", stored.html());
        assertTrue(inTenant("zhvkk", sql -> NewsletterLedger.find(sql, id)).isEmpty(), "not readable elsewhere");
    }

    @Test
    void theTextPartKeepsParagraphsAndNoMarkupAndTheHtmlPartNoScript() {
        Bodies bodies = NewsletterMail.render("zhvkk", "ZHVKK", "Titel <script>alert(1)</script>", "Eerste.\n\nTweede.",
                List.of(new Section(0, "lvkk", UUID.randomUUID(), "Kop \"<img src=x onerror=alert(1)>\"", null,
                        "<p>Een <a href=\"https://lvkk.nl\">link</a></p><script>alert(2)</script>"
                                + "<img src=x onerror=alert(3)><p>Twee</p>",
                        null)),
                java.util.Optional.of("https://x.test/afmelden/zhvkk/abc"));
        assertFalse(bodies.html().contains("<script"), bodies.html());
        assertFalse(bodies.html().contains("<img"), bodies.html());
        assertTrue(bodies.html().contains("&lt;script&gt;"), bodies.html());
        assertTrue(bodies.text().contains("Een link (https://lvkk.nl)\n"), bodies.text());
        assertTrue(bodies.text().contains("Landelijk nieuws van LVKK"), bodies.text());
        assertTrue(bodies.text().contains("https://x.test/afmelden/zhvkk/abc"), bodies.text());
        assertFalse(bodies.text().contains("<p>"), bodies.text());
    }

    private boolean isOwnRun(String contactPerson) {
        return !superuser("select id from contact_person where id = ?::uuid and email like ?", contactPerson,
                "%" + run + "%").isEmpty();
    }

    private String consents(UUID person, UUID elsewhere) {
        return superuser("select (select newsletter_consent_on is not null from contact_person where id = ?::uuid)"
                + " || '|' || (select newsletter_consent_on is not null from contact_person where id = ?::uuid)",
                person, elsewhere).get(0);
    }

    private static int queue(Sql sql, String tenant, UUID newsletter, int size) {
        Newsletter found = NewsletterLedger.find(sql, newsletter).orElseThrow();
        return NewsletterBatches.queue(sql, tenant, tenant.toUpperCase(), found, size, "http://localhost:8080");
    }

    private UUID sentNewsletter(String tenant, String title) {
        UUID id = UUID.randomUUID();
        return inTenant(tenant, sql -> {
            NewsletterLedger.create(sql, tenant, id, title, "Welkom.", "test", List.of());
            assertTrue(NewsletterLedger.startSending(sql, id, 1, false, List.of(), "<p>archief</p>", "archief"));
            NewsletterLedger.recipientsFixed(sql, id, RecipientLedger.fix(sql, tenant, id));
            return id;
        });
    }

    private UUID organisation(String tenant) throws SQLException {
        UUID id = UUID.randomUUID();
        TestDatabase.executeInTenant("postgres", tenant,
                "insert into member_organisation (tenant_id, id, name, type,"
                        + " municipality) values (?, ?::uuid, ?, 'DORPSRAAD', 'Venlo')",
                tenant, id.toString(), "Org " + run + " " + id);
        return id;
    }

    private UUID contact(String tenant, UUID organisation, String email, boolean consent, boolean erased)
            throws SQLException {
        UUID id = UUID.randomUUID();
        TestDatabase.executeInTenant("postgres", tenant,
                "insert into contact_person (tenant_id, id, organisation_id,"
                        + " name, email, newsletter_consent_on, erased_at) values (?, ?::uuid, ?::uuid, ?, ?,"
                        + " case when ? then current_date end, case when ? then now() end)",
                tenant, id.toString(), organisation.toString(), "Persoon " + run, email, consent, erased);
        return id;
    }

    private static List<String> superuser(String sql, Object... parameters) {
        try (Connection connection = TestDatabase.superuser().getConnection()) {
            Object[] texts = java.util.Arrays.stream(parameters).map(String::valueOf).toArray();
            return SqlRows.rows(connection, sql, texts);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean inTenantYes(String tenant, Function<Sql, Boolean> work) {
        return inTenant(tenant, work);
    }

    /** As the application does: one transaction, the tenant and all its regions bound. */
    private static <T> T inTenant(String tenant, Function<Sql, T> work) {
        try (Connection connection = TestDatabase.connectAs(TestDatabase.APPLICATION)) {
            connection.setAutoCommit(false);
            RowSecurity.TENANT.bind(connection, tenant);
            RowSecurity.REGION_SCOPE.bind(connection, "*");
            T result = work.apply(JdbcSql.on(connection));
            connection.commit();
            return result;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}

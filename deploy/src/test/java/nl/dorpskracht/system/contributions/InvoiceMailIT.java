package nl.dorpskracht.system.contributions;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import nl.dorpskracht.system.support.Api;
import nl.dorpskracht.system.support.Contributions;
import nl.dorpskracht.system.support.Database;
import nl.dorpskracht.system.support.TestMail;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Invoices that reach people, on the built jar with a real SMTP server: the run mails every invoice with an address,
 * with its PDF, once (a second run mails nothing); a municipality's own address is used; an invoice sent again on
 * request; payment reminders on the association's schedule, sent once per step by the background job, none for a paid
 * or cancelled invoice.
 */
public class InvoiceMailIT {

    private static final String TENANT = "ovkk";
    private static final int YEAR = Contributions.THIS_YEAR - 10;
    private static final String MUNICIPALITY = "Haaksbergen";
    private static final Api ADMIN = Api.as(Contributions.admin(TENANT));
    private static final String U = Contributions.unique();
    private static final String BY_TRANSFER = "penningmeester-" + U + "@dorp.test";
    private static final String BY_MANDATE = "machtiging-" + U + "@dorp.test";
    private static final String LATE = "laat-" + U + "@dorp.test";
    private static final String VERY_LATE = "heel-laat-" + U + "@dorp.test";
    private static final String PAID = "betaald-" + U + "@dorp.test";
    private static final String CANCELLED = "geannuleerd-" + U + "@dorp.test";
    private static final String TOWN_HALL = "subsidies-" + U + "@gemeente.test";
    private static JsonObject transfer;
    private static JsonObject mandate;
    private static JsonObject late;
    private static JsonObject veryLate;
    private static JsonObject paid;
    private static JsonObject cancelled;
    private static JsonObject noAddress;
    private static String iban;

    @BeforeAll
    public static void runWithMail() {
        JsonObject flat = Contributions.plan(TENANT, "Mail plan " + U, "FLAT", 2500);
        JsonObject byMunicipality = Contributions.plan(TENANT, "Mail gemeente " + U, "MUNICIPALITY", 3000);
        transfer = member("Dorpsraad Overmaken", BY_TRANSFER);
        mandate = member("Dorpsraad Incasso", BY_MANDATE);
        late = member("Dorpsraad Laat", LATE);
        veryLate = member("Dorpsraad Heel Laat", VERY_LATE);
        paid = member("Dorpsraad Betaald", PAID);
        cancelled = member("Dorpsraad Geannuleerd", CANCELLED);
        noAddress = Contributions.member(TENANT, "Dorpsraad Zonder Adres", "Enschede", 500);
        for (JsonObject member : List.of(transfer, mandate, late, veryLate, paid, cancelled, noAddress)) {
            Contributions.assign(TENANT, member, flat, null);
        }
        JsonObject villageOne = Contributions.member(TENANT, "Dorpsraad Buurse", MUNICIPALITY, 800);
        JsonObject villageTwo = Contributions.member(TENANT, "Dorpsraad Sint Isidorushoeve", MUNICIPALITY, 600);
        Contributions.assign(TENANT, villageOne, byMunicipality, "MUNICIPALITY");
        Contributions.assign(TENANT, villageTwo, byMunicipality, "MUNICIPALITY");
        Api.Reply address = ADMIN.putJson(municipalityPath(MUNICIPALITY),
                Json.createObjectBuilder().add("name", "Gemeente Haaksbergen, afdeling Subsidies")
                        .add("email", TOWN_HALL).add("street", "Markt 1").add("postalCode", "7481HR")
                        .add("place", "Haaksbergen").build().toString());
        assertEquals(200, address.status(), address.body());
        assertEquals(200, ADMIN.putJson(Contributions.base(TENANT) + "/mandates/" + mandate.getString("id"),
                "{\"iban\":\"NL91 ABNA 0417 1643 00\",\"reference\":\"MAIL-" + U + "\",\"signedOn\":\"2024-03-01\"}")
                .status());
        Api.Reply creditor = ADMIN.get(Contributions.base(TENANT) + "/creditor");
        if (creditor.status() != 200) {
            creditor = ADMIN.putJson(Contributions.base(TENANT) + "/creditor", "{\"name\":\"OVKK\",\"iban\":"
                    + "\"NL91ABNA0417164300\",\"creditorId\":\"NL20ZZZ999999999990000\"}");
            assertEquals(200, creditor.status(), creditor.body());
        }
        iban = creditor.json().getString("iban");
        Contributions.run(TENANT, YEAR);
    }

    @Test
    public void theRunMailsEachInvoiceWithAnAddressOnceWithItsPdf() throws Exception {
        String number = invoiceNumber(transfer);
        MimeMessage byTransfer = TestMail.awaitSubject(BY_TRANSFER, "Factuur " + number);
        String text = TestMail.text(byTransfer);
        assertTrue(text.contains("€ 25,00"), text);
        assertTrue(text.contains(iban) && text.contains("factuurnummer " + number), text);
        assertPdf(byTransfer);
        String collected = TestMail.text(TestMail.awaitSubject(BY_MANDATE, "Factuur "));
        assertTrue(collected.contains("wordt geïncasseerd") && collected.contains("MAIL-" + U), collected);

        String townHallNumber = Database.single(
                "select number from invoice where tenant_id = ? and year = ?" + " and payer_key = ?", TENANT, YEAR,
                "G:" + MUNICIPALITY.toLowerCase());
        MimeMessage townHall = TestMail.awaitSubject(TOWN_HALL, "Factuur " + townHallNumber);
        assertPdf(townHall);
        assertTrue(TestMail.text(townHall).startsWith("Beste Gemeente Haaksbergen, afdeling Subsidies,"),
                TestMail.text(townHall));
        assertEquals("Gemeente Haaksbergen, afdeling Subsidies|Markt 1|7481 HR|" + TOWN_HALL,
                Database.single(
                        "select payer_name || '|' || payer_street || '|' || payer_postal_code || '|' ||"
                                + " payer_email from invoice where tenant_id = ? and year = ? and payer_key = ?",
                        TENANT, YEAR, "G:" + MUNICIPALITY.toLowerCase()));

        String withoutAddress = invoiceId(noAddress);
        assertEquals("0", Database.single("select count(*) from mail_outbox where tenant_id = ? and about = ?::uuid",
                TENANT, withoutAddress), "no address, no mail");
        JsonObject listed = Contributions.invoiceOf(TENANT, YEAR, noAddress.getString("name"));
        assertEquals(false, listed.getBoolean("mailable"), listed.toString());

        // a second run of the year bills nobody and mails nobody
        String mailsBefore = invoiceMails();
        assertEquals(0, Contributions.run(TENANT, YEAR).getInt("invoicesCreated"));
        assertEquals(mailsBefore, invoiceMails());
        awaitComposed();
        TestMail.awaitOutboxSettled(BY_TRANSFER);
        assertEquals(1, TestMail.to(BY_TRANSFER).size(), TestMail.subjects(BY_TRANSFER).toString());
    }

    @Test
    public void anInvoiceIsSentAgainOnRequestAndAudited() {
        String id = invoiceId(late);
        TestMail.awaitSubject(LATE, "Factuur ");
        Api.Reply again = ADMIN.postJson(invoicePath(id) + "/send", "{}");
        assertEquals(202, again.status(), again.body());
        TestMail.await(LATE, message -> TestMail.to(LATE).stream()
                .filter(m -> TestMail.subject(m).startsWith("Factuur ")).count() == 2, Duration.ofSeconds(30));
        assertEquals("1", Database.single(
                "select count(*) from audit_entry where tenant_id = ? and entity_id = ?" + " and action = 'SEND_MAIL'",
                TENANT, id));
        Api.Reply none = ADMIN.postJson(invoicePath(invoiceId(noAddress)) + "/send", "{}");
        assertEquals(409, none.status(), none.body());
        assertEquals("INVOICE_NO_EMAIL", none.code());
    }

    @Test
    public void remindersGoOutOncePerStepAndNotForPaidOrCancelledInvoices() throws Exception {
        JsonObject schedule = ADMIN.get(Contributions.base(TENANT) + "/reminder-schedule").json();
        Api.Reply saved = ADMIN.putJson(Contributions.base(TENANT) + "/reminder-schedule",
                "{\"days\":[30,14],\"tone\":\"VRIENDELIJK\",\"version\":" + schedule.getInt("version") + "}");
        assertEquals(200, saved.status(), saved.body());
        assertEquals("[14,30]", saved.json().getJsonArray("days").toString());
        Api.Reply stale = ADMIN.putJson(Contributions.base(TENANT) + "/reminder-schedule",
                "{\"days\":[14],\"version\":" + schedule.getInt("version") + "}");
        assertEquals(409, stale.status(), stale.body());

        String paidInvoice = invoiceId(paid);
        assertEquals(200, ADMIN.postJson(invoicePath(paidInvoice) + "/payments", "{\"amountCents\":2500}").status());
        String cancelledInvoice = invoiceId(cancelled);
        assertEquals(200, ADMIN.postJson(invoicePath(cancelledInvoice) + "/cancel", "{}").status());
        for (String address : List.of(LATE, VERY_LATE, PAID, CANCELLED)) {
            TestMail.awaitSubject(address, "Factuur ");
        }
        overdue(invoiceId(late), 15);
        overdue(invoiceId(veryLate), 40);
        overdue(paidInvoice, 40);
        overdue(cancelledInvoice, 40);

        MimeMessage first = TestMail.awaitSubject(LATE, "Herinnering: factuur " + invoiceNumber(late));
        assertPdf(first);
        assertTrue(TestMail.text(first).contains("€ 25,00"), TestMail.text(first));
        TestMail.awaitSubject(VERY_LATE, "Herinnering: factuur ");
        // several rounds of the job later: nothing new, and nothing for the paid or cancelled invoice
        Contributions.sleep(3_000L * TestMail.REMINDER_INTERVAL_SECONDS);
        awaitComposed();
        for (String address : List.of(LATE, VERY_LATE, PAID, CANCELLED)) {
            TestMail.awaitOutboxSettled(address);
        }
        assertEquals(1, reminders(LATE));
        assertEquals(1, reminders(VERY_LATE), "40 days overdue: the second step only");
        assertEquals(0, reminders(PAID));
        assertEquals(0, reminders(CANCELLED));

        JsonArray lateSteps = ADMIN.get(invoicePath(invoiceId(late)) + "/reminders").structure().asJsonArray();
        assertEquals(1, lateSteps.size());
        assertEquals(1, lateSteps.getJsonObject(0).getInt("step"));
        assertEquals(14, lateSteps.getJsonObject(0).getInt("days"));
        JsonArray veryLateSteps = ADMIN.get(invoicePath(invoiceId(veryLate)) + "/reminders").structure().asJsonArray();
        assertEquals(2, veryLateSteps.getJsonObject(0).getInt("step"));
        assertEquals(30, veryLateSteps.getJsonObject(0).getInt("days"));

        // later, the next step
        overdue(invoiceId(late), 31);
        TestMail.await(LATE, message -> reminders(LATE) == 2, Duration.ofSeconds(30));
        Contributions.sleep(3_000L * TestMail.REMINDER_INTERVAL_SECONDS);
        awaitComposed();
        TestMail.awaitOutboxSettled(LATE);
        assertEquals(2, reminders(LATE));
    }

    /** Mails recorded without text (invoices, reminders) have no recipient until composed: wait for that first. */
    private static void awaitComposed() {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!"0".equals(Database.single("select count(*) from mail_outbox where tenant_id = ? and status = 'PENDING'"
                + " and text_body is null", TENANT))) {
            assertTrue(System.nanoTime() < deadline, "mails still waiting to be composed");
            Contributions.sleep(200);
        }
    }

    private static long reminders(String address) {
        return TestMail.subjects(address).stream().filter(subject -> subject.startsWith("Herinnering")).count();
    }

    private static void overdue(String invoice, int days) {
        Database.execute("update invoice set due_on = current_date - ?, issued_on = current_date - ? - 30"
                + " where id = ?::uuid", days, days, invoice);
    }

    private static String invoiceMails() {
        return Database.single(
                "select count(*) from mail_outbox m join invoice i on i.tenant_id = m.tenant_id"
                        + " and i.id = m.about where m.tenant_id = ? and m.kind = 'INVOICE' and i.year = ?",
                TENANT, YEAR);
    }

    private static void assertPdf(MimeMessage message) throws Exception {
        byte[] pdf = pdf(message);
        assertArrayEquals("%PDF".getBytes(StandardCharsets.US_ASCII), Arrays.copyOf(pdf, 4));
    }

    private static byte[] pdf(MimeMessage message) throws Exception {
        Multipart parts = (Multipart) message.getContent();
        for (int i = 0; i < parts.getCount(); i++) {
            BodyPart part = parts.getBodyPart(i);
            if (part.isMimeType("application/pdf")) {
                assertTrue(part.getFileName().startsWith("factuur-") && part.getFileName().endsWith(".pdf"));
                try (InputStream in = part.getInputStream()) {
                    return in.readAllBytes();
                }
            }
        }
        throw new AssertionError("no PDF attached");
    }

    private static JsonObject member(String name, String email) {
        Api.Reply reply = ADMIN.postJson("/api/v1/" + TENANT + "/members",
                Json.createObjectBuilder().add("name", name + " " + Contributions.unique()).add("type", "DORPSRAAD")
                        .add("municipality", "Enschede").add("place", "Testkern").add("street", "Dorpsstraat 1")
                        .add("postalCode", "1234 AB").add("email", email).build().toString());
        assertEquals(201, reply.status(), reply.body());
        return reply.json();
    }

    private static String invoiceId(JsonObject member) {
        return Database.single("select id from invoice where tenant_id = ? and year = ? and member_id = ?::uuid",
                TENANT, YEAR, member.getString("id"));
    }

    private static String invoiceNumber(JsonObject member) {
        return Database.single("select number from invoice where tenant_id = ? and year = ? and member_id = ?::uuid",
                TENANT, YEAR, member.getString("id"));
    }

    private static String invoicePath(String id) {
        return Contributions.base(TENANT) + "/invoices/" + id;
    }

    static String municipalityPath(String municipality) {
        return Contributions.base(TENANT) + "/municipality-payers/"
                + URLEncoder.encode(municipality, StandardCharsets.UTF_8).replace("+", "%20");
    }
}

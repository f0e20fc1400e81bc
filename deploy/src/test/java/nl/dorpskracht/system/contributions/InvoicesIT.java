package nl.dorpskracht.system.contributions;

import nl.dorpskracht.system.support.Api;
import nl.dorpskracht.system.support.Contributions;
import nl.dorpskracht.system.support.Database;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Invoices after a run: payments (partial, then full), the overdue list, cancelling, filters and the PDF. */
public class InvoicesIT {

    private static final String TENANT = "zhvkk";
    private static final int YEAR = Contributions.THIS_YEAR - 1;
    private static final String INVOICES = Contributions.base(TENANT) + "/invoices";
    private static final Api ADMIN = Api.as(Contributions.admin(TENANT));
    private static JsonObject payer;
    private static JsonObject late;
    private static JsonObject cancelled;

    @BeforeAll
    public static void arrange() {
        JsonObject plan = Contributions.plan(TENANT, "Factuurtest " + Contributions.unique(), "FLAT", 123450);
        payer = Contributions.member(TENANT, "Dorpsraad Betaler", "Hoeksche Waard", 2000);
        late = Contributions.member(TENANT, "Dorpsraad Laat", "Hoeksche Waard", 2000);
        cancelled = Contributions.member(TENANT, "Dorpsraad Geannuleerd", "Hoeksche Waard", 2000);
        for (JsonObject member : List.of(payer, late, cancelled)) {
            Contributions.assign(TENANT, member, plan, "ORGANISATION");
        }
        Contributions.run(TENANT, YEAR);
    }

    @Test
    public void partialPaymentsLeaveTheInvoiceOpenUntilItIsFullyPaid() {
        JsonObject invoice = Contributions.invoiceOf(TENANT, YEAR, payer.getString("name"));
        String path = INVOICES + "/" + invoice.getString("id");
        assertEquals("OPEN", invoice.getString("status"));
        assertEquals(123450, invoice.getInt("amountCents"));

        Api.Reply part = ADMIN.postJson(path + "/payments",
                "{\"amountCents\":23450,\"method\":\"TRANSFER\",\"reference\":\"bank 1\"}");
        assertEquals(200, part.status(), part.body());
        assertEquals("OPEN", part.json().getJsonObject("invoice").getString("status"));
        assertEquals(100000, part.json().getJsonObject("invoice").getInt("outstandingCents"));

        Api.Reply tooMuch = ADMIN.postJson(path + "/payments", "{\"amountCents\":100001}");
        assertEquals(422, tooMuch.status(), tooMuch.body());
        assertEquals("amountCents", tooMuch.json().getJsonArray("errors").getJsonObject(0).getString("field"));

        Api.Reply rest = ADMIN.postJson(path + "/payments", "{\"amountCents\":100000,\"method\":\"DIRECT_DEBIT\"}");
        assertEquals(200, rest.status(), rest.body());
        assertEquals("PAID", rest.json().getJsonObject("invoice").getString("status"));
        assertEquals(2, rest.json().getJsonArray("payments").size());
        assertEquals("PAID|123450|2",
                Database.single(
                        "select i.status, i.paid_cents, (select count(*) from payment p"
                                + " where p.invoice_id = i.id) from invoice i where i.id = ?::uuid",
                        invoice.getString("id")));

        Api.Reply again = ADMIN.postJson(path + "/payments", "{\"amountCents\":1}");
        assertEquals(409, again.status(), again.body());
        assertEquals("INVOICE_NOT_OPEN", again.code());
        assertEquals("2", Database.single("select count(*) from audit_entry where entity_id = ? and action = 'PAY'",
                invoice.getString("id")));

        List<String> paid = ids(ADMIN.get(INVOICES + "?status=PAID&year=" + YEAR + "&size=100").json());
        assertTrue(paid.contains(invoice.getString("id")));
    }

    @Test
    public void theOverdueListHoldsOpenInvoicesPastTheirDueDate() {
        JsonObject invoice = Contributions.invoiceOf(TENANT, YEAR, late.getString("name"));
        String overdue = INVOICES + "?overdue=true&year=" + YEAR + "&size=100";
        assertFalse(ids(ADMIN.get(overdue).json()).contains(invoice.getString("id")), "not due yet");
        Contributions.execute(
                "update invoice set due_on = current_date - 1, issued_on = current_date - 31" + " where id = ?::uuid",
                invoice.getString("id"));
        JsonObject list = ADMIN.get(overdue).json();
        assertTrue(ids(list).contains(invoice.getString("id")), list.toString());
        assertEquals(Database.single("select count(*) from invoice where tenant_id = ? and year = ? and status = 'OPEN'"
                + " and due_on < current_date", TENANT, YEAR), String.valueOf(list.getInt("total")));
        list.getJsonArray("items").forEach(item -> {
            assertEquals("OPEN", item.asJsonObject().getString("status"));
            assertTrue(item.asJsonObject().getBoolean("overdue"));
        });
    }

    @Test
    public void aCancelledInvoiceTakesNoPaymentAndIsNotBilledAgain() {
        JsonObject invoice = Contributions.invoiceOf(TENANT, YEAR, cancelled.getString("name"));
        String path = INVOICES + "/" + invoice.getString("id");
        Api.Reply cancel = ADMIN.postJson(path + "/cancel", "{\"version\":" + invoice.getInt("version") + "}");
        assertEquals(200, cancel.status(), cancel.body());
        assertEquals("CANCELLED", cancel.json().getJsonObject("invoice").getString("status"));

        Api.Reply payment = ADMIN.postJson(path + "/payments", "{\"amountCents\":100}");
        assertEquals(409, payment.status(), payment.body());
        assertEquals("INVOICE_NOT_OPEN", payment.code());
        assertEquals("0",
                Database.single("select count(*) from payment where invoice_id = ?::uuid", invoice.getString("id")));
        assertEquals(409, ADMIN.postJson(path + "/cancel", "{}").status());

        assertEquals(0, Contributions.run(TENANT, YEAR).getInt("invoicesCreated"), "no second invoice");
        assertEquals("1",
                Database.single(
                        "select count(*) from invoice where tenant_id = ? and year = ?" + " and member_id = ?::uuid",
                        TENANT, YEAR, cancelled.getString("id")));
    }

    @Test
    public void theListPagesOnTheServer() {
        JsonObject first = ADMIN.get(INVOICES + "?year=" + YEAR + "&size=2&page=0").json();
        JsonObject second = ADMIN.get(INVOICES + "?year=" + YEAR + "&size=2&page=1").json();
        assertEquals(2, first.getJsonArray("items").size());
        assertEquals(first.getInt("total"), second.getInt("total"));
        assertTrue(first.getInt("total") >= 3);
        assertTrue(ids(first).stream().noneMatch(ids(second)::contains));
    }

    @Test
    public void theInvoicePdfNamesNumberPayerAndTotalInDutch() throws IOException {
        JsonObject invoice = Contributions.invoiceOf(TENANT, YEAR, late.getString("name"));
        Contributions.Binary pdf = Contributions.bytes(Contributions.admin(TENANT),
                INVOICES + "/" + invoice.getString("id") + "/pdf");
        assertEquals(200, pdf.status());
        assertTrue(pdf.contentType().startsWith("application/pdf"), pdf.contentType());
        String text;
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            text = new PDFTextStripper().getText(document);
        }
        assertTrue(text.contains(invoice.getString("number")), text);
        assertTrue(text.contains(late.getString("name")), text);
        assertTrue(text.contains("€ 1.234,50"), text);
        assertTrue(text.contains("Zuid-Hollandse Vereniging van Kleine Kernen"), text);
        assertTrue(text.contains("Factuur contributie " + YEAR), text);
        assertTrue(text.contains("Vervaldatum"), text);
    }

    private static List<String> ids(JsonObject list) {
        return list.getJsonArray("items").stream().map(item -> item.asJsonObject().getString("id"))
                .collect(Collectors.toList());
    }
}

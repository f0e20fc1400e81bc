package nl.dorpskracht.system.contributions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.util.List;
import nl.dorpskracht.testsupport.CamtFixture;
import nl.dorpskracht.system.support.Api;
import nl.dorpskracht.system.support.Contributions;
import nl.dorpskracht.system.support.Database;
import nl.dorpskracht.system.support.Statements;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Bank statements over HTTP against the running product: a CAMT.053 statement pays invoices, a second import changes
 * nothing, a returned direct debit reopens the invoice with its reason in Dutch, the review list is resolved by hand,
 * and bad files are refused with their problem codes.
 */
public class StatementsIT {

    private static final String TENANT = "zhvkk";
    private static final int YEAR = Contributions.THIS_YEAR - 9;
    private static final Api ADMIN = Api.as(Contributions.admin(TENANT));
    private static String iban;
    private static JsonObject paid;
    private static JsonObject returned;
    private static JsonObject unmatched;

    @BeforeAll
    public static void arrange() {
        iban = Statements.ownIban(TENANT, "NL02ABNA0123456789");
        JsonObject plan = Contributions.plan(TENANT, "Afschrift " + Contributions.unique(), "FLAT", 2750);
        JsonObject a = Contributions.member(TENANT, "Dorpsraad Afschrift Betaald", "Gouda", 100);
        JsonObject b = Contributions.member(TENANT, "Dorpsraad Afschrift Gestorneerd", "Gouda", 100);
        JsonObject c = Contributions.member(TENANT, "Dorpsraad Afschrift Handmatig", "Gouda", 100);
        for (JsonObject member : List.of(a, b, c)) {
            Contributions.assign(TENANT, member, plan, null);
        }
        Contributions.run(TENANT, YEAR);
        paid = Contributions.invoiceOf(TENANT, YEAR, a.getString("name"));
        returned = Contributions.invoiceOf(TENANT, YEAR, b.getString("name"));
        unmatched = Contributions.invoiceOf(TENANT, YEAR, c.getString("name"));
    }

    @Test
    public void aStatementPaysOnceAndAReturnReopens() {
        String unique = Contributions.unique();
        String statement = CamtFixture.v02().account(iban).ids("IT-" + unique, "S-" + unique)
                .credit(Statements.amount(paid.getJsonNumber("amountCents").longValue()), paid.getString("number"),
                        null, "Dorpsraad Afschrift", "NL02RABO0000000011")
                .batch(Statements.amount(returned.getJsonNumber("amountCents").longValue()),
                        new String[] { Statements.amount(returned.getJsonNumber("amountCents").longValue()),
                                returned.getString("number"), "Gestorneerd", "NL02RABO0000000012" })
                .credit("13.37", null, "gift voor het dorpsfeest", "Gulle Gever", "NL02RABO0000000013").xml();
        JsonObject summary = Statements.imported(TENANT, statement);
        assertFalse(summary.getBoolean("alreadyImported"));
        assertEquals(3, summary.getInt("entries"));
        assertEquals(2, summary.getInt("matched"));
        assertEquals(1, summary.getInt("review"));
        assertEquals("PAID", status(paid));
        assertEquals("PAID", status(returned));

        JsonObject again = Statements.imported(TENANT, statement);
        assertTrue(again.getBoolean("alreadyImported"));
        assertEquals(summary.getString("statementId"), again.getString("statementId"));
        assertEquals("1", Database.single("select count(*) from bank_statement where tenant_id = ? and message_id = ?",
                TENANT, "IT-" + unique));

        JsonObject back = Statements
                .imported(TENANT,
                        CamtFixture.v08().account(iban).ids("IT-R-" + unique, "S-R")
                                .returned(Statements.amount(returned.getJsonNumber("amountCents").longValue()),
                                        returned.getString("number"), "MD06", "Gestorneerd", "NL02RABO0000000012")
                                .xml());
        assertEquals(1, back.getInt("returned"));
        assertEquals("OPEN", status(returned));
        Api.Reply entries = ADMIN.get(Statements.base(TENANT) + "/" + back.getString("statementId") + "/entries");
        assertEquals(200, entries.status(), entries.body());
        JsonObject entry = entries.json().getJsonArray("items").getJsonObject(0);
        assertEquals("RETURNED", entry.getString("matchStatus"));
        assertEquals("Terugboeking op verzoek van de betaler", entry.getString("returnReasonText"));
        assertEquals("1", Database.single("select count(*) from payment_reversal where tenant_id = ? and invoice_id ="
                + " ?::uuid and reason_code = 'MD06'", TENANT, returned.getString("id")));
    }

    @Test
    public void theTreasurerAssignsWhatWaitsForReview() {
        String unique = Contributions.unique();
        Statements.imported(TENANT,
                CamtFixture.v08().account(iban).ids("IT-A-" + unique, "S-A")
                        .credit(Statements.amount(unmatched.getJsonNumber("amountCents").longValue()), null,
                                "contributie " + unique, "Handmatig", "NL02RABO0000000014")
                        .credit("1.00", null, "rente " + unique, null, null).xml());
        Api.Reply review = ADMIN.get(Statements.base(TENANT) + "/review");
        assertEquals(200, review.status(), review.body());
        JsonObject toAssign = null;
        JsonObject toIgnore = null;
        for (var item : review.json().getJsonArray("items")) {
            JsonObject entry = item.asJsonObject();
            if (("contributie " + unique).equals(entry.getString("remittance", ""))) {
                toAssign = entry;
            } else if (("rente " + unique).equals(entry.getString("remittance", ""))) {
                toIgnore = entry;
            }
        }
        assertTrue(toAssign != null && toIgnore != null, review.body());
        Api.Reply assigned = ADMIN.postJson(
                Statements.base(TENANT) + "/entries/" + toAssign.getString("id") + "/assign",
                "{\"invoiceId\":\"" + unmatched.getString("id") + "\"}");
        assertEquals(200, assigned.status(), assigned.body());
        assertEquals("MANUAL", assigned.json().getString("matchedBy"));
        assertEquals("PAID", status(unmatched));
        Api.Reply twice = ADMIN.postJson(Statements.base(TENANT) + "/entries/" + toAssign.getString("id") + "/assign",
                "{\"invoiceId\":\"" + unmatched.getString("id") + "\"}");
        assertEquals("STATEMENT_ENTRY_RESOLVED", twice.code(), twice.body());
        Api.Reply ignored = ADMIN.postJson(Statements.base(TENANT) + "/entries/" + toIgnore.getString("id") + "/ignore",
                "{}");
        assertEquals(200, ignored.status(), ignored.body());
        assertEquals("IGNORED", ignored.json().getString("matchStatus"));
        assertEquals("1", Database.single(
                "select count(*) from audit_entry where tenant_id = ? and entity_id = ?" + " and action = 'ASSIGN'",
                TENANT, toAssign.getString("id")));
    }

    @Test
    public void badStatementsAreRefusedWithTheirCode() {
        String other = CamtFixture.v02().account("NL69INGB0123456789").ids("IT-X-" + Contributions.unique(), "S")
                .credit("1.00", null, "x", null, null).xml();
        Api.Reply wrongAccount = Statements.upload(Contributions.admin(TENANT), TENANT, other);
        assertEquals(422, wrongAccount.status(), wrongAccount.body());
        assertEquals("STATEMENT_WRONG_ACCOUNT", wrongAccount.code());
        Api.Reply pain = Statements.upload(Contributions.admin(TENANT), TENANT,
                "<Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:pain.008.001.02\"/>");
        assertEquals(400, pain.status(), pain.body());
        assertEquals("STATEMENT_FORMAT", pain.code());
        Api.Reply xxe = Statements.upload(Contributions.admin(TENANT), TENANT, "<?xml version=\"1.0\"?><!DOCTYPE d ["
                + "<!ENTITY x SYSTEM \"file:///etc/passwd\">]><Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:"
                + "camt.053.001.02\"><BkToCstmrStmt><GrpHdr><MsgId>&x;</MsgId></GrpHdr></BkToCstmrStmt></Document>");
        assertEquals(400, xxe.status(), xxe.body());
        assertEquals("STATEMENT_INVALID", xxe.code());
        assertFalse(xxe.body().contains("root:"));
        Api.Reply invalid = Statements.upload(Contributions.admin(TENANT), TENANT,
                CamtFixture.v08().account(iban).credit("1.001", null, "x", null, null).xml());
        assertEquals(400, invalid.status(), invalid.body());
        assertEquals("STATEMENT_INVALID", invalid.code());
        assertTrue(invalid.body().contains("regel "), invalid.body());
    }

    private static String status(JsonObject invoice) {
        return Database.single("select status from invoice where tenant_id = ? and id = ?::uuid", TENANT,
                invoice.getString("id"));
    }
}

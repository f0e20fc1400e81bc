package nl.dorpskracht.system.contributions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import nl.dorpskracht.system.support.Api;
import nl.dorpskracht.system.support.Contributions;
import nl.dorpskracht.system.support.Database;
import nl.dorpskracht.system.support.Statements;
import nl.dorpskracht.testsupport.CamtFixture;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The whole money loop across its parts, over HTTP: a run's direct-debit file collects two mandates as first
 * collections, a bank statement shows both paid, the next statement shows both returned (insufficient funds; account
 * closed), which reopens both invoices and flags both mandates; the next year's file collects the first again as a
 * first collection and leaves the closed account out until the treasurer confirms its mandate.
 */
public class ReturnedCollectionIT {

    private static final String TENANT = "ovkk";
    private static final int FIRST_YEAR = Contributions.THIS_YEAR - 4;
    private static final int NEXT_YEAR = Contributions.THIS_YEAR - 3;
    private static final Api ADMIN = Api.as(Contributions.admin(TENANT));

    @Test
    public void aReturnedFirstCollectionIsCollectedFirstAgainAndAClosedAccountWaitsForTheTreasurer() throws Exception {
        String iban = Statements.ownIban(TENANT, "NL02ABNA0123456789");
        JsonObject plan = Contributions.plan(TENANT, "Storno " + Contributions.unique(), "FLAT", 1850);
        JsonObject short_ = Contributions.member(TENANT, "Dorpsraad Krap bij Kas", "Raalte", 300);
        JsonObject closed = Contributions.member(TENANT, "Dorpsraad Rekening Opgeheven", "Raalte", 300);
        for (JsonObject member : List.of(short_, closed)) {
            Contributions.assign(TENANT, member, plan, null);
            mandate(member, "STORNO-" + Contributions.unique().toUpperCase(java.util.Locale.ROOT));
        }

        Document first = file(Contributions.run(TENANT, FIRST_YEAR).getString("id"));
        Map<String, String> firstSequences = sequences(first);
        String shortFirst = number(short_, FIRST_YEAR);
        String closedFirst = number(closed, FIRST_YEAR);
        assertEquals("FRST", firstSequences.get(shortFirst));
        assertEquals("FRST", firstSequences.get(closedFirst));

        String unique = Contributions.unique();
        String amount = Statements.amount(1850);
        JsonObject paid = Statements.imported(TENANT,
                CamtFixture.v02().account(iban).ids("RC-" + unique, "S-1")
                        .batch(Statements.amount(3700),
                                new String[] { amount, shortFirst, "Krap bij Kas", "NL91ABNA0417164300" },
                                new String[] { amount, closedFirst, "Opgeheven", "NL91ABNA0417164300" })
                        .xml());
        assertEquals(2, paid.getInt("matched"), paid.toString());
        assertEquals("PAID", status(short_, FIRST_YEAR));

        JsonObject back = Statements.imported(TENANT,
                CamtFixture.v08().account(iban).ids("RC-R-" + unique, "S-2")
                        .returned(amount, shortFirst, "AM04", "Krap bij Kas", "NL91ABNA0417164300")
                        .returned(amount, closedFirst, "AC04", "Opgeheven", "NL91ABNA0417164300").xml());
        assertEquals(2, back.getInt("returned"), back.toString());
        assertEquals("OPEN", status(short_, FIRST_YEAR));
        assertEquals("OPEN", status(closed, FIRST_YEAR));
        assertEquals("AM04", mandateOf(short_).getString("returnedReason"));
        String invoiceId = Database.single("select id from invoice where tenant_id = ? and number = ?", TENANT,
                shortFirst);
        Api.Reply detail = ADMIN.get(Contributions.base(TENANT) + "/invoices/" + invoiceId);
        assertEquals(200, detail.status(), detail.body());
        JsonObject returned = detail.json().getJsonArray("returns").getJsonObject(0);
        assertEquals("AM04", returned.getString("reasonCode"));
        assertEquals(1850, returned.getInt("amountCents"));
        assertTrue(returned.getString("reason").toLowerCase(java.util.Locale.ROOT).contains("saldo"),
                returned.toString());
        assertEquals("AC04", mandateOf(closed).getString("returnedReason"));

        String nextRun = Contributions.run(TENANT, NEXT_YEAR).getString("id");
        Map<String, String> next = sequences(file(nextRun));
        assertEquals("FRST", next.get(number(short_, NEXT_YEAR)), "its only collection came back: first again");
        assertFalse(next.containsKey(number(closed, NEXT_YEAR)), "a closed account is not collected from");

        JsonObject mandate = mandateOf(closed);
        mandate(closed, mandate.getString("reference"));
        JsonObject confirmed = mandateOf(closed);
        assertTrue(!confirmed.containsKey("returnedReason") || confirmed.isNull("returnedReason"),
                "confirming the mandate clears its flag: " + confirmed);
        assertEquals("FRST", sequences(file(nextRun)).get(number(closed, NEXT_YEAR)));
    }

    private static void mandate(JsonObject member, String reference) {
        Api.Reply reply = ADMIN.putJson(Contributions.base(TENANT) + "/mandates/" + member.getString("id"),
                "{\"iban\":\"NL91ABNA0417164300\",\"reference\":\"" + reference + "\",\"signedOn\":\"2020-02-01\"}");
        assertEquals(200, reply.status(), reply.body());
    }

    private static JsonObject mandateOf(JsonObject member) {
        Api.Reply reply = ADMIN.get(Contributions.base(TENANT) + "/mandates/" + member.getString("id"));
        assertEquals(200, reply.status(), reply.body());
        return reply.json();
    }

    private static String number(JsonObject member, int year) {
        return Database.single("select number from invoice where tenant_id = ? and year = ? and member_id = ?::uuid",
                TENANT, year, member.getString("id"));
    }

    private static String status(JsonObject member, int year) {
        return Database.single("select status from invoice where tenant_id = ? and year = ? and member_id = ?::uuid",
                TENANT, year, member.getString("id"));
    }

    /** The run's file, valid against the schema of the version the creditor chose. */
    private static Document file(String runId) throws Exception {
        Contributions.Binary file = Contributions.bytes(Contributions.admin(TENANT),
                Contributions.base(TENANT) + "/runs/" + runId + "/sepa");
        assertEquals(200, file.status(), new String(file.body()));
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document xml = factory.newDocumentBuilder().parse(new ByteArrayInputStream(file.body()));
        String version = xml.getDocumentElement().getNamespaceURI().replace("urn:iso:std:iso:20022:tech:xsd:", "");
        SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
                .newSchema(ReturnedCollectionIT.class.getResource("/sepa/" + version + ".xsd")).newValidator()
                .validate(new StreamSource(new ByteArrayInputStream(file.body())));
        return xml;
    }

    /** Each transaction's end-to-end id (the invoice number) with the sequence type of its block. */
    private static Map<String, String> sequences(Document xml) {
        String namespace = xml.getDocumentElement().getNamespaceURI();
        Map<String, String> sequences = new HashMap<>();
        NodeList transactions = xml.getElementsByTagNameNS(namespace, "DrctDbtTxInf");
        for (int i = 0; i < transactions.getLength(); i++) {
            Element transaction = (Element) transactions.item(i);
            Element block = (Element) transaction.getParentNode();
            sequences.put(transaction.getElementsByTagNameNS(namespace, "EndToEndId").item(0).getTextContent(),
                    block.getElementsByTagNameNS(namespace, "SeqTp").item(0).getTextContent());
        }
        return sequences;
    }
}

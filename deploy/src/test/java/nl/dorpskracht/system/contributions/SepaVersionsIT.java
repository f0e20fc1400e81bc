package nl.dorpskracht.system.contributions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
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
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Two years of direct debits of one association, whose bank moves from pain.008.001.08 to .001.02 in between: both
 * files valid against their ISO 20022 schemas ({@code /sepa/pain.008.001.08.xsd} is ISO's published schema as shipped
 * in hbci4j-core 4.1.7 on Maven Central), FRST in the first year and RCUR in the next, a changed IBAN sent as an
 * amendment with the original account, a returned first collection FRST again, a mandate returned as closed left out
 * until it is confirmed, and structured addresses without {@code AdrLine}.
 */
public class SepaVersionsIT {

    private static final String TENANT = "zhvkk";
    private static final String V02 = "urn:iso:std:iso:20022:tech:xsd:pain.008.001.02";
    private static final String V08 = "urn:iso:std:iso:20022:tech:xsd:pain.008.001.08";
    private static final int FIRST_YEAR = Contributions.THIS_YEAR - 10;
    private static final int NEXT_YEAR = Contributions.THIS_YEAR - 8;
    private static final Api ADMIN = Api.as(Contributions.admin(TENANT));
    private static JsonObject steady;
    private static JsonObject moved;
    private static JsonObject bounced;
    private static JsonObject closed;
    private static Document first;
    private static byte[] firstAgain;
    private static Document next;

    @BeforeAll
    public static void twoYears() throws Exception {
        creditor("001.08");
        assertEquals("001.08", ADMIN.get(Contributions.base(TENANT) + "/creditor").json().getString("painVersion"));
        JsonObject plan = Contributions.plan(TENANT, "Versies " + Contributions.unique(), "FLAT", 3750);
        steady = Contributions.member(TENANT, "Dorpsraad Vast", "Gouda", 400);
        moved = Contributions.member(TENANT, "Dorpsraad Verhuisd", "Gouda", 400);
        bounced = Contributions.member(TENANT, "Dorpsraad Teruggeboekt", "Gouda", 400);
        closed = Contributions.member(TENANT, "Dorpsraad Opgeheven", "Gouda", 400);
        for (JsonObject member : List.of(steady, moved, bounced, closed)) {
            Contributions.assign(TENANT, member, plan, null);
            mandate(member, "NL91ABNA0417164300", "VERS-" + Contributions.unique());
        }

        String firstRun = Contributions.run(TENANT, FIRST_YEAR).getString("id");
        first = parse(download(firstRun), "/sepa/pain.008.001.08.xsd");
        firstAgain = download(firstRun);

        // what the DirectDebitReturned observer writes when a bank statement shows the collection returned
        Database.execute("update mandate_collection set returned_at = current_date, return_reason = 'MS02'"
                + " where tenant_id = ? and member_id = ?::uuid", TENANT, bounced.getString("id"));
        Database.execute("update sepa_mandate set returned_reason = 'AC04', returned_on = current_date"
                + " where tenant_id = ? and member_id = ?::uuid", TENANT, closed.getString("id"));
        String reference = ADMIN.get(Contributions.base(TENANT) + "/mandates/" + moved.getString("id")).json()
                .getString("reference");
        mandate(moved, "NL02ABNA0123456789", reference);

        creditor("001.02");
        next = parse(download(Contributions.run(TENANT, NEXT_YEAR).getString("id")), "/sepa/pain.008.001.02.xsd");
    }

    @Test
    public void theFirstYearIsPain00800108WithEveryMandateFirst() {
        assertEquals(V08, first.getDocumentElement().getNamespaceURI());
        Map<String, Element> transactions = transactions(first, V08);
        for (JsonObject member : List.of(steady, moved, bounced, closed)) {
            assertEquals("FRST", sequence(transactions, number(member, FIRST_YEAR), V08), member.getString("name"));
        }
        assertEquals(first.getElementsByTagNameNS(V08, "PmtInf").getLength(),
                first.getElementsByTagNameNS(V08, "BICFI").getLength(), "the creditor's bank in .08 terms, per block");
        assertEquals(0, first.getElementsByTagNameNS(V08, "BIC").getLength());
        for (JsonObject member : List.of(steady, moved, bounced, closed)) {
            assertEquals("1",
                    Database.single("select count(*) from mandate_collection c join invoice i on"
                            + " i.tenant_id = c.tenant_id and i.id = c.invoice_id where c.tenant_id = ? and i.year = ?"
                            + " and c.member_id = ?::uuid", TENANT, FIRST_YEAR, member.getString("id")),
                    "one collection per invoice, however often the file is downloaded");
        }
    }

    @Test
    public void aSecondDownloadGivesTheSameSequencesAndWritesNoHistory() throws Exception {
        Document again = parse(firstAgain, "/sepa/pain.008.001.08.xsd");
        Map<String, Element> before = transactions(first, V08);
        Map<String, Element> after = transactions(again, V08);
        assertEquals(before.keySet(), after.keySet());
        for (String number : before.keySet()) {
            assertEquals(sequence(before, number, V08), sequence(after, number, V08), number);
        }
    }

    @Test
    public void theDebtorsAddressIsStructuredAndNeverAnAddressLine() {
        Element address = (Element) transactions(first, V08).get(number(steady, FIRST_YEAR))
                .getElementsByTagNameNS(V08, "PstlAdr").item(0);
        assertEquals("Dorpsstraat", text(address, V08, "StrtNm"));
        assertEquals("1", text(address, V08, "BldgNb"));
        assertEquals("1234 AB", text(address, V08, "PstCd"));
        assertEquals("Testkern", text(address, V08, "TwnNm"));
        assertEquals("NL", text(address, V08, "Ctry"));
        assertEquals(0, first.getElementsByTagNameNS(V08, "AdrLine").getLength());
        assertEquals(0, next.getElementsByTagNameNS(V02, "AdrLine").getLength());
        Map<String, Element> transactions = transactions(next, V02);
        for (JsonObject member : List.of(steady, moved, bounced)) {
            assertEquals(1,
                    transactions.get(number(member, NEXT_YEAR)).getElementsByTagNameNS(V02, "PstlAdr").getLength());
        }
    }

    @Test
    public void theNextYearIsPain00800102RecurrentExceptTheReturnedFirstCollection() {
        assertEquals(V02, next.getDocumentElement().getNamespaceURI());
        Map<String, Element> transactions = transactions(next, V02);
        assertEquals("RCUR", sequence(transactions, number(steady, NEXT_YEAR)));
        assertEquals("RCUR", sequence(transactions, number(moved, NEXT_YEAR)), "same bank: still recurrent");
        assertEquals("FRST", sequence(transactions, number(bounced, NEXT_YEAR)), "its first collection came back");
        assertFalse(transactions.containsKey(number(closed, NEXT_YEAR)), "a closed account is not collected again");

        NodeList blocks = next.getElementsByTagNameNS(V02, "PmtInf");
        assertEquals(2, blocks.getLength(), "one block per sequence type");
        assertFalse(text((Element) blocks.item(0), V02, "SeqTp").equals(text((Element) blocks.item(1), V02, "SeqTp")));
        Element header = (Element) next.getElementsByTagNameNS(V02, "GrpHdr").item(0);
        int count = 0;
        BigDecimal sum = BigDecimal.ZERO;
        for (int i = 0; i < blocks.getLength(); i++) {
            count += Integer.parseInt(text((Element) blocks.item(i), V02, "NbOfTxs"));
            sum = sum.add(new BigDecimal(text((Element) blocks.item(i), V02, "CtrlSum")));
        }
        assertEquals(String.valueOf(count), text(header, V02, "NbOfTxs"));
        assertEquals(0, sum.compareTo(new BigDecimal(text(header, V02, "CtrlSum"))));
        assertEquals(0, next.getElementsByTagNameNS(V02, "BICFI").getLength());
    }

    @Test
    public void aNewIbanIsAnAmendmentCarryingTheOriginalAccount() {
        Map<String, Element> transactions = transactions(next, V02);
        Element amended = transactions.get(number(moved, NEXT_YEAR));
        assertEquals("true", text(amended, V02, "AmdmntInd"));
        Element original = (Element) amended.getElementsByTagNameNS(V02, "OrgnlDbtrAcct").item(0);
        assertEquals("NL91ABNA0417164300", text(original, V02, "IBAN"));
        assertEquals("NL02ABNA0123456789",
                text((Element) amended.getElementsByTagNameNS(V02, "DbtrAcct").item(0), V02, "IBAN"));
        assertEquals(0,
                transactions.get(number(steady, NEXT_YEAR)).getElementsByTagNameNS(V02, "AmdmntInd").getLength());
    }

    @Test
    public void aFlaggedMandateShowsItsReturnUntilItIsConfirmed() {
        String path = Contributions.base(TENANT) + "/mandates/" + closed.getString("id");
        JsonObject flagged = ADMIN.get(path).json();
        assertEquals("AC04", flagged.getString("returnedReason"));
        mandate(closed, flagged.getString("iban"), flagged.getString("reference"));
        JsonObject confirmed = ADMIN.get(path).json();
        assertTrue(!confirmed.containsKey("returnedReason") || confirmed.isNull("returnedReason"),
                confirmed.toString());
        assertEquals("1",
                Database.single(
                        "select count(*) from audit_entry where tenant_id = ? and entity_id = ?"
                                + " and action = 'UPDATE' and changes::text like '%returnedReason%'",
                        TENANT, closed.getString("id")));
    }

    @Test
    public void anUnknownFileFormatIsAFieldError() {
        Api.Reply reply = ADMIN.putJson(Contributions.base(TENANT) + "/creditor", body("pain.001.001.09"));
        assertEquals(422, reply.status(), reply.body());
        assertEquals("VALIDATION_FAILED", reply.code());
        assertTrue(reply.body().contains("painVersion"), reply.body());
    }

    private static void creditor(String version) {
        Api.Reply reply = ADMIN.putJson(Contributions.base(TENANT) + "/creditor", body(version));
        assertEquals(200, reply.status(), reply.body());
        assertEquals(version, reply.json().getString("painVersion"));
    }

    private static String body(String version) {
        return "{\"name\":\"Zuid-Hollandse Vereniging Kleine Kernen\",\"iban\":\"NL39RABO0300065264\","
                + "\"bic\":\"RABONL2U\",\"creditorId\":\"NL20ZZZ999999999990000\",\"painVersion\":\"" + version + "\"}";
    }

    private static void mandate(JsonObject member, String iban, String reference) {
        Api.Reply reply = ADMIN.putJson(Contributions.base(TENANT) + "/mandates/" + member.getString("id"),
                "{\"iban\":\"" + iban + "\",\"reference\":\"" + reference + "\",\"signedOn\":\"2024-02-01\"}");
        assertEquals(200, reply.status(), reply.body());
    }

    private static byte[] download(String runId) {
        Contributions.Binary file = Contributions.bytes(Contributions.admin(TENANT),
                Contributions.base(TENANT) + "/runs/" + runId + "/sepa");
        assertEquals(200, file.status(), new String(file.body()));
        return file.body();
    }

    private static Document parse(byte[] file, String schema) throws Exception {
        SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
                .newSchema(SepaVersionsIT.class.getResource(schema)).newValidator()
                .validate(new StreamSource(new ByteArrayInputStream(file)));
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(file));
    }

    /** The file's transactions by end-to-end id (the invoice number). */
    private static Map<String, Element> transactions(Document xml, String namespace) {
        Map<String, Element> byEndToEnd = new HashMap<>();
        NodeList all = xml.getElementsByTagNameNS(namespace, "DrctDbtTxInf");
        for (int i = 0; i < all.getLength(); i++) {
            Element transaction = (Element) all.item(i);
            byEndToEnd.put(text(transaction, namespace, "EndToEndId"), transaction);
        }
        return byEndToEnd;
    }

    /** The sequence type of the block that holds the transaction. */
    private static String sequence(Map<String, Element> transactions, String number) {
        return sequence(transactions, number, V02);
    }

    private static String sequence(Map<String, Element> transactions, String number, String namespace) {
        Element block = (Element) transactions.get(number).getParentNode();
        return text(block, namespace, "SeqTp");
    }

    private static String number(JsonObject member, int year) {
        return Database.single("select number from invoice where tenant_id = ? and year = ? and member_id = ?::uuid",
                TENANT, year, member.getString("id"));
    }

    private static String text(Element parent, String namespace, String name) {
        return parent.getElementsByTagNameNS(namespace, name).item(0).getTextContent();
    }
}

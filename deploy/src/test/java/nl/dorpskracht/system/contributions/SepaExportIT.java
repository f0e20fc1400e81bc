package nl.dorpskracht.system.contributions;

import nl.dorpskracht.system.support.Api;
import nl.dorpskracht.system.support.Contributions;
import nl.dorpskracht.system.support.Database;
import static org.junit.jupiter.api.Assertions.assertEquals;
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
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The SEPA direct-debit export of a run: valid against the official ISO 20022 pain.008.001.02 schema, with the group
 * header's and the payment block's count and control sum equal to the run's open invoices whose payer has a mandate.
 */
public class SepaExportIT {

    private static final String TENANT = "vkkl";
    private static final String NAMESPACE = "urn:iso:std:iso:20022:tech:xsd:pain.008.001.02";
    private static final int YEAR = Contributions.THIS_YEAR - 4;
    private static final Api ADMIN = Api.as(Contributions.admin(TENANT));
    private static JsonObject withMandate;
    private static JsonObject partlyPaid;
    private static JsonObject fullyPaid;
    private static JsonObject withoutMandate;
    private static String runId;

    @BeforeAll
    public static void arrange() {
        Api.Reply creditor = ADMIN.putJson(Contributions.base(TENANT) + "/creditor",
                "{\"name\":\"Vereniging Kleine"
                        + " Kernen Limburg\",\"iban\":\"NL39 RABO 0300 0652 64\",\"bic\":\"RABONL2U\","
                        + "\"creditorId\":\"NL20ZZZ999999999990000\"}");
        assertEquals(200, creditor.status(), creditor.body());
        JsonObject plan = Contributions.plan(TENANT, "Incasso " + Contributions.unique(), "FLAT", 4250);
        withMandate = Contributions.member(TENANT, "Zorgcoöperatie Incasso", "Venlo", 500);
        partlyPaid = Contributions.member(TENANT, "Dorpsraad Deels Betaald", "Venlo", 500);
        fullyPaid = Contributions.member(TENANT, "Dorpsraad Betaald", "Venlo", 500);
        withoutMandate = Contributions.member(TENANT, "Dorpsraad Zonder Machtiging", "Venlo", 500);
        int n = 0;
        for (JsonObject member : List.of(withMandate, partlyPaid, fullyPaid, withoutMandate)) {
            Contributions.assign(TENANT, member, plan, null);
            if (member != withoutMandate) {
                n++;
                Api.Reply mandate = ADMIN.putJson(Contributions.base(TENANT) + "/mandates/" + member.getString("id"),
                        "{\"iban\":\"NL91 ABNA 0417 1643 00\",\"reference\":\"INC-" + Contributions.unique() + "-" + n
                                + "\",\"signedOn\":\"2024-03-0" + n + "\"}");
                assertEquals(200, mandate.status(), mandate.body());
            }
        }
        runId = Contributions.run(TENANT, YEAR).getString("id");
        pay(partlyPaid, 1250);
        pay(fullyPaid, 4250);
    }

    @Test
    public void theFileIsValidPain008AndItsTotalsAreTheOpenInvoicesWithAMandate() throws Exception {
        Contributions.Binary file = Contributions.bytes(Contributions.admin(TENANT),
                Contributions.base(TENANT) + "/runs/" + runId + "/sepa");
        assertEquals(200, file.status(), new String(file.body()));
        assertTrue(file.contentType().startsWith("application/xml"), file.contentType());

        SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
                .newSchema(SepaExportIT.class.getResource("/sepa/pain.008.001.02.xsd")).newValidator()
                .validate(new StreamSource(new ByteArrayInputStream(file.body())));

        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document xml = factory.newDocumentBuilder().parse(new ByteArrayInputStream(file.body()));
        assertEquals(NAMESPACE, xml.getDocumentElement().getNamespaceURI());
        Element header = (Element) xml.getElementsByTagNameNS(NAMESPACE, "GrpHdr").item(0);
        NodeList blocks = xml.getElementsByTagNameNS(NAMESPACE, "PmtInf");
        NodeList transactions = xml.getElementsByTagNameNS(NAMESPACE, "DrctDbtTxInf");

        // what the database says is to be collected: open invoices of the run whose member has a mandate
        List<String> expected = Database.rows("select i.number, i.amount_cents - i.paid_cents from invoice i"
                + " join sepa_mandate s on s.tenant_id = i.tenant_id and s.member_id = i.member_id"
                + " where i.tenant_id = ? and i.run_id = ?::uuid and i.status = 'OPEN'"
                + " and coalesce(s.returned_reason, '') not in ('AC04', 'AC06', 'MD01', 'MD07')" + " order by i.number",
                TENANT, runId);
        long expectedCents = expected.stream().mapToLong(row -> Long.parseLong(row.split("\\|")[1])).sum();
        assertEquals(String.valueOf(expected.size()), text(header, "NbOfTxs"));
        // one payment block per sequence type (demo mandates collected by earlier tests are RCUR), together the run
        long blockCount = 0;
        BigDecimal blockSum = BigDecimal.ZERO;
        for (int i = 0; i < blocks.getLength(); i++) {
            blockCount += Long.parseLong(text((Element) blocks.item(i), "NbOfTxs"));
            blockSum = blockSum.add(new BigDecimal(text((Element) blocks.item(i), "CtrlSum")));
        }
        assertEquals(expected.size(), blockCount);
        assertEquals(expected.size(), transactions.getLength());
        assertEquals(0, new BigDecimal(text(header, "CtrlSum")).compareTo(BigDecimal.valueOf(expectedCents, 2)));
        assertEquals(0, blockSum.compareTo(BigDecimal.valueOf(expectedCents, 2)));

        Map<String, Element> byEndToEnd = new HashMap<>();
        long sum = 0;
        for (int i = 0; i < transactions.getLength(); i++) {
            Element transaction = (Element) transactions.item(i);
            byEndToEnd.put(text(transaction, "EndToEndId"), transaction);
            sum += new BigDecimal(text(transaction, "InstdAmt")).movePointRight(2).longValueExact();
        }
        assertEquals(expectedCents, sum);
        assertEquals(expected.stream().map(row -> row.split("\\|")[0]).sorted().toList(),
                byEndToEnd.keySet().stream().sorted().toList(), "end-to-end ids are the invoice numbers");

        Element mine = byEndToEnd.get(number(withMandate));
        assertEquals("42.50", text(mine, "InstdAmt"));
        assertEquals("NL91ABNA0417164300", text(mine, "IBAN"));
        assertEquals("2024-03-01", text(mine, "DtOfSgntr"));
        assertTrue(text(mine, "MndtId").startsWith("INC-"));
        assertTrue(text(mine, "Nm").startsWith("Zorgcooperatie Incasso"), "accents dropped for the bank");
        assertEquals("30.00", text(byEndToEnd.get(number(partlyPaid)), "InstdAmt"), "what is still open");
        assertTrue(!byEndToEnd.containsKey(number(fullyPaid)) && !byEndToEnd.containsKey(number(withoutMandate)));
        Element payment = (Element) mine.getParentNode();
        assertEquals("FRST", text(payment, "SeqTp"), "a new mandate's first collection");
        assertEquals(payment, byEndToEnd.get(number(partlyPaid)).getParentNode());
        assertEquals("Dorpsstraat", text(mine, "StrtNm"));
        assertEquals(0, xml.getElementsByTagNameNS(NAMESPACE, "AdrLine").getLength(), "structured addresses only");
        assertEquals("CORE", text((Element) payment.getElementsByTagNameNS(NAMESPACE, "LclInstrm").item(0), "Cd"));
        assertEquals("NL20ZZZ999999999990000",
                text((Element) ((Element) payment.getElementsByTagNameNS(NAMESPACE, "CdtrSchmeId").item(0))
                        .getElementsByTagNameNS(NAMESPACE, "Othr").item(0), "Id"));
        assertEquals("1", Database.single("select count(*) from audit_entry where tenant_id = ? and entity_id = ?"
                + " and action = 'EXPORT_SEPA'", TENANT, runId));
    }

    @Test
    public void withoutCreditorSettingsThereIsNoFile() {
        JsonObject run = Contributions.run("lvkk", YEAR);
        Api.Reply reply = Api.as("admin@lvkk.demo")
                .get(Contributions.base("lvkk") + "/runs/" + run.getString("id") + "/sepa");
        assertEquals(409, reply.status(), reply.body());
        assertEquals("CREDITOR_MISSING", reply.code());
    }

    private static void pay(JsonObject member, long cents) {
        JsonObject invoice = Contributions.invoiceOf(TENANT, YEAR, member.getString("name"));
        Api.Reply reply = ADMIN.postJson(
                Contributions.base(TENANT) + "/invoices/" + invoice.getString("id") + "/payments",
                "{\"amountCents\":" + cents + "}");
        assertEquals(200, reply.status(), reply.body());
    }

    private static String number(JsonObject member) {
        return Database.single("select number from invoice where tenant_id = ? and year = ? and member_id = ?::uuid",
                TENANT, YEAR, member.getString("id"));
    }

    private static String text(Element parent, String name) {
        return parent.getElementsByTagNameNS(NAMESPACE, name).item(0).getTextContent();
    }
}

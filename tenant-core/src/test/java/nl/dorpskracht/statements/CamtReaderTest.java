package nl.dorpskracht.statements;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import nl.dorpskracht.platform.problem.ProblemCode;
import nl.dorpskracht.testsupport.CamtFixture;
import nl.dorpskracht.platform.problem.ProblemException;
import nl.dorpskracht.statements.control.CamtReader;
import nl.dorpskracht.statements.entity.ParsedStatement;
import nl.dorpskracht.statements.entity.StatementLine;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class CamtReaderTest {

    @ParameterizedTest
    @ValueSource(strings = { "02", "08" })
    void readsBothVersionsWithABatchOfSeveralCollections(String version) {
        CamtFixture fixture = "02".equals(version) ? CamtFixture.v02() : CamtFixture.v08();
        ParsedStatement read = CamtReader.read(fixture
                .credit("25.00", "2027-000001", "Contributie", "Dorpsraad Oost", "NL02RABO0123456789")
                .batch("60.00", new String[] { "35.00", "2027-000002", "Vereniging West", "NL44RABO0123456789" },
                        new String[] { "25.00", "2027-000003", "Stichting Noord", "NL69INGB0123456789" })
                .returned("35.00", "2027-000002", "AM04", "Vereniging West", "NL44RABO0123456789")
                .debit("4.50", "Bankkosten").bytes());
        assertEquals("camt.053.001." + version, read.format());
        assertEquals(CamtFixture.OWN_IBAN, read.accountIban());
        assertEquals(100_000L, read.openingCents());
        assertEquals(120_000L, read.closingCents());
        assertEquals(5, read.lines().size(), "the batch shows its two collections");
        StatementLine first = read.lines().get(0);
        assertEquals(2500, first.amountCents());
        assertTrue(first.credit());
        assertEquals("2027-000001", first.endToEndId());
        assertEquals("Dorpsraad Oost", first.counterpartyName());
        assertEquals("NL02RABO0123456789", first.counterpartyIban());
        assertFalse(first.directDebit());
        StatementLine collection = read.lines().get(2);
        assertEquals(2500, collection.amountCents());
        assertTrue(collection.directDebit());
        assertEquals("PMNT/IDDT/ESDD", collection.bankTransactionCode());
        StatementLine returned = read.lines().get(3);
        assertTrue(returned.returned());
        assertEquals("AM04", returned.returnReason());
        assertEquals("Vereniging West", returned.counterpartyName());
        StatementLine costs = read.lines().get(4);
        assertFalse(costs.credit());
        assertFalse(costs.returned());
        assertNull(costs.endToEndId(), "NOTPROVIDED is no reference");
    }

    @Test
    void anotherMessageTypeIsTheWrongFormat() {
        String pain = "<Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:pain.008.001.02\"><CstmrDrctDbtInitn/>"
                + "</Document>";
        assertEquals(ProblemCode.STATEMENT_FORMAT, refused(pain).code());
        String camt052 = CamtFixture.v02().xml().replace("camt.053.001.02", "camt.053.001.04");
        assertEquals(ProblemCode.STATEMENT_FORMAT, refused(camt052).code());
        assertEquals(ProblemCode.STATEMENT_FORMAT, refused("<html/>").code());
    }

    @Test
    void externalEntitiesAndDtdsAreRefused() {
        String xxe = """
                <?xml version="1.0"?>
                <!DOCTYPE Document [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
                <Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.02"><BkToCstmrStmt><GrpHdr>
                <MsgId>&secret;</MsgId></GrpHdr></BkToCstmrStmt></Document>
                """;
        ProblemException refused = refused(xxe);
        assertEquals(ProblemCode.STATEMENT_INVALID, refused.code());
        assertFalse(refused.getMessage().contains("root:"), "nothing of the file comes back");
    }

    @Test
    void schemaViolationsNameTheirLineAndNotTheValue() {
        String badIndicator = CamtFixture.v08()
                .credit("25.00", "2027-000001", null, "Geheime Naam", "NL02RABO0123456789").xml()
                .replace("<CdtDbtInd>CRDT</CdtDbtInd><Sts>", "<CdtDbtInd>CREDIT</CdtDbtInd><Sts>");
        ProblemException refused = refused(badIndicator);
        assertEquals(ProblemCode.STATEMENT_INVALID, refused.code());
        assertTrue(refused.getMessage().startsWith("regel 15: CdtDbtInd"), refused.getMessage());
        assertFalse(refused.getMessage().contains("Geheime"), "no personal data in the message");
        String threeDecimals = CamtFixture.v02().credit("25.001", "2027-000001", null, null, null).xml();
        assertEquals(ProblemCode.STATEMENT_INVALID, refused(threeDecimals).code());
        String noMessageId = CamtFixture.v02().xml().replace("<MsgId>MSG-1</MsgId>", "");
        assertEquals(ProblemCode.STATEMENT_INVALID, refused(noMessageId).code());
        String foreignElement = CamtFixture.v02().xml().replace("<ElctrncSeqNb>12</ElctrncSeqNb>",
                "<x:Extra xmlns:x=\"urn:other\">1</x:Extra>");
        assertEquals(ProblemCode.STATEMENT_INVALID, refused(foreignElement).code());
        String badIban = CamtFixture.v02().account("NL91 ABNA 0417").xml();
        assertEquals(ProblemCode.STATEMENT_INVALID, refused(badIban).code());
        assertEquals(ProblemCode.STATEMENT_INVALID, refused("<Document").code());
    }

    @Test
    void tooLargeIsRefusedBeforeReading() {
        assertEquals(ProblemCode.STATEMENT_TOO_LARGE,
                assertThrows(ProblemException.class, () -> CamtReader.read(new byte[CamtReader.MAX_BYTES + 1])).code());
    }

    private static ProblemException refused(String xml) {
        return assertThrows(ProblemException.class, () -> CamtReader.read(xml.getBytes(StandardCharsets.UTF_8)));
    }
}

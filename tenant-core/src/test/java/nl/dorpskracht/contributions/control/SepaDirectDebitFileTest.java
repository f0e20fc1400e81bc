package nl.dorpskracht.contributions.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import nl.dorpskracht.contributions.entity.CreditorDetails;
import nl.dorpskracht.contributions.entity.MandateCollection;
import nl.dorpskracht.contributions.entity.PainVersion;
import nl.dorpskracht.contributions.entity.SequenceType;
import org.junit.jupiter.api.Test;

/** The writer's two versions and its structured addresses (schema validity is checked in SepaExportIT). */
class SepaDirectDebitFileTest {

    private static final CreditorDetails CREDITOR = new CreditorDetails("VKKL", "NL39RABO0300065264", "RABONL2U",
            "NL20ZZZ999999999990000");

    @Test
    void aStreetIsSplitIntoNameAndHouseNumberWhereItCanBe() {
        assertEquals(new SepaDirectDebitFile.Address("Dorpsstraat", "12a", "5911AB", "Venlo"),
                SepaDirectDebitFile.Address.of("Dorpsstraat 12a", "5911AB", "Venlo"));
        assertEquals(new SepaDirectDebitFile.Address("Van der Does de Willeboissingel", "7-9", null, "Den Bosch"),
                SepaDirectDebitFile.Address.of(" Van der Does de Willeboissingel 7-9 ", "", "Den Bosch"));
        assertEquals(new SepaDirectDebitFile.Address("Postbus", "12", null, null),
                SepaDirectDebitFile.Address.of("Postbus 12", null, null));
        assertEquals(new SepaDirectDebitFile.Address("Het Hoogveld", null, "6081AA", "Haelen"),
                SepaDirectDebitFile.Address.of("Het Hoogveld", "6081AA", "Haelen"));
        assertNull(SepaDirectDebitFile.Address.of(null, " ", null));
    }

    @Test
    void theVersionsDifferInNamespaceAndTheBanksElementAndSequencesGetABlockEach() {
        List<SepaDirectDebitFile.Collection> collections = List.of(collection("2026-000001", SequenceType.FRST, null),
                collection("2026-000002", SequenceType.RCUR,
                        new MandateCollection.Amendment(null, null, "NL91ABNA0417164300", false)),
                collection("2026-000003", SequenceType.RCUR, null));
        String v02 = file(PainVersion.V02, collections);
        String v08 = file(PainVersion.V08, collections);
        assertTrue(v02.contains("xmlns=\"urn:iso:std:iso:20022:tech:xsd:pain.008.001.02\""));
        assertTrue(v08.contains("xmlns=\"urn:iso:std:iso:20022:tech:xsd:pain.008.001.08\""));
        assertTrue(v02.contains("<BIC>RABONL2U</BIC>") && !v02.contains("BICFI"));
        assertTrue(v08.contains("<BICFI>RABONL2U</BICFI>") && !v08.contains("<BIC>"));
        assertTrue(v02.contains("<PmtInfId>M1-FRST</PmtInfId><PmtMtd>DD</PmtMtd><NbOfTxs>1</NbOfTxs>"), v02);
        assertTrue(v02.contains("<PmtInfId>M1-RCUR</PmtInfId><PmtMtd>DD</PmtMtd><NbOfTxs>2</NbOfTxs>"), v02);
        assertTrue(v02.contains("<AmdmntInd>true</AmdmntInd><AmdmntInfDtls><OrgnlDbtrAcct><Id>"
                + "<IBAN>NL91ABNA0417164300</IBAN></Id></OrgnlDbtrAcct></AmdmntInfDtls>"), v02);
        assertTrue(v08.contains("<PstlAdr><StrtNm>Dorpsstraat</StrtNm><BldgNb>12a</BldgNb><PstCd>5911AB</PstCd>"
                + "<TwnNm>Venlo</TwnNm><Ctry>NL</Ctry></PstlAdr>"), v08);
        assertFalse(v02.contains("AdrLine") || v08.contains("AdrLine"));
    }

    private static SepaDirectDebitFile.Collection collection(String number, SequenceType sequence,
            MandateCollection.Amendment amendment) {
        return new SepaDirectDebitFile.Collection(number, 4250, "Dorpsraad", "NL02ABNA0123456789", null, "M-" + number,
                LocalDate.of(2024, 1, 1), "Contributie", sequence, amendment,
                SepaDirectDebitFile.Address.of("Dorpsstraat 12a", "5911AB", "Venlo"));
    }

    private static String file(PainVersion version, List<SepaDirectDebitFile.Collection> collections) {
        return new String(SepaDirectDebitFile.write(version, "M1", LocalDateTime.of(2026, 12, 4, 10, 0), CREDITOR,
                LocalDate.of(2026, 12, 10), collections), StandardCharsets.UTF_8);
    }
}

package nl.dorpskracht.contributions.control;

import java.io.ByteArrayOutputStream;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import nl.dorpskracht.contributions.entity.CreditorDetails;

/**
 * Writes a SEPA Core direct-debit file in ISO 20022 {@code pain.008.001.02} (the version Dutch banks still accept
 * everywhere) with StAX, in the order the schema prescribes. One payment information block holds every transaction: one
 * creditor account, one collection date, one sequence type.
 *
 * <p>
 * Sequence type: RCUR for every transaction. Since the SEPA rulebook of November 2016 a first collection under a new
 * mandate no longer has to be sent as FRST; RCUR is accepted for first and later collections alike, and it spares us
 * from tracking whether a mandate was ever used (a wrong FRST/RCUR split is a common cause of rejections). One sequence
 * type also keeps a single PmtInf block, whose counts and sum then equal the group header's.
 */
public final class SepaDirectDebitFile {

    public static final String NAMESPACE = "urn:iso:std:iso:20022:tech:xsd:pain.008.001.02";
    public static final String MEDIA_TYPE = "application/xml";

    /** One collection: the invoice it pays and the debtor's mandate. */
    public record Collection(String endToEndId, long amountCents, String debtorName, String iban, String bic,
            String mandateId, LocalDate mandateSignedOn, String remittance) {
    }

    private SepaDirectDebitFile() {
    }

    public static byte[] write(String messageId, LocalDateTime createdAt, CreditorDetails creditor,
            LocalDate collectionDate, List<Collection> collections) {
        long sum = collections.stream().mapToLong(Collection::amountCents).sum();
        String count = String.valueOf(collections.size());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement("Document");
            xml.writeDefaultNamespace(NAMESPACE);
            xml.writeStartElement("CstmrDrctDbtInitn");

            xml.writeStartElement("GrpHdr");
            leaf(xml, "MsgId", messageId);
            leaf(xml, "CreDtTm",
                    createdAt.truncatedTo(ChronoUnit.SECONDS).format(DateTimeFormatter.ISO_LOCAL_DATE_TIME));
            leaf(xml, "NbOfTxs", count);
            leaf(xml, "CtrlSum", Money.decimal(sum));
            xml.writeStartElement("InitgPty");
            leaf(xml, "Nm", text(creditor.name(), 70));
            xml.writeEndElement();
            xml.writeEndElement();

            xml.writeStartElement("PmtInf");
            leaf(xml, "PmtInfId", messageId);
            leaf(xml, "PmtMtd", "DD");
            leaf(xml, "NbOfTxs", count);
            leaf(xml, "CtrlSum", Money.decimal(sum));
            xml.writeStartElement("PmtTpInf");
            xml.writeStartElement("SvcLvl");
            leaf(xml, "Cd", "SEPA");
            xml.writeEndElement();
            xml.writeStartElement("LclInstrm");
            leaf(xml, "Cd", "CORE");
            xml.writeEndElement();
            leaf(xml, "SeqTp", "RCUR");
            xml.writeEndElement();
            leaf(xml, "ReqdColltnDt", collectionDate.toString());
            xml.writeStartElement("Cdtr");
            leaf(xml, "Nm", text(creditor.name(), 70));
            xml.writeEndElement();
            account(xml, "CdtrAcct", creditor.iban());
            agent(xml, "CdtrAgt", creditor.bic());
            leaf(xml, "ChrgBr", "SLEV");
            xml.writeStartElement("CdtrSchmeId");
            xml.writeStartElement("Id");
            xml.writeStartElement("PrvtId");
            xml.writeStartElement("Othr");
            leaf(xml, "Id", creditor.creditorId());
            xml.writeStartElement("SchmeNm");
            leaf(xml, "Prtry", "SEPA");
            xml.writeEndElement();
            xml.writeEndElement();
            xml.writeEndElement();
            xml.writeEndElement();
            xml.writeEndElement();

            for (Collection collection : collections) {
                xml.writeStartElement("DrctDbtTxInf");
                xml.writeStartElement("PmtId");
                leaf(xml, "EndToEndId", collection.endToEndId());
                xml.writeEndElement();
                xml.writeStartElement("InstdAmt");
                xml.writeAttribute("Ccy", "EUR");
                xml.writeCharacters(Money.decimal(collection.amountCents()));
                xml.writeEndElement();
                xml.writeStartElement("DrctDbtTx");
                xml.writeStartElement("MndtRltdInf");
                leaf(xml, "MndtId", collection.mandateId());
                leaf(xml, "DtOfSgntr", collection.mandateSignedOn().toString());
                xml.writeEndElement();
                xml.writeEndElement();
                agent(xml, "DbtrAgt", collection.bic());
                xml.writeStartElement("Dbtr");
                leaf(xml, "Nm", text(collection.debtorName(), 70));
                xml.writeEndElement();
                account(xml, "DbtrAcct", collection.iban());
                xml.writeStartElement("RmtInf");
                leaf(xml, "Ustrd", text(collection.remittance(), 140));
                xml.writeEndElement();
                xml.writeEndElement();
            }

            xml.writeEndElement();
            xml.writeEndElement();
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("Writing the SEPA file failed", e);
        }
        return out.toByteArray();
    }

    private static void account(XMLStreamWriter xml, String element, String iban) throws XMLStreamException {
        xml.writeStartElement(element);
        xml.writeStartElement("Id");
        leaf(xml, "IBAN", iban);
        xml.writeEndElement();
        xml.writeEndElement();
    }

    /** The bank by BIC, or "NOTPROVIDED" as the rulebook allows for IBAN-only collections within the EEA. */
    private static void agent(XMLStreamWriter xml, String element, String bic) throws XMLStreamException {
        xml.writeStartElement(element);
        xml.writeStartElement("FinInstnId");
        if (bic != null && !bic.isBlank()) {
            leaf(xml, "BIC", bic);
        } else {
            xml.writeStartElement("Othr");
            leaf(xml, "Id", "NOTPROVIDED");
            xml.writeEndElement();
        }
        xml.writeEndElement();
        xml.writeEndElement();
    }

    private static void leaf(XMLStreamWriter xml, String element, String value) throws XMLStreamException {
        xml.writeStartElement(element);
        xml.writeCharacters(value);
        xml.writeEndElement();
    }

    /**
     * Text in the SEPA character set (Latin letters, digits, {@code / - ? : ( ) . , ' +} and space): accents are
     * dropped ({@code Zorgcoöperatie} becomes {@code Zorgcooperatie}), anything else becomes a space.
     */
    static String text(String value, int max) {
        String plain = Normalizer.normalize(value == null ? "" : value, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .replaceAll("[^A-Za-z0-9/\\-?:().,'+ ]", " ").replaceAll("\\s+", " ").strip();
        if (plain.isEmpty()) {
            plain = "-";
        }
        return plain.length() > max ? plain.substring(0, max).strip() : plain;
    }

}

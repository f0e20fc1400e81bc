package nl.dorpskracht.contributions.control;

import java.io.ByteArrayOutputStream;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import nl.dorpskracht.contributions.entity.CreditorDetails;
import nl.dorpskracht.contributions.entity.MandateCollection;
import nl.dorpskracht.contributions.entity.PainVersion;
import nl.dorpskracht.contributions.entity.SequenceType;

/**
 * Writes a SEPA Core direct-debit file in ISO 20022 {@code pain.008.001.02} or {@code pain.008.001.08} (the creditor's
 * bank decides) with StAX, in the order the schemas prescribe; for what we write the two versions differ only in the
 * namespace and the bank's element ({@link PainVersion}), so one writer serves both.
 *
 * <p>
 * Sequence type: FRST for a mandate's first collection, RCUR after it, each in a payment information block of its own
 * (the scheme wants one sequence type per block). The rulebook of November 2016 lets RCUR stand for a first collection
 * too, but many banks' rules and checks still want FRST, and a wrong split is a rejection; the history of collections
 * ({@code mandate_collection}) tells which one a mandate is at.
 *
 * <p>
 * Addresses are structured only ({@code StrtNm}/{@code BldgNb}, {@code PstCd}, {@code TwnNm}, {@code Ctry}), never
 * {@code AdrLine}: the EPC forbids unstructured addresses from 15 November 2026.
 */
public final class SepaDirectDebitFile {

    /** The namespace of the default version, {@code pain.008.001.02}. */
    public static final String NAMESPACE = PainVersion.V02.namespace();
    public static final String MEDIA_TYPE = "application/xml";

    /** One collection: the invoice it pays, the debtor's mandate, its sequence type and what the mandate amended. */
    public record Collection(String endToEndId, long amountCents, String debtorName, String iban, String bic,
            String mandateId, LocalDate mandateSignedOn, String remittance, SequenceType sequenceType,
            MandateCollection.Amendment amendment, Address address) {

        public Collection(String endToEndId, long amountCents, String debtorName, String iban, String bic,
                String mandateId, LocalDate mandateSignedOn, String remittance) {
            this(endToEndId, amountCents, debtorName, iban, bic, mandateId, mandateSignedOn, remittance,
                    SequenceType.RCUR, null, null);
        }
    }

    /** A Dutch postal address in parts; the street is split into name and house number where it can be. */
    public record Address(String streetName, String buildingNumber, String postalCode, String town) {

        private static final Pattern HOUSE_NUMBER = Pattern.compile("^(.*\\S)\\s+(\\d+\\s*[A-Za-z0-9\\-/]{0,8})$");

        /** The address of street, postal code and place, or {@code null} when there is none. */
        public static Address of(String street, String postalCode, String place) {
            boolean none = blank(street) && blank(postalCode) && blank(place);
            if (none) {
                return null;
            }
            String name = blank(street) ? null : street.strip();
            String number = null;
            if (name != null) {
                Matcher matcher = HOUSE_NUMBER.matcher(name);
                if (matcher.matches()) {
                    name = matcher.group(1);
                    number = matcher.group(2).replace(" ", "");
                }
            }
            return new Address(name, number, blank(postalCode) ? null : postalCode.strip(),
                    blank(place) ? null : place.strip());
        }

        private static boolean blank(String value) {
            return value == null || value.isBlank();
        }
    }

    private SepaDirectDebitFile() {
    }

    /** The file in {@code pain.008.001.02}. */
    public static byte[] write(String messageId, LocalDateTime createdAt, CreditorDetails creditor,
            LocalDate collectionDate, List<Collection> collections) {
        return write(PainVersion.V02, messageId, createdAt, creditor, collectionDate, collections);
    }

    public static byte[] write(PainVersion version, String messageId, LocalDateTime createdAt, CreditorDetails creditor,
            LocalDate collectionDate, List<Collection> collections) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
            Writer writer = new Writer(xml, version);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement("Document");
            xml.writeDefaultNamespace(version.namespace());
            xml.writeStartElement("CstmrDrctDbtInitn");

            xml.writeStartElement("GrpHdr");
            leaf(xml, "MsgId", messageId);
            leaf(xml, "CreDtTm",
                    createdAt.truncatedTo(ChronoUnit.SECONDS).format(DateTimeFormatter.ISO_LOCAL_DATE_TIME));
            leaf(xml, "NbOfTxs", String.valueOf(collections.size()));
            leaf(xml, "CtrlSum", Money.decimal(sum(collections)));
            xml.writeStartElement("InitgPty");
            leaf(xml, "Nm", text(creditor.name(), 70));
            xml.writeEndElement();
            xml.writeEndElement();

            Map<SequenceType, List<Collection>> bySequence = new EnumMap<>(SequenceType.class);
            for (Collection collection : collections) {
                bySequence.computeIfAbsent(
                        collection.sequenceType() == null ? SequenceType.RCUR : collection.sequenceType(),
                        type -> new ArrayList<>()).add(collection);
            }
            for (Map.Entry<SequenceType, List<Collection>> block : bySequence.entrySet()) {
                writer.paymentInformation(messageId + "-" + block.getKey(), block.getKey(), creditor, collectionDate,
                        block.getValue());
            }

            xml.writeEndElement();
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("Writing the SEPA file failed", e);
        }
        return out.toByteArray();
    }

    private static long sum(List<Collection> collections) {
        return collections.stream().mapToLong(Collection::amountCents).sum();
    }

    /** The parts of the file whose element names depend on the version. */
    private record Writer(XMLStreamWriter xml, PainVersion version) {

        void paymentInformation(String id, SequenceType sequence, CreditorDetails creditor, LocalDate collectionDate,
                List<Collection> collections) throws XMLStreamException {
            xml.writeStartElement("PmtInf");
            leaf(xml, "PmtInfId", id);
            leaf(xml, "PmtMtd", "DD");
            leaf(xml, "NbOfTxs", String.valueOf(collections.size()));
            leaf(xml, "CtrlSum", Money.decimal(sum(collections)));
            xml.writeStartElement("PmtTpInf");
            xml.writeStartElement("SvcLvl");
            leaf(xml, "Cd", "SEPA");
            xml.writeEndElement();
            xml.writeStartElement("LclInstrm");
            leaf(xml, "Cd", "CORE");
            xml.writeEndElement();
            leaf(xml, "SeqTp", sequence.name());
            xml.writeEndElement();
            leaf(xml, "ReqdColltnDt", collectionDate.toString());
            xml.writeStartElement("Cdtr");
            leaf(xml, "Nm", text(creditor.name(), 70));
            xml.writeEndElement();
            account(xml, "CdtrAcct", creditor.iban());
            agent("CdtrAgt", creditor.bic());
            leaf(xml, "ChrgBr", "SLEV");
            schemeId("CdtrSchmeId", creditor.creditorId());
            for (Collection collection : collections) {
                transaction(collection);
            }
            xml.writeEndElement();
        }

        private void transaction(Collection collection) throws XMLStreamException {
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
            MandateCollection.Amendment amendment = collection.amendment();
            if (amendment != null && amendment.any()) {
                amendment(amendment);
            }
            xml.writeEndElement();
            xml.writeEndElement();
            agent("DbtrAgt", collection.bic());
            xml.writeStartElement("Dbtr");
            leaf(xml, "Nm", text(collection.debtorName(), 70));
            address(collection.address());
            xml.writeEndElement();
            account(xml, "DbtrAcct", collection.iban());
            xml.writeStartElement("RmtInf");
            leaf(xml, "Ustrd", text(collection.remittance(), 140));
            xml.writeEndElement();
            xml.writeEndElement();
        }

        /**
         * The EPC's amendment details: the mandate reference and creditor identifier as they were, and the old IBAN
         * when the debtor changed account at the same bank, or {@code SMNDA} (same mandate, new debtor agent) in its
         * place when the new account is at another bank.
         */
        private void amendment(MandateCollection.Amendment amendment) throws XMLStreamException {
            leaf(xml, "AmdmntInd", "true");
            xml.writeStartElement("AmdmntInfDtls");
            if (amendment.originalMandateReference() != null) {
                leaf(xml, "OrgnlMndtId", amendment.originalMandateReference());
            }
            if (amendment.originalCreditorId() != null) {
                schemeId("OrgnlCdtrSchmeId", amendment.originalCreditorId());
            }
            if (amendment.otherBank()) {
                xml.writeStartElement("OrgnlDbtrAcct");
                xml.writeStartElement("Id");
                xml.writeStartElement("Othr");
                leaf(xml, "Id", "SMNDA");
                xml.writeEndElement();
                xml.writeEndElement();
                xml.writeEndElement();
            } else if (amendment.originalIban() != null) {
                account(xml, "OrgnlDbtrAcct", amendment.originalIban());
            }
            xml.writeEndElement();
        }

        private void address(Address address) throws XMLStreamException {
            if (address == null) {
                return;
            }
            xml.writeStartElement("PstlAdr");
            if (address.streetName() != null) {
                leaf(xml, "StrtNm", text(address.streetName(), 70));
            }
            if (address.buildingNumber() != null) {
                leaf(xml, "BldgNb", text(address.buildingNumber(), 16));
            }
            if (address.postalCode() != null) {
                leaf(xml, "PstCd", text(address.postalCode(), 16));
            }
            if (address.town() != null) {
                leaf(xml, "TwnNm", text(address.town(), 35));
            }
            leaf(xml, "Ctry", "NL");
            xml.writeEndElement();
        }

        private void schemeId(String element, String creditorId) throws XMLStreamException {
            xml.writeStartElement(element);
            xml.writeStartElement("Id");
            xml.writeStartElement("PrvtId");
            xml.writeStartElement("Othr");
            leaf(xml, "Id", creditorId);
            xml.writeStartElement("SchmeNm");
            leaf(xml, "Prtry", "SEPA");
            xml.writeEndElement();
            xml.writeEndElement();
            xml.writeEndElement();
            xml.writeEndElement();
            xml.writeEndElement();
        }

        /** The bank by BIC, or "NOTPROVIDED" as the rulebook allows for IBAN-only collections within the EEA. */
        private void agent(String element, String bic) throws XMLStreamException {
            xml.writeStartElement(element);
            xml.writeStartElement("FinInstnId");
            if (bic != null && !bic.isBlank()) {
                leaf(xml, version.bicElement(), bic);
            } else {
                xml.writeStartElement("Othr");
                leaf(xml, "Id", "NOTPROVIDED");
                xml.writeEndElement();
            }
            xml.writeEndElement();
            xml.writeEndElement();
        }
    }

    private static void account(XMLStreamWriter xml, String element, String iban) throws XMLStreamException {
        xml.writeStartElement(element);
        xml.writeStartElement("Id");
        leaf(xml, "IBAN", iban);
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

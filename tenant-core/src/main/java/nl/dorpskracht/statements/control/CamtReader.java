package nl.dorpskracht.statements.control;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import nl.dorpskracht.platform.problem.ProblemCode;
import nl.dorpskracht.platform.problem.ProblemException;
import nl.dorpskracht.statements.entity.ParsedStatement;
import nl.dorpskracht.statements.entity.StatementLine;

/**
 * Reads a CAMT.053 bank-to-customer statement ({@code camt.053.001.02} or {@code .001.08}, the namespace decides) in
 * one streaming pass, without DTDs or external entities. The official XSDs are not available to this build, so the
 * reader checks the elements it reads against the schema's rules itself (required elements, code lists, amount, date,
 * IBAN and length facets, every element in the message's namespace); a failure names the line and never the value.
 */
public final class CamtReader {

    public static final String V02 = "camt.053.001.02";
    public static final String V08 = "camt.053.001.08";
    public static final int MAX_BYTES = 20 * 1024 * 1024;
    public static final int MAX_LINES = 50_000;

    private static final String NAMESPACE_PREFIX = "urn:iso:std:iso:20022:tech:xsd:";
    private static final Pattern AMOUNT = Pattern.compile("[0-9]{1,13}(\\.[0-9]{1,5})?");
    private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");
    private static final Pattern IBAN = Pattern.compile("[A-Z]{2}[0-9]{2}[a-zA-Z0-9]{1,30}");
    private static final Pattern SEQUENCE = Pattern.compile("[0-9]{1,18}");
    private static final Set<String> RETURN_SUB_FAMILIES = Set.of("UPDD", "RRTN", "RPCR", "RCDD");
    private static final Set<String> DIRECT_DEBIT_FAMILIES = Set.of("IDDT", "RDDT");

    private final XMLStreamReader xml;
    private final Deque<String> path = new ArrayDeque<>();
    private final StringBuilder text = new StringBuilder();
    private String format;
    private String messageId;
    private boolean creationTime;
    private int statements;
    private String statementId;
    private boolean statementCreated;
    private String iban;
    private BigDecimal sequence;
    private LocalDate periodFrom;
    private LocalDate periodTo;
    private Long opening;
    private Long closing;
    private Balance balance;
    private Entry entry;
    private Detail detail;
    private String currency;
    private final List<StatementLine> lines = new ArrayList<>();

    private CamtReader(XMLStreamReader xml) {
        this.xml = xml;
    }

    public static ParsedStatement read(byte[] document) {
        if (document.length > MAX_BYTES) {
            throw new ProblemException(ProblemCode.STATEMENT_TOO_LARGE);
        }
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        trySet(factory, XMLConstants.ACCESS_EXTERNAL_DTD, "");
        trySet(factory, XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        try {
            XMLStreamReader xml = factory.createXMLStreamReader(new ByteArrayInputStream(document));
            try {
                return new CamtReader(xml).statement();
            } finally {
                xml.close();
            }
        } catch (XMLStreamException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNumber();
            throw invalid(line, "geen goed gevormde XML");
        }
    }

    private static void trySet(XMLInputFactory factory, String property, Object value) {
        try {
            factory.setProperty(property, value);
        } catch (IllegalArgumentException notSupported) {
            // the JDK's own StAX knows these; another implementation is locked down by the properties above
        }
    }

    private ParsedStatement statement() throws XMLStreamException {
        while (xml.hasNext()) {
            int event = xml.next();
            switch (event) {
            case XMLStreamConstants.DTD, XMLStreamConstants.ENTITY_REFERENCE, XMLStreamConstants.ENTITY_DECLARATION -> throw invalid(
                    line(), "een DTD of entiteit is niet toegestaan");
            case XMLStreamConstants.START_ELEMENT -> start();
            case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> text
                    .append(xml.getText());
            case XMLStreamConstants.END_ELEMENT -> end();
            default -> {
                // comments and processing instructions carry nothing
            }
            }
        }
        require(messageId != null && creationTime, 1, "GrpHdr/MsgId en CreDtTm zijn verplicht");
        require(statements == 1, 1, "precies één Stmt per bestand");
        return new ParsedStatement(format, messageId, statementId, iban, sequence == null ? BigDecimal.ZERO : sequence,
                periodFrom, periodTo, opening, closing, List.copyOf(lines));
    }

    private void start() {
        String namespace = xml.getNamespaceURI();
        String name = xml.getLocalName();
        if (path.isEmpty()) {
            format = formatOf(namespace, name);
        } else {
            require((NAMESPACE_PREFIX + format).equals(namespace), line(),
                    "element buiten de namespace van het bericht");
        }
        path.push(name);
        text.setLength(0);
        String at = at();
        if (at.equals("/Document/BkToCstmrStmt/Stmt")) {
            statements++;
            require(statements == 1, line(), "precies één Stmt per bestand");
        } else if (at.equals("/Document/BkToCstmrStmt/Stmt/Bal")) {
            balance = new Balance();
        } else if (at.equals("/Document/BkToCstmrStmt/Stmt/Ntry")) {
            entry = new Entry(line());
        } else if (is(at, "Ntry/NtryDtls/TxDtls")) {
            detail = new Detail();
        }
        if ("Amt".equals(name)) {
            currency = xml.getAttributeValue(null, "Ccy");
            require(currency != null && CURRENCY.matcher(currency).matches(), line(), "Amt zonder geldige Ccy");
        }
    }

    private static String formatOf(String namespace, String name) {
        if (!"Document".equals(name) || namespace == null || !namespace.startsWith(NAMESPACE_PREFIX)) {
            throw new ProblemException(ProblemCode.STATEMENT_FORMAT);
        }
        String format = namespace.substring(NAMESPACE_PREFIX.length());
        if (!V02.equals(format) && !V08.equals(format)) {
            throw new ProblemException(ProblemCode.STATEMENT_FORMAT);
        }
        return format;
    }

    private void end() {
        String value = text.toString().strip();
        text.setLength(0);
        int line = line();
        String at = at();
        String name = path.peek();
        if (is(at, "GrpHdr/MsgId")) {
            messageId = max(value, 35, line);
        } else if (is(at, "GrpHdr/CreDtTm")) {
            creationTime = date(value, line) != null;
        } else if (at.equals("/Document/BkToCstmrStmt/Stmt/Id")) {
            statementId = max(value, 35, line);
        } else if (at.equals("/Document/BkToCstmrStmt/Stmt/ElctrncSeqNb")) {
            require(SEQUENCE.matcher(value).matches(), line, "ElctrncSeqNb is geen getal");
            sequence = new BigDecimal(value);
        } else if (at.equals("/Document/BkToCstmrStmt/Stmt/CreDtTm")) {
            statementCreated = date(value, line) != null;
        } else if (is(at, "Stmt/FrToDt/FrDtTm")) {
            periodFrom = date(value, line);
        } else if (is(at, "Stmt/FrToDt/ToDtTm")) {
            periodTo = date(value, line);
        } else if (is(at, "Stmt/Acct/Id/IBAN")) {
            iban = iban(value, line);
        } else if (balance != null && is(at, "Bal/Tp/CdOrPrtry/Cd")) {
            balance.type = value;
        } else if (balance != null && at.equals("/Document/BkToCstmrStmt/Stmt/Bal/Amt")) {
            balance.cents = cents(value, line);
        } else if (balance != null && at.equals("/Document/BkToCstmrStmt/Stmt/Bal/CdtDbtInd")) {
            balance.debit = creditDebit(value, line).equals("DBIT");
        } else if (at.equals("/Document/BkToCstmrStmt/Stmt/Bal")) {
            endBalance(line);
        } else if (entry != null) {
            endInEntry(at, name, value, line);
        }
        if (at.equals("/Document/BkToCstmrStmt/Stmt")) {
            require(statementId != null && statementCreated, line, "Stmt/Id en Stmt/CreDtTm zijn verplicht");
            require(iban != null, line, "Stmt/Acct/Id/IBAN ontbreekt");
        }
        path.pop();
    }

    private void endBalance(int line) {
        require(balance.cents != null && balance.type != null, line, "Bal zonder Tp of Amt");
        long signed = balance.debit ? -balance.cents : balance.cents;
        if ("OPBD".equals(balance.type) || "PRCD".equals(balance.type)) {
            opening = signed;
        } else if ("CLBD".equals(balance.type)) {
            closing = signed;
        }
        balance = null;
    }

    private void endInEntry(String at, String name, String value, int line) {
        if (detail != null) {
            endInDetail(at, name, value, line);
            return;
        }
        String ntry = "/Document/BkToCstmrStmt/Stmt/Ntry";
        if (at.equals(ntry + "/NtryRef")) {
            entry.reference = max(value, 35, line);
        } else if (at.equals(ntry + "/AcctSvcrRef")) {
            entry.servicerReference = max(value, 35, line);
        } else if (at.equals(ntry + "/Amt")) {
            entry.cents = euro(value, line);
        } else if (at.equals(ntry + "/CdtDbtInd")) {
            entry.credit = creditDebit(value, line).equals("CRDT");
        } else if (at.equals(ntry + "/RvslInd")) {
            entry.reversal = "true".equals(value) || "1".equals(value);
        } else if (at.equals(ntry + "/Sts") && !value.isEmpty() || at.equals(ntry + "/Sts/Cd")) {
            entry.status = value;
        } else if (at.equals(ntry + "/BookgDt/Dt") || at.equals(ntry + "/BookgDt/DtTm")) {
            entry.bookingDate = date(value, line);
        } else if (at.equals(ntry + "/BkTxCd/Domn/Cd")) {
            entry.domain = value;
        } else if (at.equals(ntry + "/BkTxCd/Domn/Fmly/Cd")) {
            entry.family = value;
        } else if (at.equals(ntry + "/BkTxCd/Domn/Fmly/SubFmlyCd")) {
            entry.subFamily = value;
        } else if (at.equals(ntry + "/BkTxCd")) {
            entry.hasCode = true;
        } else if (at.equals(ntry + "/AddtlNtryInf")) {
            entry.info = max(value, 500, line);
        } else if (at.equals(ntry)) {
            endEntry(line);
        }
    }

    private void endInDetail(String at, String name, String value, int line) {
        if (is(at, "TxDtls/Refs/EndToEndId")) {
            detail.endToEndId = max(value, 35, line);
        } else if (is(at, "Ntry/NtryDtls/TxDtls/Amt") || is(at, "TxDtls/AmtDtls/TxAmt/Amt")) {
            long cents = euro(value, line);
            if (detail.cents == null || is(at, "Ntry/NtryDtls/TxDtls/Amt")) {
                detail.cents = cents;
            }
        } else if (is(at, "Ntry/NtryDtls/TxDtls/CdtDbtInd")) {
            detail.credit = creditDebit(value, line).equals("CRDT");
        } else if (is(at, "RltdPties/Dbtr/Nm") || is(at, "Dbtr/Pty/Nm")) {
            detail.debtorName = max(value, 140, line);
        } else if (is(at, "RltdPties/DbtrAcct/Id/IBAN")) {
            detail.debtorIban = iban(value, line);
        } else if (is(at, "RltdPties/Cdtr/Nm") || is(at, "Cdtr/Pty/Nm")) {
            detail.creditorName = max(value, 140, line);
        } else if (is(at, "RltdPties/CdtrAcct/Id/IBAN")) {
            detail.creditorIban = iban(value, line);
        } else if (is(at, "TxDtls/RmtInf/Ustrd")) {
            detail.remittance.append(detail.remittance.isEmpty() ? "" : " ").append(max(value, 140, line));
        } else if (is(at, "CdtrRefInf/Ref")) {
            detail.creditorReference = max(value, 35, line);
        } else if (is(at, "RtrInf/Rsn/Cd")) {
            detail.returnReason = max(value, 4, line);
        } else if (is(at, "TxDtls/AddtlTxInf")) {
            detail.info = max(value, 500, line);
        } else if (is(at, "Ntry/NtryDtls/TxDtls")) {
            entry.details.add(detail);
            detail = null;
        }
    }

    private void endEntry(int line) {
        require(entry.cents != null && entry.credit != null, line, "Ntry zonder Amt of CdtDbtInd");
        require(entry.status != null && entry.hasCode, line, "Ntry zonder Sts of BkTxCd");
        if (!"BOOK".equals(entry.status)) {
            entry = null;
            return;
        }
        if (entry.details.isEmpty()) {
            entry.details.add(new Detail());
        }
        boolean single = entry.details.size() == 1;
        for (Detail each : entry.details) {
            require(each.cents != null || single, entry.line, "TxDtls zonder bedrag in een batch");
            add(each, single && each.cents == null ? entry.cents : each.cents, line);
        }
        entry = null;
    }

    private void add(Detail each, long cents, int line) {
        require(lines.size() < MAX_LINES, line, "te veel posten");
        boolean credit = each.credit == null ? entry.credit : each.credit;
        boolean returned = !credit
                && (each.returnReason != null || RETURN_SUB_FAMILIES.contains(entry.subFamily) || entry.reversal);
        boolean incoming = credit || returned;
        String remittance = each.remittance.isEmpty() ? firstNonNull(each.info, entry.info)
                : each.remittance.toString();
        lines.add(new StatementLine(firstNonNull(entry.reference, entry.servicerReference), cents, credit,
                entry.bookingDate, notProvided(each.endToEndId), clip(remittance, 1000), each.creditorReference,
                incoming ? each.debtorName : each.creditorName, incoming ? each.debtorIban : each.creditorIban,
                each.returnReason, code(), DIRECT_DEBIT_FAMILIES.contains(entry.family), returned));
    }

    private String code() {
        if (entry.domain == null) {
            return null;
        }
        return clip(String.join("/", entry.domain, firstNonNull(entry.family, ""), firstNonNull(entry.subFamily, "")),
                40);
    }

    private static String notProvided(String endToEndId) {
        return endToEndId == null || "NOTPROVIDED".equalsIgnoreCase(endToEndId) ? null : endToEndId;
    }

    private static String firstNonNull(String first, String second) {
        return first != null ? first : second;
    }

    private static String clip(String value, int length) {
        return value == null || value.length() <= length ? value : value.substring(0, length);
    }

    /** The path of the current element from the root, like {@code /Document/BkToCstmrStmt/Stmt}. */
    private String at() {
        StringBuilder joined = new StringBuilder();
        for (String name : path) {
            joined.insert(0, "/" + name);
        }
        return joined.toString();
    }

    private static boolean is(String at, String suffix) {
        return at.endsWith("/" + suffix);
    }

    private long euro(String value, int line) {
        require("EUR".equals(currency), line, "alleen bedragen in euro");
        return cents(value, line);
    }

    private static long cents(String value, int line) {
        require(AMOUNT.matcher(value).matches(), line, "bedrag ongeldig");
        BigDecimal amount = new BigDecimal(value);
        require(amount.scale() <= 2 || amount.stripTrailingZeros().scale() <= 2, line, "bedrag in meer dan centen");
        return amount.movePointRight(2).longValueExact();
    }

    private static String creditDebit(String value, int line) {
        require("CRDT".equals(value) || "DBIT".equals(value), line, "CdtDbtInd is CRDT of DBIT");
        return value;
    }

    private static String iban(String value, int line) {
        require(IBAN.matcher(value).matches(), line, "IBAN ongeldig");
        return value.toUpperCase(Locale.ROOT);
    }

    private static String max(String value, int length, int line) {
        require(!value.isEmpty() && value.length() <= length, line, "tekst leeg of langer dan " + length);
        return value;
    }

    private static LocalDate date(String value, int line) {
        try {
            require(value.length() >= 10, line, "datum ongeldig");
            return LocalDate.parse(value.substring(0, 10));
        } catch (DateTimeParseException e) {
            throw invalid(line, "datum ongeldig");
        }
    }

    private int line() {
        return xml.getLocation() == null ? 0 : xml.getLocation().getLineNumber();
    }

    private static void require(boolean condition, int line, String rule) {
        if (!condition) {
            throw invalid(line, rule);
        }
    }

    private static ProblemException invalid(int line, String rule) {
        return new ProblemException(ProblemCode.STATEMENT_INVALID, "regel " + line + ": " + rule);
    }

    private static final class Balance {
        String type;
        Long cents;
        boolean debit;
    }

    private static final class Entry {
        final int line;
        String reference;
        String servicerReference;
        Long cents;
        Boolean credit;
        boolean reversal;
        String status;
        boolean hasCode;
        LocalDate bookingDate;
        String domain;
        String family;
        String subFamily;
        String info;
        final List<Detail> details = new ArrayList<>();

        Entry(int line) {
            this.line = line;
        }
    }

    private static final class Detail {
        String endToEndId;
        Long cents;
        Boolean credit;
        String debtorName;
        String debtorIban;
        String creditorName;
        String creditorIban;
        final StringBuilder remittance = new StringBuilder();
        String creditorReference;
        String returnReason;
        String info;
    }
}

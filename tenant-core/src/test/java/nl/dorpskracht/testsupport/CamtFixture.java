package nl.dorpskracht.testsupport;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Synthetic CAMT.053 statements written for the tests, in version 001.02 or 001.08 (the two differ in the entry status
 * and in how a party's name nests). No real bank, account or person.
 */
public final class CamtFixture {

    public static final String OWN_IBAN = "NL91ABNA0417164300";

    private final String version;
    private String iban = OWN_IBAN;
    private String messageId = "MSG-1";
    private String statementId = "STMT-1";
    private final List<String> entries = new ArrayList<>();

    private CamtFixture(String version) {
        this.version = version;
    }

    public static CamtFixture v02() {
        return new CamtFixture("02");
    }

    public static CamtFixture v08() {
        return new CamtFixture("08");
    }

    public CamtFixture account(String value) {
        this.iban = value;
        return this;
    }

    public CamtFixture ids(String message, String statement) {
        this.messageId = message;
        this.statementId = statement;
        return this;
    }

    /** A credit transfer with one transaction detail. */
    public CamtFixture credit(String amount, String endToEnd, String remittance, String name, String debtorIban) {
        entries.add(entry(amount, "CRDT", "PMNT", "RCDT", "ESCT",
                tx(null, "CRDT", endToEnd, remittance, name, debtorIban, null)));
        return this;
    }

    /** A SEPA direct debit batch booked as one entry, with one transaction detail per collection. */
    public CamtFixture batch(String total, String[]... collections) {
        StringBuilder details = new StringBuilder();
        for (String[] c : collections) {
            details.append(tx(c[0], "CRDT", c[1], null, c[2], c[3], null));
        }
        entries.add(entry(total, "CRDT", "PMNT", "IDDT", "ESDD", details.toString()));
        return this;
    }

    /** A returned direct debit (R-transaction) with its reason code. */
    public CamtFixture returned(String amount, String endToEnd, String reason, String name, String debtorIban) {
        entries.add(entry(amount, "DBIT", "PMNT", "IDDT", "UPDD",
                tx(null, "DBIT", endToEnd, null, name, debtorIban, reason)));
        return this;
    }

    public CamtFixture debit(String amount, String remittance) {
        entries.add(
                entry(amount, "DBIT", "PMNT", "ICDT", "ESCT", tx(null, "DBIT", null, remittance, null, null, null)));
        return this;
    }

    public CamtFixture raw(String entryXml) {
        entries.add(entryXml);
        return this;
    }

    public String xml() {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.%s">
                  <BkToCstmrStmt>
                    <GrpHdr><MsgId>%s</MsgId><CreDtTm>2027-03-02T06:00:00</CreDtTm></GrpHdr>
                    <Stmt>
                      <Id>%s</Id>
                      <ElctrncSeqNb>12</ElctrncSeqNb>
                      <CreDtTm>2027-03-02T06:00:00</CreDtTm>
                      <FrToDt><FrDtTm>2027-03-01T00:00:00</FrDtTm><ToDtTm>2027-03-01T23:59:59</ToDtTm></FrToDt>
                      <Acct><Id><IBAN>%s</IBAN></Id><Ccy>EUR</Ccy></Acct>
                      <Bal><Tp><CdOrPrtry><Cd>OPBD</Cd></CdOrPrtry></Tp><Amt Ccy="EUR">1000.00</Amt><CdtDbtInd>CRDT</CdtDbtInd><Dt><Dt>2027-03-01</Dt></Dt></Bal>
                      <Bal><Tp><CdOrPrtry><Cd>CLBD</Cd></CdOrPrtry></Tp><Amt Ccy="EUR">1200.00</Amt><CdtDbtInd>CRDT</CdtDbtInd><Dt><Dt>2027-03-01</Dt></Dt></Bal>
                %s
                    </Stmt>
                  </BkToCstmrStmt>
                </Document>
                """
                .formatted(version, messageId, statementId, iban, String.join("\n", entries));
    }

    public byte[] bytes() {
        return xml().getBytes(StandardCharsets.UTF_8);
    }

    private String entry(String amount, String creditDebit, String domain, String family, String subFamily,
            String details) {
        String status = "02".equals(version) ? "<Sts>BOOK</Sts>" : "<Sts><Cd>BOOK</Cd></Sts>";
        return """
                <Ntry>
                  <NtryRef>REF-%d</NtryRef>
                  <Amt Ccy="EUR">%s</Amt><CdtDbtInd>%s</CdtDbtInd>%s
                  <BookgDt><Dt>2027-03-01</Dt></BookgDt><ValDt><Dt>2027-03-01</Dt></ValDt>
                  <BkTxCd><Domn><Cd>%s</Cd><Fmly><Cd>%s</Cd><SubFmlyCd>%s</SubFmlyCd></Fmly></Domn></BkTxCd>
                  <NtryDtls>%s</NtryDtls>
                </Ntry>""".formatted(entries.size() + 1, amount, creditDebit, status, domain, family, subFamily,
                details);
    }

    private String tx(String amount, String creditDebit, String endToEnd, String remittance, String name,
            String partyIban, String reason) {
        StringBuilder tx = new StringBuilder("<TxDtls>");
        tx.append("<Refs><EndToEndId>").append(endToEnd == null ? "NOTPROVIDED" : endToEnd)
                .append("</EndToEndId></Refs>");
        if (amount != null) {
            tx.append("<AmtDtls><TxAmt><Amt Ccy=\"EUR\">").append(amount).append("</Amt></TxAmt></AmtDtls>");
        }
        if (name != null || partyIban != null) {
            tx.append("<RltdPties>");
            if (name != null) {
                tx.append("02".equals(version) ? "<Dbtr><Nm>" + name + "</Nm></Dbtr>"
                        : "<Dbtr><Pty><Nm>" + name + "</Nm></Pty></Dbtr>");
            }
            if (partyIban != null) {
                tx.append("<DbtrAcct><Id><IBAN>").append(partyIban).append("</IBAN></Id></DbtrAcct>");
            }
            tx.append("</RltdPties>");
        }
        if (remittance != null) {
            tx.append("<RmtInf><Ustrd>").append(remittance).append("</Ustrd></RmtInf>");
        }
        if (reason != null) {
            tx.append("<RtrInf><Rsn><Cd>").append(reason).append("</Cd></Rsn></RtrInf>");
        }
        return tx.append("</TxDtls>").toString();
    }
}

package nl.dorpskracht.system;

import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.dorpskracht.statements.control.CamtReader;
import nl.dorpskracht.statements.control.StatementBooking;
import nl.dorpskracht.statements.entity.ParsedStatement;
import nl.dorpskracht.tenancy.control.RowSecurity;
import nl.dorpskracht.testsupport.TestDatabase;
import nl.dorpskracht.testsupport.TestPersistence;

/**
 * Matching a CAMT.053 statement of {@code benchmark.entries} (10,000) entries against {@code benchmark.invoices}
 * (50,000) open invoices: the production reader and booking (StatementBooking) on the embedded PostgreSQL 15 with the
 * production mappings, as the application role under row-level security. Entries: 60% by end-to-end id, 20% by an
 * invoice number in the remittance text, 10% by amount plus mandate IBAN, 10% unknown (review). Reading and booking
 * are timed apart; each round books a fresh statement against fresh invoices (a year of its own).
 */
public final class StatementMatchingBenchmark {

    private static final int ENTRIES = Integer.getInteger("benchmark.entries", 10_000);
    private static final int INVOICES = Integer.getInteger("benchmark.invoices", 50_000);
    private static final int MANDATES = ENTRIES / 10;
    private static final String TENANT = "zhvkk";
    private static final String OWN_IBAN = "NL91ABNA0417164300";

    private StatementMatchingBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        TestDatabase.url();
        int year = 2090;
        List<String> members = seed(year);
        byte[] camt = statement(year, members);
        System.out.printf("%nBank statement matching: %,d entries against %,d open invoices (%,d KB of CAMT.053)%n",
                ENTRIES, INVOICES, camt.length / 1024);
        long startRead = System.nanoTime();
        ParsedStatement read = CamtReader.read(camt);
        long readNanos = System.nanoTime() - startRead;
        EntityManager em = TestPersistence.forTenant(TENANT);
        long startBook = System.nanoTime();
        em.getTransaction().begin();
        StatementBooking.Summary summary = new StatementBooking(em, "benchmark", event -> {
        }).book(read);
        em.getTransaction().commit();
        long bookNanos = System.nanoTime() - startBook;
        em.close();
        System.out.printf("%-40s %10.0f ms %12.0f entries/s%n", "read (StAX, checks)", readNanos / 1e6,
                ENTRIES / (readNanos / 1e9));
        System.out.printf("%-40s %10.0f ms %12.0f entries/s%n", "match and book (one transaction)", bookNanos / 1e6,
                ENTRIES / (bookNanos / 1e9));
        System.out.printf("matched %,d, review %,d, returned %,d, ignored %,d%n", summary.matched(), summary.review(),
                summary.returned(), summary.ignored());
        if (summary.matched() != ENTRIES - ENTRIES / 10 || summary.review() != ENTRIES / 10) {
            System.out.println("CHECK FAILED: expected " + (ENTRIES - ENTRIES / 10) + " matched");
            System.exit(1);
        }
        System.exit(0);
    }

    /** Invoices to municipalities for most, and to members with a mandate for the amount-and-IBAN share. */
    private static List<String> seed(int year) throws SQLException {
        List<String> members = new ArrayList<>();
        try (Connection owner = TestDatabase.connectAs(TestDatabase.OWNER)) {
            owner.setAutoCommit(false);
            RowSecurity.TENANT.bind(owner, TENANT);
            RowSecurity.REGION_SCOPE.bind(owner, "*");
            try (PreparedStatement sql = owner.prepareStatement("insert into member_organisation (tenant_id, id, name,"
                    + " type, municipality) select ?, gen_random_uuid(), 'Bench ' || n, 'DORPSRAAD', 'Gouda' from"
                    + " generate_series(1, ?) n returning id")) {
                sql.setString(1, TENANT);
                sql.setInt(2, MANDATES);
                var rows = sql.executeQuery();
                while (rows.next()) {
                    members.add(rows.getString(1));
                }
            }
            try (PreparedStatement sql = owner.prepareStatement("insert into sepa_mandate (tenant_id, member_id, iban,"
                    + " reference, signed_on) values (?, ?::uuid, ?, ?, current_date)")) {
                for (int i = 0; i < members.size(); i++) {
                    sql.setString(1, TENANT);
                    sql.setString(2, members.get(i));
                    sql.setString(3, iban(i));
                    sql.setString(4, "BENCH-" + i);
                    sql.addBatch();
                }
                sql.executeBatch();
            }
            try (PreparedStatement sql = owner.prepareStatement("insert into invoice (tenant_id, id, number, year,"
                    + " payer_kind, payer_key, member_id, payer_name, amount_cents, status, issued_on, due_on) values"
                    + " (?, gen_random_uuid(), ?, ?, ?, ?, ?::uuid, 'Bench', ?, 'OPEN', current_date, current_date)")) {
                for (int n = 1; n <= INVOICES; n++) {
                    boolean member = n > INVOICES - MANDATES;
                    String memberId = member ? members.get(n - (INVOICES - MANDATES) - 1) : null;
                    sql.setString(1, TENANT);
                    sql.setString(2, number(year, n));
                    sql.setInt(3, year);
                    sql.setString(4, member ? "ORGANISATION" : "MUNICIPALITY");
                    sql.setString(5, member ? "M:" + memberId : "G:bench-" + n);
                    sql.setString(6, memberId);
                    sql.setLong(7, cents(n));
                    sql.addBatch();
                    if (n % 1000 == 0) {
                        sql.executeBatch();
                    }
                }
                sql.executeBatch();
            }
            owner.commit();
            try (var analyze = owner.createStatement()) {
                owner.setAutoCommit(true);
                analyze.execute("analyze invoice");
                analyze.execute("analyze sepa_mandate");
            }
        }
        return members;
    }

    private static byte[] statement(int year, List<String> members) {
        StringBuilder entries = new StringBuilder();
        int byEndToEnd = ENTRIES * 6 / 10;
        int byText = ENTRIES * 2 / 10;
        for (int i = 1; i <= ENTRIES; i++) {
            String endToEnd = "NOTPROVIDED";
            String text = "onbekend " + i;
            String iban = "NL02RABO" + String.format("%010d", i);
            int invoice = i;
            long amount = cents(invoice);
            if (i <= byEndToEnd) {
                endToEnd = number(year, invoice);
            } else if (i <= byEndToEnd + byText) {
                text = "contributie " + number(year, invoice) + " dorpsraad";
            } else if (i <= ENTRIES - ENTRIES / 10) {
                int member = i - byEndToEnd - byText - 1;
                invoice = INVOICES - MANDATES + member + 1;
                amount = cents(invoice);
                iban = iban(member);
                text = "lidmaatschap";
            } else {
                amount = 99_999_00L + i;
            }
            entries.append("<Ntry><NtryRef>B").append(i).append("</NtryRef><Amt Ccy=\"EUR\">")
                    .append(String.format(Locale.ROOT, "%d.%02d", amount / 100, amount % 100))
                    .append("</Amt><CdtDbtInd>CRDT</CdtDbtInd><Sts>BOOK</Sts><BookgDt><Dt>2090-03-01</Dt></BookgDt>")
                    .append("<BkTxCd><Domn><Cd>PMNT</Cd><Fmly><Cd>RCDT</Cd><SubFmlyCd>ESCT</SubFmlyCd></Fmly></Domn>")
                    .append("</BkTxCd><NtryDtls><TxDtls><Refs><EndToEndId>").append(endToEnd)
                    .append("</EndToEndId></Refs><RltdPties><Dbtr><Nm>Betaler ").append(i)
                    .append("</Nm></Dbtr><DbtrAcct><Id><IBAN>").append(iban)
                    .append("</IBAN></Id></DbtrAcct></RltdPties><RmtInf><Ustrd>").append(text)
                    .append("</Ustrd></RmtInf></TxDtls></NtryDtls></Ntry>\n");
        }
        String xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:"
                + "camt.053.001.02\"><BkToCstmrStmt><GrpHdr><MsgId>BENCH-" + System.nanoTime()
                + "</MsgId><CreDtTm>2090-03-02T06:00:00</CreDtTm></GrpHdr><Stmt><Id>BENCH</Id>"
                + "<CreDtTm>2090-03-02T06:00:00</CreDtTm><Acct><Id><IBAN>" + OWN_IBAN + "</IBAN></Id></Acct>\n"
                + entries + "</Stmt></BkToCstmrStmt></Document>";
        return xml.getBytes(StandardCharsets.UTF_8);
    }

    private static String number(int year, int n) {
        return String.format("%d-%06d", year, n);
    }

    private static long cents(int n) {
        return 1_000 + n;
    }

    private static String iban(int member) {
        return "NL44INGB" + String.format("%010d", member);
    }
}

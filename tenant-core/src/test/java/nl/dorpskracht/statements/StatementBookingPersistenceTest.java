package nl.dorpskracht.statements;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.EntityManager;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import nl.dorpskracht.contributions.control.DirectDebitReturned;
import nl.dorpskracht.contributions.entity.Invoice;
import nl.dorpskracht.contributions.entity.InvoiceStatus;
import nl.dorpskracht.contributions.entity.Payer;
import nl.dorpskracht.contributions.entity.Payment;
import nl.dorpskracht.contributions.entity.PaymentMethod;
import nl.dorpskracht.statements.control.CamtReader;
import nl.dorpskracht.statements.control.StatementBooking;
import nl.dorpskracht.statements.entity.BankStatementEntry;
import nl.dorpskracht.statements.entity.MatchStatus;
import nl.dorpskracht.statements.entity.MatchedBy;
import nl.dorpskracht.statements.entity.ParsedStatement;
import nl.dorpskracht.testsupport.CamtFixture;
import nl.dorpskracht.testsupport.TestDatabase;
import nl.dorpskracht.testsupport.TestPersistence;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The matcher and booking on a real PostgreSQL with the production mappings: exact, partial, duplicate, ambiguous and
 * returned payments, a batch with several collections, and a statement booked once.
 */
class StatementBookingPersistenceTest {

    private static final String TENANT = "zhvkk";
    private static final int YEAR = 2041;
    private static final UUID[] MEMBERS = new UUID[8];
    private static final String MANDATE_IBAN = "NL44RABO0123456789";
    private final List<DirectDebitReturned> events = new ArrayList<>();

    @BeforeAll
    static void members() throws SQLException {
        TestDatabase.url();
        for (int i = 0; i < MEMBERS.length; i++) {
            MEMBERS[i] = UUID.randomUUID();
            TestDatabase.executeInTenant(TestDatabase.OWNER, TENANT,
                    "insert into member_organisation (tenant_id, id, name, type, municipality) values (?, ?, ?,"
                            + " 'DORPSRAAD', 'Gouda')",
                    TENANT, MEMBERS[i], "Afschrift " + MEMBERS[i]);
        }
        TestDatabase.executeInTenant(TestDatabase.OWNER, TENANT,
                "insert into sepa_mandate (tenant_id, member_id, iban,"
                        + " reference, signed_on) values (?, ?, ?, ?, current_date)",
                TENANT, MEMBERS[3], MANDATE_IBAN, "MND-" + MEMBERS[3].toString().substring(0, 8));
    }

    @Test
    void matchesBooksAndTakesBackInOneGo() {
        Invoice exact = invoice(0, 2500);
        Invoice partial = invoice(1, 5000);
        Invoice byText = invoice(2, 3000);
        Invoice byIban = invoice(3, 4200);
        Invoice collected = invoice(4, 3500);
        Invoice collectedToo = invoice(5, 2500);
        Invoice ambiguousA = invoice(6, 1700);
        Invoice ambiguousB = invoice(7, 1700);
        byte[] statement = CamtFixture.v08().ids("MSG-P1", "STMT-P1")
                .credit("25.00", exact.number(), null, "Dorpsraad Een", "NL02RABO0000000001")
                .credit("20.00", partial.number(), null, "Dorpsraad Twee", "NL02RABO0000000002")
                .credit("30.00", null, "Contributie factuur " + byText.number() + " dank", "Drie", "NL02RABO0000000003")
                .credit("42.00", null, "lidmaatschap", "Vier", MANDATE_IBAN)
                .batch("60.00", new String[] { "35.00", collected.number(), "Vijf", "NL02RABO0000000005" },
                        new String[] { "25.00", collectedToo.number(), "Zes", "NL02RABO0000000006" })
                .credit("25.00", exact.number(), null, "Dorpsraad Een", "NL02RABO0000000001")
                .credit("17.00", null, "contributie", "Onbekend", "NL02RABO0000000009")
                .returned("35.00", collected.number(), "AM04", "Vijf", "NL02RABO0000000005").debit("4.50", "Bankkosten")
                .bytes();

        StatementBooking.Summary summary = book(statement);
        assertEquals(10, summary.entries());
        assertEquals(6, summary.matched());
        assertEquals(2, summary.review(), "the duplicate and the ambiguous amount");
        assertEquals(1, summary.returned());
        assertEquals(1, summary.ignored());
        assertEquals(InvoiceStatus.PAID, reread(exact).status());
        Invoice partly = reread(partial);
        assertEquals(InvoiceStatus.OPEN, partly.status());
        assertEquals(3000, partly.outstandingCents(), "a partial payment leaves the rest open");
        assertEquals(InvoiceStatus.PAID, reread(byText).status());
        assertEquals(InvoiceStatus.PAID, reread(byIban).status());
        Invoice returned = reread(collected);
        assertEquals(InvoiceStatus.OPEN, returned.status(), "a returned direct debit reopens the invoice");
        assertEquals(0, returned.paidCents());
        assertEquals(InvoiceStatus.PAID, reread(collectedToo).status());
        assertEquals(InvoiceStatus.OPEN, reread(ambiguousA).status());
        assertEquals(InvoiceStatus.OPEN, reread(ambiguousB).status());

        List<BankStatementEntry> entries = entries(summary.statementId());
        assertEquals(MatchedBy.END_TO_END, entries.get(0).matchedBy());
        assertEquals(MatchedBy.INVOICE_NUMBER, entries.get(2).matchedBy());
        assertEquals(MatchedBy.AMOUNT_IBAN, entries.get(3).matchedBy());
        assertEquals(MatchStatus.REVIEW, entries.get(6).matchStatus());
        assertEquals("alreadyPaid", entries.get(6).reviewReason());
        assertEquals(exact.id(), entries.get(6).matchedInvoiceId());
        assertEquals(MatchStatus.REVIEW, entries.get(7).matchStatus());
        assertEquals(MatchStatus.RETURNED, entries.get(8).matchStatus());
        assertEquals("AM04", entries.get(8).returnReason());
        assertEquals(List.of(PaymentMethod.DIRECT_DEBIT), payments(collectedToo));

        assertEquals(1, events.size());
        DirectDebitReturned event = events.get(0);
        assertEquals(collected.id(), event.invoiceId());
        assertEquals(MEMBERS[4], event.memberId());
        assertEquals("AM04", event.reasonCode());
        assertEquals(collected.number(), event.endToEndId());
    }

    @Test
    void theSameStatementIsBookedOnce() {
        byte[] statement = CamtFixture.v02().ids("MSG-ONCE", "STMT-ONCE")
                .credit("12.00", "2099-123456", null, null, null).bytes();
        StatementBooking.Summary first = book(statement);
        assertEquals(1, first.review());
        ParsedStatement again = CamtReader.read(statement);
        assertTrue(inTenant(em -> StatementBooking.existing(em, again)).isPresent());
        assertNull(inTenant(em -> StatementBooking
                .existing(em, CamtReader.read(CamtFixture.v02().ids("MSG-OTHER", "STMT-ONCE").bytes())).orElse(null)));
    }

    private StatementBooking.Summary book(byte[] statement) {
        ParsedStatement read = CamtReader.read(statement);
        return inTenant(em -> new StatementBooking(em, "test", events::add).book(read));
    }

    private static Invoice invoice(int member, long cents) {
        return inTenant(em -> {
            long count = em.createQuery("select count(i) from Invoice i where i.year = :year", Long.class)
                    .setParameter("year", YEAR).getSingleResult();
            Invoice invoice = new Invoice(String.format("%d-%06d", YEAR, 100 + count), YEAR, null,
                    Payer.organisation(MEMBERS[member], "Afschrift " + member, null, null, null, null), cents,
                    LocalDate.of(YEAR, 1, 1), LocalDate.of(YEAR, 2, 1));
            em.persist(invoice);
            return invoice;
        });
    }

    private static Invoice reread(Invoice invoice) {
        return inTenant(em -> em.find(Invoice.class, invoice.id()));
    }

    private static List<PaymentMethod> payments(Invoice invoice) {
        return inTenant(em -> em.createQuery("select p from Payment p where p.invoiceId = :id", Payment.class)
                .setParameter("id", invoice.id()).getResultList().stream().map(Payment::method).toList());
    }

    private static List<BankStatementEntry> entries(UUID statement) {
        return inTenant(em -> em
                .createQuery("select e from BankStatementEntry e where e.statementId = :s" + " order by e.position",
                        BankStatementEntry.class)
                .setParameter("s", statement).getResultList());
    }

    private static <T> T inTenant(Function<EntityManager, T> work) {
        EntityManager entityManager = TestPersistence.forTenant(TENANT);
        try {
            entityManager.getTransaction().begin();
            T result = work.apply(entityManager);
            entityManager.getTransaction().commit();
            return result;
        } finally {
            if (entityManager.getTransaction().isActive()) {
                entityManager.getTransaction().rollback();
            }
            entityManager.close();
        }
    }
}

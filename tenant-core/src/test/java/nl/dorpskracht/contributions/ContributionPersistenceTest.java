package nl.dorpskracht.contributions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.persistence.EntityManager;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import nl.dorpskracht.contributions.entity.ContributionRun;
import nl.dorpskracht.contributions.entity.Invoice;
import nl.dorpskracht.contributions.entity.InvoiceLine;
import nl.dorpskracht.contributions.entity.Payer;
import nl.dorpskracht.testsupport.TestDatabase;
import nl.dorpskracht.testsupport.TestPersistence;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Invoices through the production mappings on a real PostgreSQL, and the database's own guard of idempotency: one
 * invoice per payer and year, one line per member and year, whatever the code does.
 */
class ContributionPersistenceTest {

    private static final String TENANT = "ovkk";
    private static final UUID MEMBER = UUID.randomUUID();
    private static final UUID OTHER_MEMBER = UUID.randomUUID();

    @BeforeAll
    static void members() throws SQLException {
        TestDatabase.url();
        for (UUID id : List.of(MEMBER, OTHER_MEMBER)) {
            TestDatabase.executeInTenant(TestDatabase.OWNER, TENANT,
                    "insert into member_organisation (tenant_id, id, name, type, municipality) values (?, ?, ?,"
                            + " 'DORPSRAAD', 'Dalfsen')",
                    TENANT, id, "Persistentie " + id);
        }
    }

    @Test
    void anInvoiceToAMunicipalityHasNoMemberAndReadsBack() {
        int year = 2031;
        ContributionRun run = inTenant(em -> {
            ContributionRun created = new ContributionRun(year, LocalDate.now(), LocalDate.now().plusDays(30), "test");
            em.persist(created);
            return created;
        });
        Invoice municipal = inTenant(em -> {
            Invoice invoice = new Invoice(year + "-000001", year, run.id(), Payer.municipality("Dalfsen"), 8000,
                    LocalDate.now(), LocalDate.now().plusDays(30));
            em.persist(invoice);
            em.persist(new InvoiceLine(invoice.id(), 1, year, MEMBER, "Persistentie", UUID.randomUUID(), "Plan", null,
                    4000));
            return invoice;
        });
        Invoice read = inTenant(em -> em.createQuery("select i from Invoice i where i.number = :number", Invoice.class)
                .setParameter("number", year + "-000001").getSingleResult());
        assertNull(read.memberId());
        assertEquals("Gemeente Dalfsen", read.payerName());
        assertEquals(municipal.id(), read.id());
        assertEquals(List.of(4000L),
                inTenant(em -> em
                        .createQuery("select l.amountCents from InvoiceLine l where l.invoiceId = :id", Long.class)
                        .setParameter("id", read.id()).getResultList()));
    }

    @Test
    void theDatabaseRefusesASecondInvoiceForAPayerAndYearAndASecondLineForAMember() throws SQLException {
        String insertInvoice = "insert into invoice (tenant_id, id, number, year, payer_kind, payer_key, member_id,"
                + " payer_name, amount_cents, status, issued_on, due_on) values ('ovkk', gen_random_uuid(), ?, 2032,"
                + " 'ORGANISATION', ?, ?, 'X', 100, 'OPEN', current_date, current_date)";
        TestDatabase.executeInTenant(TestDatabase.APPLICATION, TENANT, insertInvoice, "2032-000001", "M:" + MEMBER,
                MEMBER);
        SQLException twice = assertThrows(SQLException.class,
                () -> TestDatabase.executeInTenant(TestDatabase.APPLICATION, TENANT, insertInvoice, "2032-000002",
                        "M:" + MEMBER, MEMBER));
        assertEquals("23505", twice.getSQLState());

        String insertLine = "insert into invoice_line (tenant_id, id, invoice_id, line_no, year, member_id, member_name,"
                + " plan_id, plan_name, amount_cents) select 'ovkk', gen_random_uuid(), i.id, ?, 2032, ?, 'X',"
                + " gen_random_uuid(), 'P', 100 from invoice i where i.number = ?";
        TestDatabase.executeInTenant(TestDatabase.APPLICATION, TENANT, insertInvoice, "2032-000003",
                "M:" + OTHER_MEMBER, OTHER_MEMBER);
        TestDatabase.executeInTenant(TestDatabase.APPLICATION, TENANT, insertLine, 1, MEMBER, "2032-000001");
        SQLException billedTwice = assertThrows(SQLException.class, () -> TestDatabase
                .executeInTenant(TestDatabase.APPLICATION, TENANT, insertLine, 1, MEMBER, "2032-000003"));
        assertEquals("23505", billedTwice.getSQLState(), "a member is billed once a year, on any invoice");
        SQLException sameNumber = assertThrows(SQLException.class,
                () -> TestDatabase.executeInTenant(TestDatabase.APPLICATION, TENANT, insertInvoice, "2032-000001",
                        "M:ander", OTHER_MEMBER));
        assertEquals("23505", sameNumber.getSQLState(), "invoice numbers are unique in a tenant");
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

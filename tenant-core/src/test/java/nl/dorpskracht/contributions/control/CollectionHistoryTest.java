package nl.dorpskracht.contributions.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.EntityManager;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import nl.dorpskracht.contributions.entity.ContributionRun;
import nl.dorpskracht.contributions.entity.Invoice;
import nl.dorpskracht.contributions.entity.MandateCollection;
import nl.dorpskracht.contributions.entity.Payer;
import nl.dorpskracht.contributions.entity.SequenceType;
import nl.dorpskracht.members.entity.MandateDetails;
import nl.dorpskracht.members.entity.SepaMandate;
import nl.dorpskracht.security.audit.control.AuditLog;
import nl.dorpskracht.testsupport.TestDatabase;
import nl.dorpskracht.testsupport.TestPersistence;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The sequence rule and amendments read from the history of collections, on a real PostgreSQL through the production
 * mappings: FRST first, RCUR after, the same answer on a re-download, amendments against the last collection, and a
 * returned first collection (the {@link DirectDebitReturned} event) making the next one FRST again.
 */
class CollectionHistoryTest {

    private static final String TENANT = "ovkk";
    private static final String CREDITOR = "NL20ZZZ999999999990000";
    private static final LocalDate SIGNED = LocalDate.of(2020, 1, 1);
    private static int years = 2040;
    private static UUID runId;

    @BeforeAll
    static void run() {
        TestDatabase.url();
        runId = inTenant(em -> {
            ContributionRun run = new ContributionRun(2040, LocalDate.now(), LocalDate.now().plusDays(30), "test");
            em.persist(run);
            return run.id();
        });
    }

    @Test
    void theFirstCollectionIsFrstTheNextRcurAndARedownloadChangesNothing() throws SQLException {
        UUID member = member();
        SepaMandate mandate = mandate(member, "NL91ABNA0417164300", "MACHT-1");
        Invoice first = invoice(member);
        Invoice second = invoice(member);

        assertEquals(SequenceType.FRST, collect(first, mandate).sequenceType());
        assertEquals(SequenceType.RCUR, collect(second, mandate).sequenceType());
        MandateCollection again = collect(first, mandate);
        assertEquals(SequenceType.FRST, again.sequenceType(), "a re-download keeps the first file's sequence");
        Long rows = inTenant(
                em -> em.createQuery("select count(c) from MandateCollection c where c.memberId = :m", Long.class)
                        .setParameter("m", member).getSingleResult());
        assertEquals(2L, rows.longValue(), "one row per invoice, not per download");
        assertFalse(collect(second, mandate).amendment().any());
    }

    @Test
    void aNewIbanAtTheSameBankIsAnAmendmentWithTheOriginalAccount() throws SQLException {
        UUID member = member();
        collect(invoice(member), mandate(member, "NL91ABNA0417164300", "MACHT-2"));
        MandateCollection next = collect(invoice(member), mandate(member, "NL02ABNA0123456789", "MACHT-2B"));
        assertEquals(SequenceType.RCUR, next.sequenceType());
        assertEquals("NL91ABNA0417164300", next.amendment().originalIban());
        assertFalse(next.amendment().otherBank());
        assertTrue(next.amendment().originalMandateReference().startsWith("MACHT-2-"));
        assertNull(next.amendment().originalCreditorId());
        assertFalse(collect(invoice(member), mandate(member, "NL02ABNA0123456789", "MACHT-2B")).amendment().any(),
                "the amendment is sent once");
    }

    @Test
    void aNewIbanAtAnotherBankIsSmndaAndFrst() throws SQLException {
        UUID member = member();
        collect(invoice(member), mandate(member, "NL91ABNA0417164300", "MACHT-3"));
        MandateCollection next = collect(invoice(member), mandateKeepingReference(member, "NL39RABO0300065264"));
        assertTrue(next.amendment().otherBank());
        assertEquals("NL91ABNA0417164300", next.amendment().originalIban());
        assertEquals(SequenceType.FRST, next.sequenceType());
    }

    @Test
    void aReturnedFirstCollectionFlagsTheMandateAndTheNextIsFrstAgain() throws SQLException {
        UUID member = member();
        SepaMandate mandate = mandate(member, "NL91ABNA0417164300", "MACHT-4");
        Invoice first = invoice(member);
        MandateCollection sent = collect(first, mandate);
        List<String> audited = new ArrayList<>();
        inTenant(em -> {
            DirectDebitReturns returns = new DirectDebitReturns();
            returns.entityManager = em;
            returns.audit = new AuditLog() {
                @Override
                public void record(String action, String entityType, Object entityId, Map<String, Object[]> changes) {
                    audited.add(action + " " + entityType + " " + entityId + " " + changes.get("returnedReason")[1]);
                }
            };
            returns.returned(
                    new DirectDebitReturned(first.id(), member, sent.endToEndId(), "MS02", LocalDate.of(2040, 3, 1)));
            return null;
        });
        assertEquals(List.of("RETURNED SepaMandate " + member + " MS02"), audited);
        SepaMandate flagged = inTenant(em -> em.find(SepaMandate.class, member));
        assertEquals("MS02", flagged.returnedReason());
        assertEquals(LocalDate.of(2040, 3, 1), flagged.returnedOn());
        MandateCollection returned = inTenant(em -> em.find(MandateCollection.class, sent.id()));
        assertEquals("MS02", returned.returnReason());

        assertEquals(SequenceType.FRST, collect(first, flagged).sequenceType(), "collected again: first again");
        assertEquals(SequenceType.RCUR, collect(invoice(member), flagged).sequenceType());
    }

    @Test
    void banksAreComparedByBicOrByTheDutchBankCode() {
        assertTrue(CollectionHistory.sameBank("NL91ABNA0417164300", null, "NL02ABNA0123456789", null));
        assertFalse(CollectionHistory.sameBank("NL91ABNA0417164300", null, "NL39RABO0300065264", null));
        assertTrue(CollectionHistory.sameBank("BE68539007547034", "GKCCBEBB", "BE71096123456769", "GKCCBEBBXXX"));
        assertFalse(CollectionHistory.sameBank("DE89370400440532013000", null, "DE89370400440532013001", null),
                "unknown bank codes count as another bank");
    }

    private static MandateCollection collect(Invoice invoice, SepaMandate mandate) {
        return inTenant(
                em -> CollectionHistory.collectionFor(em, invoice, mandate, CREDITOR, LocalDate.of(2040, 2, 1)));
    }

    private static UUID member() throws SQLException {
        UUID id = UUID.randomUUID();
        TestDatabase.executeInTenant(TestDatabase.OWNER, TENANT,
                "insert into member_organisation (tenant_id, id, name, type, municipality) values (?, ?, ?,"
                        + " 'DORPSRAAD', 'Dalfsen')",
                TENANT, id, "Incasso " + id);
        return id;
    }

    private static SepaMandate mandate(UUID member, String iban, String reference) {
        return saveMandate(member, iban, reference + "-" + member.toString().substring(0, 8));
    }

    private static SepaMandate mandateKeepingReference(UUID member, String iban) {
        String reference = inTenant(em -> em.find(SepaMandate.class, member).reference());
        return saveMandate(member, iban, reference);
    }

    private static SepaMandate saveMandate(UUID member, String iban, String reference) {
        return inTenant(em -> {
            SepaMandate mandate = em.find(SepaMandate.class, member);
            MandateDetails details = new MandateDetails(iban, null, reference, SIGNED);
            if (mandate == null) {
                mandate = new SepaMandate(member, details);
                em.persist(mandate);
            } else {
                mandate.replaceWith(details);
            }
            return mandate;
        });
    }

    private static Invoice invoice(UUID member) {
        int year = years++;
        return inTenant(em -> {
            Invoice invoice = new Invoice("S" + year + "-" + member.toString().substring(0, 8), year, runId,
                    Payer.organisation(member, "Incasso", null, null, null, null), 4250, LocalDate.now(),
                    LocalDate.now().plusDays(30));
            em.persist(invoice);
            return invoice;
        });
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

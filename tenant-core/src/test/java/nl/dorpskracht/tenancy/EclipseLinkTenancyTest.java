package nl.dorpskracht.tenancy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.RollbackException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import nl.dorpskracht.members.entity.MemberInput;
import nl.dorpskracht.members.entity.MemberStatus;
import nl.dorpskracht.members.entity.MemberOrganisation;
import nl.dorpskracht.members.entity.MemberType;
import nl.dorpskracht.testsupport.TestDatabase;
import nl.dorpskracht.testsupport.TestPersistence;
import org.junit.jupiter.api.Test;

/**
 * Regressions for the EclipseLink multitenancy bugs the stack is known for (#1161 wrong tenant under concurrency, #1333
 * updates built from the primary key only) and for the second line, row-level security, holding where the discriminator
 * does not: native SQL and bulk statements.
 */
class EclipseLinkTenancyTest {

    private static final List<String> TENANTS = List.of("vkkl", "zhvkk", "ovkk");

    @Test
    void persistingWithoutATenantIsRefused() {
        EntityManager entityManager = TestPersistence.withoutTenant();
        try {
            entityManager.getTransaction().begin();
            RuntimeException refused = assertThrows(RuntimeException.class,
                    () -> entityManager.persist(member("Zonder Vereniging", "Nergens")));
            assertTrue(causeChain(refused).contains("MissingTenantException") || causeChain(refused).contains("6174"),
                    causeChain(refused));
        } finally {
            if (entityManager.getTransaction().isActive()) {
                entityManager.getTransaction().rollback();
            }
            entityManager.close();
        }
    }

    @Test
    void aPersistedMemberCarriesItsTenantAndIsInvisibleElsewhere() throws SQLException {
        MemberOrganisation created = inTenant("vkkl", em -> {
            MemberOrganisation member = member("Dorpsraad Eén", "Venlo");
            em.persist(member);
            return member;
        });
        assertEquals("vkkl", tenantOf(created.id()));
        assertNull(inTenant("zhvkk", em -> em.find(MemberOrganisation.class, created.id())));
        MemberOrganisation again = inTenant("vkkl", em -> em.find(MemberOrganisation.class, created.id()));
        assertNotNull(again);
        assertEquals("vkkl", again.tenantId());
    }

    @Test
    void interleavedThreadsOfDifferentTenantsNeverSeeEachOthersRows() throws Exception {
        int threads = 12;
        int rounds = 15;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<List<String>>> results = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            String tenant = TENANTS.get(t % TENANTS.size());
            String marker = "Draad " + t;
            results.add(pool.submit(interleaved(start, tenant, marker, rounds)));
        }
        start.countDown();
        pool.shutdown();
        assertTrue(pool.awaitTermination(120, TimeUnit.SECONDS));
        for (int t = 0; t < threads; t++) {
            String tenant = TENANTS.get(t % TENANTS.size());
            for (String seen : results.get(t).get()) {
                assertEquals(tenant, seen, "thread " + t + " of " + tenant + " saw a row of " + seen);
            }
        }
    }

    private Callable<List<String>> interleaved(CountDownLatch start, String tenant, String marker, int rounds) {
        return () -> {
            start.await();
            List<String> seenTenants = new ArrayList<>();
            for (int round = 0; round < rounds; round++) {
                int r = round;
                inTenant(tenant, em -> {
                    em.persist(member(marker + " ronde " + r, "Gemeente " + tenant));
                    return null;
                });
                List<MemberOrganisation> visible = inTenant(tenant, em -> em
                        .createQuery("select m from MemberOrganisation m", MemberOrganisation.class).getResultList());
                visible.forEach(m -> seenTenants.add(m.tenantId()));
                visible.forEach(m -> seenTenants.add(m.municipality().startsWith("Gemeente ")
                        ? m.municipality().substring("Gemeente ".length()) : tenant));
            }
            return seenTenants;
        };
    }

    @Test
    void jpqlBulkUpdateAndDeleteTouchOnlyTheCurrentTenant() throws SQLException {
        for (String tenant : TENANTS) {
            inTenant(tenant, em -> {
                em.persist(member("Bulk " + tenant, "Bulkdorp"));
                return null;
            });
        }
        int updated = inTenant("zhvkk", em -> em.createQuery(
                "update MemberOrganisation m set m.email = 'gewijzigd@bulk.nl' where m.municipality = 'Bulkdorp'")
                .executeUpdate());
        assertEquals(1, updated);
        assertEquals(Map.of("vkkl", "null", "zhvkk", "gewijzigd@bulk.nl", "ovkk", "null"), emailsOfBulkRows());

        int deleted = inTenant("ovkk", em -> em
                .createQuery("delete from MemberOrganisation m where m.municipality = 'Bulkdorp'").executeUpdate());
        assertEquals(1, deleted);
        assertEquals(Map.of("vkkl", "null", "zhvkk", "gewijzigd@bulk.nl"), emailsOfBulkRows());
    }

    @Test
    void nativeSqlIsHeldByRowLevelSecurity() {
        inTenant("vkkl", em -> {
            em.persist(member("Native Limburg", "Nativedorp"));
            return null;
        });
        Number visibleToOther = inTenant("zhvkk",
                em -> (Number) em
                        .createNativeQuery("select count(*) from member_organisation where municipality = 'Nativedorp'")
                        .getSingleResult());
        assertEquals(0, visibleToOther.intValue());
        Number updatedByOther = inTenant("zhvkk",
                em -> em.createNativeQuery(
                        "update member_organisation set name = 'Gekaapt' where municipality = 'Nativedorp'")
                        .executeUpdate());
        assertEquals(0, updatedByOther.intValue());
        Number visibleToOwner = inTenant("vkkl",
                em -> (Number) em
                        .createNativeQuery("select count(*) from member_organisation where municipality = 'Nativedorp'")
                        .getSingleResult());
        assertEquals(1, visibleToOwner.intValue());
    }

    @Test
    void anUpdateOfAnotherTenantsRowByPrimaryKeyChangesNothing() throws SQLException {
        MemberOrganisation victim = inTenant("vkkl", em -> {
            MemberOrganisation member = member("Slachtoffer", "Sleutelstad");
            em.persist(member);
            return member;
        });
        // #1333: statements built from the primary key alone; the discriminator and RLS must still hold
        Number changed = inTenant("zhvkk",
                em -> em.createQuery("update MemberOrganisation m set m.name = 'Gekaapt' where m.id = :id")
                        .setParameter("id", victim.id()).executeUpdate());
        assertEquals(0, changed.intValue());
        assertEquals("Slachtoffer", inTenant("vkkl", em -> em.find(MemberOrganisation.class, victim.id()).name()));
    }

    @Test
    void aStaleVersionLosesAndTheFirstWriteIsKept() {
        MemberOrganisation created = inTenant("vkkl", em -> {
            MemberOrganisation member = member("Versiedorp Raad", "Versiedorp");
            em.persist(member);
            return member;
        });
        EntityManager first = TestPersistence.forTenant("vkkl");
        EntityManager second = TestPersistence.forTenant("vkkl");
        try {
            first.getTransaction().begin();
            second.getTransaction().begin();
            MemberOrganisation a = first.find(MemberOrganisation.class, created.id());
            MemberOrganisation b = second.find(MemberOrganisation.class, created.id());
            a.describe(MemberInput.basic("Eerste", "DORPSRAAD", "Versiedorp", null, null).validate());
            b.describe(MemberInput.basic("Tweede", "DORPSRAAD", "Versiedorp", null, null).validate());
            first.getTransaction().commit();
            RollbackException lost = assertThrows(RollbackException.class, () -> second.getTransaction().commit());
            assertTrue(lost.getCause() instanceof OptimisticLockException, causeChain(lost));
        } finally {
            first.close();
            second.close();
        }
        assertEquals("Eerste", inTenant("vkkl", em -> em.find(MemberOrganisation.class, created.id()).name()));
    }

    private static MemberOrganisation member(String name, String municipality) {
        return new MemberOrganisation(MemberInput.basic(name, "DORPSRAAD", municipality, null, null).validate(),
                MemberStatus.ACTIVE);
    }

    private static <T> T inTenant(String tenant, Function<EntityManager, T> work) {
        EntityManager entityManager = TestPersistence.forTenant(tenant);
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

    private static String tenantOf(UUID id) throws SQLException {
        try (Connection connection = TestDatabase.superuser().getConnection(); PreparedStatement select = connection
                .prepareStatement("select tenant_id from member_organisation where id = ?")) {
            select.setObject(1, id);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? row.getString(1) : null;
            }
        }
    }

    private static Map<String, String> emailsOfBulkRows() throws SQLException {
        try (Connection connection = TestDatabase.superuser().getConnection();
                PreparedStatement select = connection.prepareStatement(
                        "select tenant_id, coalesce(email, 'null') from member_organisation where municipality = 'Bulkdorp'")) {
            Map<String, String> emails = new java.util.HashMap<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    emails.put(rows.getString(1), rows.getString(2));
                }
            }
            return emails;
        }
    }

    private static String causeChain(Throwable thrown) {
        StringBuilder chain = new StringBuilder();
        for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
            chain.append(cause.getClass().getName()).append(": ").append(cause.getMessage()).append(" | ");
        }
        return chain.toString();
    }
}

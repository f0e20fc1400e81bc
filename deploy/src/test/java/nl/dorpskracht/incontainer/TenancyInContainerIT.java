package nl.dorpskracht.incontainer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.io.File;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import nl.dorpskracht.members.boundary.MemberService;
import nl.dorpskracht.members.control.MemberPage;
import nl.dorpskracht.members.control.MemberSearch;
import nl.dorpskracht.members.entity.MemberOrganisation;
import nl.dorpskracht.members.entity.MemberStatus;
import nl.dorpskracht.platform.database.ApplicationDataSource;
import nl.dorpskracht.tenancy.control.MissingTenantException;
import nl.dorpskracht.tenancy.control.TenantContext;
import nl.dorpskracht.tenancy.entity.TenantOwned;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Inside the container, on the real WAR: the JTA transaction, the container's connection pool and the tenant
 * interceptor together. The system tests see the same only from outside, through HTTP.
 */
@ExtendWith(ArquillianExtension.class)
class TenancyInContainerIT {

    @Deployment
    static WebArchive application() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File("target/ROOT.war"))
                .addClass(TenancyInContainerIT.class);
    }

    @Inject
    MemberService members;

    @Inject
    TenantContext tenant;

    @Inject
    ApplicationDataSource dataSource;

    @PersistenceContext(unitName = "dorpskracht")
    EntityManager entityManager;

    @Inject
    UserTransaction transaction;

    @Test
    void aServiceCalledWithoutATenantRefusesInsteadOfReadingEverything() {
        RuntimeException refused = assertThrows(RuntimeException.class,
                () -> members.search(new MemberSearch(null, null, null, MemberStatus.ACTIVE, 0, 10)));
        assertTrue(refused instanceof MissingTenantException || refused.getCause() instanceof MissingTenantException,
                refused.toString());
    }

    @Test
    void aServiceBoundToATenantSeesThatTenantOnly() {
        tenant.bind("zhvkk");
        MemberPage page = members.search(new MemberSearch(null, null, null, MemberStatus.ACTIVE, 0, 100));
        assertTrue(page.total() > 0);
        for (MemberOrganisation member : page.items()) {
            assertEquals("zhvkk", member.tenantId(), member.name());
        }
    }

    @Test
    void aPooledConnectionInATransactionWithoutATenantSeesNoRows() throws Exception {
        transaction.begin();
        try (Connection connection = dataSource.get().getConnection(); Statement sql = connection.createStatement();
                ResultSet count = sql.executeQuery("select count(*) from member_organisation")) {
            count.next();
            assertEquals(0, count.getInt(1));
        } finally {
            transaction.rollback();
        }
    }

    @Test
    void jpqlBulkUpdateUnderJtaTouchesOnlyTheBoundTenant() throws Exception {
        int vkklBefore = count("vkkl", "bulk@in.container");
        transaction.begin();
        entityManager.setProperty(TenantOwned.REGION_SCOPE_PROPERTY, TenantOwned.ALL_REGIONS);
        entityManager.setProperty(TenantOwned.TENANT_PROPERTY, "ovkk");
        int updated = entityManager.createQuery("update MemberOrganisation m set m.email = 'bulk@in.container'")
                .executeUpdate();
        transaction.rollback();
        assertTrue(updated > 0, "ovkk has demo members");
        assertEquals(vkklBefore, count("vkkl", "bulk@in.container"));

        transaction.begin();
        entityManager.setProperty(TenantOwned.REGION_SCOPE_PROPERTY, TenantOwned.ALL_REGIONS);
        entityManager.setProperty(TenantOwned.TENANT_PROPERTY, "ovkk");
        int deleted = entityManager.createQuery("delete from MemberOrganisation m where m.tenantId = 'vkkl'")
                .executeUpdate();
        transaction.rollback();
        assertEquals(0, deleted, "a condition on another tenant's id matches nothing");
    }

    @Test
    void nativeSqlIsSwitchedOffForTheApplicationsPersistenceUnit() throws Exception {
        transaction.begin();
        try {
            entityManager.setProperty(TenantOwned.REGION_SCOPE_PROPERTY, TenantOwned.ALL_REGIONS);
            entityManager.setProperty(TenantOwned.TENANT_PROPERTY, "vkkl");
            RuntimeException refused = assertThrows(RuntimeException.class, () -> entityManager
                    .createNativeQuery("select count(*) from member_organisation").getSingleResult());
            assertTrue(refused.getMessage().contains("6175") || String.valueOf(refused.getCause()).contains("6175"),
                    refused.toString());
        } finally {
            transaction.rollback();
        }
    }

    private int count(String tenantCode, String email) throws Exception {
        transaction.begin();
        try {
            entityManager.setProperty(TenantOwned.REGION_SCOPE_PROPERTY, TenantOwned.ALL_REGIONS);
            entityManager.setProperty(TenantOwned.TENANT_PROPERTY, tenantCode);
            List<Long> counted = entityManager
                    .createQuery("select count(m) from MemberOrganisation m where m.email = :email", Long.class)
                    .setParameter("email", email).getResultList();
            assertFalse(counted.isEmpty());
            return counted.get(0).intValue();
        } finally {
            transaction.rollback();
        }
    }
}

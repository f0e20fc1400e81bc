package nl.dorpskracht.tenancy.control;

import java.sql.Connection;
import java.sql.SQLException;
import nl.dorpskracht.tenancy.entity.TenantOwned;
import org.eclipse.persistence.config.SessionCustomizer;
import org.eclipse.persistence.descriptors.ClassDescriptor;
import org.eclipse.persistence.descriptors.DescriptorEvent;
import org.eclipse.persistence.descriptors.DescriptorEventAdapter;
import org.eclipse.persistence.exceptions.DatabaseException;
import org.eclipse.persistence.internal.databaseaccess.Accessor;
import org.eclipse.persistence.sessions.Session;
import org.eclipse.persistence.sessions.SessionEvent;
import org.eclipse.persistence.sessions.SessionEventAdapter;

/**
 * The second line of tenancy: every connection EclipseLink takes gets {@code app.tenant_id} set for the running
 * transaction only ({@code set_config(..., true)}), so PostgreSQL row-level security filters by the same tenant as the
 * EclipseLink discriminator. A persistence context without a tenant sets the empty string and sees no tenant-owned row
 * at all.
 */
public class TenantSessionCustomizer extends SessionEventAdapter implements SessionCustomizer {

    @Override
    public void customize(Session session) {
        session.getEventManager().addListener(this);
        for (ClassDescriptor descriptor : session.getDescriptors().values()) {
            if (TenantOwned.class.isAssignableFrom(descriptor.getJavaClass())) {
                descriptor.getEventManager().addListener(new RefuseWithoutTenant());
            }
        }
    }

    @Override
    public void postAcquireConnection(SessionEvent event) {
        Object tenant = event.getSession().getProperty(TenantOwned.TENANT_PROPERTY);
        Object regions = event.getSession().getProperty(TenantOwned.REGION_SCOPE_PROPERTY);
        Connection connection = ((Accessor) event.getResult()).getConnection();
        try {
            RowSecurity.bindTenant(connection, tenant == null ? null : tenant.toString(),
                    regions == null ? null : regions.toString());
        } catch (SQLException e) {
            throw DatabaseException.sqlException(e);
        }
    }

    private static final class RefuseWithoutTenant extends DescriptorEventAdapter {
        @Override
        public void prePersist(DescriptorEvent event) {
            Object tenant = event.getSession().getProperty(TenantOwned.TENANT_PROPERTY);
            if (tenant == null || tenant.toString().isBlank()) {
                throw new MissingTenantException(event.getSource().getClass().getSimpleName());
            }
        }
    }
}

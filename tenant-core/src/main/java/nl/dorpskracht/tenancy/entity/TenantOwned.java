package nl.dorpskracht.tenancy.entity;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/**
 * Everything a tenant owns extends this. EclipseLink fills and filters {@code tenant_id} from the
 * {@code eclipselink.tenant-id} property of the persistence context (persisting without one is refused by
 * {@link nl.dorpskracht.tenancy.control.TenantSessionCustomizer}); PostgreSQL row-level security holds the same line a
 * second time.
 */
@MappedSuperclass
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = TenantOwned.TENANT_PROPERTY)
public abstract class TenantOwned {

    public static final String TENANT_PROPERTY = "eclipselink.tenant-id";

    /**
     * The regions the persistence context may see inside its tenant: {@link #ALL_REGIONS} or region names joined by
     * {@code |}. Read by row-level security only; without it, region-scoped tables show nothing.
     */
    public static final String REGION_SCOPE_PROPERTY = "dorpskracht.region-scope";

    public static final String ALL_REGIONS = "*";

    @Column(name = "tenant_id", insertable = false, updatable = false)
    private String tenantId;

    /** The owning tenant, as read from the database; null before the first read. */
    public String tenantId() {
        return tenantId;
    }
}

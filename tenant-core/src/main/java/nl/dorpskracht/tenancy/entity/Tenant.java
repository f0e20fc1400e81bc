package nl.dorpskracht.tenancy.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** An association on the platform: the national LVKK or a provincial one. Adding one is data, not code. */
@Entity
@Table(name = "tenant")
public class Tenant {

    @Id
    private String code;

    private String name;

    @Enumerated(EnumType.STRING)
    private TenantKind kind;

    @Column(name = "parent_code")
    private String parentCode;

    /** CBS code of the province (PV20..PV31); none for a national association. */
    @Column(name = "province_code")
    private String provinceCode;

    /** Set while the association is suspended: its data stays, its grants give no access. */
    @Column(name = "suspended_at")
    private OffsetDateTime suspendedAt;

    protected Tenant() {
    }

    public String code() {
        return code;
    }

    public String name() {
        return name;
    }

    public TenantKind kind() {
        return kind;
    }

    public String parentCode() {
        return parentCode;
    }

    public String provinceCode() {
        return provinceCode;
    }

    public OffsetDateTime suspendedAt() {
        return suspendedAt;
    }

    public boolean suspended() {
        return suspendedAt != null;
    }
}

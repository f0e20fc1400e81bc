package nl.dorpskracht.tenancy.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

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

    /** The province it works in, as the municipality register codes it ({@code PV31}); null for a national one. */
    @Column(name = "province_code")
    private String provinceCode;

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
}

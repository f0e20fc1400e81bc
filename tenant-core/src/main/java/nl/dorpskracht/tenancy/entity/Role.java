package nl.dorpskracht.tenancy.entity;

public enum Role {
    PLATFORM_ADMIN, TENANT_ADMIN, NATIONAL_OFFICE, MEMBER_CONTACT, REGIONAL_AMBASSADOR,
    /** Contributions, invoices, mandates, the SEPA creditor and runs of one association; nothing else. */
    TREASURER
}

package nl.dorpskracht.invitations.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nl.dorpskracht.invitations.control.InvitationLinks;
import nl.dorpskracht.invitations.control.InvitationMail;
import nl.dorpskracht.invitations.control.InvitationTokens;
import nl.dorpskracht.invitations.entity.Invitation;
import nl.dorpskracht.invitations.entity.InvitationSent;
import nl.dorpskracht.invitations.entity.InvitationSent.Delivery;
import nl.dorpskracht.invitations.entity.PendingInvitation;
import nl.dorpskracht.outbox.boundary.Outbox;
import nl.dorpskracht.security.audit.control.AuditLog;
import nl.dorpskracht.platform.database.TransactionFunctions;
import nl.dorpskracht.platform.mail.MailSettings;
import nl.dorpskracht.security.boundary.Caller;
import nl.dorpskracht.tenancy.entity.Role;
import nl.dorpskracht.tenancy.boundary.TenantRegistry;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The only way an association gives someone a login or a role: an invitation mailed to the address, accepted by whoever
 * reads that mail ({@link InvitationAcceptance}). Written in the admin's transaction, in the admin's tenant, so the
 * invitation, its mail and the audit entry land together. Nothing here looks at the {@code account} table: the answer
 * cannot tell an admin whether an address has an account anywhere.
 */
@ApplicationScoped
@Transactional(TxType.MANDATORY)
public class Invitations {

    public static final Duration VALID_FOR = Duration.ofHours(72);
    public static final String AUDIT_TYPE = "Invitation";
    static final String MAIL_KIND = "INVITATION";

    @Inject
    TransactionFunctions functions;

    @Inject
    Outbox outbox;

    @Inject
    AuditLog audit;

    @Inject
    Caller caller;

    @Inject
    TenantRegistry tenants;

    @Inject
    Instance<HttpServletRequest> request;

    /**
     * Invites {@code email} to {@code role} in {@code tenant}; an open invitation for the same address and purpose is
     * withdrawn first, so only the newest link works.
     */
    public InvitationSent invite(Invitation wanted) {
        withdrawOpen(wanted);
        String token = InvitationTokens.newToken();
        UUID id = UUID.randomUUID();
        Instant expiresAt = Instant.now().plus(VALID_FOR);
        functions.execute(
                "insert into invitation (tenant_id, id, email, display_name, role, contact_id, region_id,"
                        + " token_hash, invited_by, expires_at) values (#a0, cast(#a1 as uuid), #a2, #a3, #a4,"
                        + " cast(#a5 as uuid), cast(#a6 as uuid), decode(#a7, 'hex'), #a8, #a9)",
                wanted.tenant(), id.toString(), wanted.email(), wanted.displayName(), wanted.role().name(),
                text(wanted.contactId()), text(wanted.regionId()), InvitationTokens.hashHex(token), caller.name(),
                Timestamp.from(expiresAt));
        String link = InvitationLinks.forToken(token, requestBase());
        outbox.put(wanted.tenant(), MAIL_KIND, Outbox.DUTCH, InvitationMail.compose(id, wanted,
                tenants.nameOf(wanted.tenant()), caller.displayName().orElse(null), link, expiresAt));
        audit.record("INVITE", AUDIT_TYPE, id, Map.of("email", new Object[] { null, wanted.email() }, "role",
                new Object[] { null, wanted.role().name() }));
        boolean mailGoesOut = MailSettings.from(ConfigProvider.getConfig()).configured();
        return new InvitationSent(id, expiresAt, mailGoesOut ? Delivery.MAIL : Delivery.SHOWN_ONCE,
                mailGoesOut ? Optional.empty() : Optional.of(link));
    }

    /**
     * Withdraws the open invitations of a contact person's login, or of an ambassadorship; spent ones stay as record.
     */
    public void withdraw(String tenant, Role role, UUID contactId, UUID regionId, String email) {
        String sql = "update invitation set withdrawn_at = now()"
                + " where tenant_id = #a0 and role = #a1 and accepted_at is null and withdrawn_at is null"
                + " and contact_id is not distinct from cast(#a2 as uuid) and region_id is not distinct from"
                + " cast(#a3 as uuid)" + (email == null ? "" : " and lower(email) = lower(#a4)")
                + " returning cast(id as varchar) as id";
        List<Map<String, Object>> withdrawn = email == null
                ? functions.rows(sql, tenant, role.name(), text(contactId), text(regionId))
                : functions.rows(sql, tenant, role.name(), text(contactId), text(regionId), email);
        for (Map<String, Object> row : withdrawn) {
            audit.record("WITHDRAW", AUDIT_TYPE, row.get("id"), Map.of("role", new Object[] { role.name(), null }));
        }
    }

    /** Withdraws one open invitation of the tenant; false if there is none open by that id. */
    public boolean withdraw(String tenant, UUID invitationId) {
        List<Map<String, Object>> withdrawn = functions.rows("update invitation set withdrawn_at = now()"
                + " where tenant_id = #a0 and id = cast(#a1 as uuid) and accepted_at is null and withdrawn_at is null"
                + " returning role", tenant, invitationId.toString());
        withdrawn.forEach(row -> audit.record("WITHDRAW", AUDIT_TYPE, invitationId,
                Map.of("role", new Object[] { row.get("role"), null })));
        return !withdrawn.isEmpty();
    }

    /** Open invitations of the tenant for a role, newest first (bounded: an admin's screen, not an export). */
    public List<PendingInvitation> pending(String tenant, Role role) {
        return functions.rows("select cast(id as varchar) as id, email, display_name, role,"
                + " cast(contact_id as varchar) as contact_id, cast(region_id as varchar) as region_id, expires_at"
                + " from invitation where tenant_id = #a0 and role = #a1 and accepted_at is null"
                + " and withdrawn_at is null and expires_at > now() order by created_at desc limit 500", tenant,
                role.name()).stream().map(Invitations::pendingOf).toList();
    }

    /** An erased person's invitations go with the rest of what was kept about them, in the erasing transaction. */
    public void forget(UUID contactId, String formerEmail) {
        List<Map<String, Object>> gone = new java.util.ArrayList<>(functions.rows(
                "delete from invitation" + " where contact_id = cast(#a0 as uuid) returning cast(id as varchar) as id",
                contactId.toString()));
        if (formerEmail != null) {
            gone.addAll(functions.rows(
                    "delete from invitation where lower(email) = lower(#a0)" + " returning cast(id as varchar) as id",
                    formerEmail));
        }
        gone.forEach(row -> audit.redact(AUDIT_TYPE, row.get("id")));
    }

    /** Where the inviting admin reached us: scheme, host and port, and the application's path. */
    private String requestBase() {
        HttpServletRequest current = request.get();
        String url = current.getRequestURL().toString();
        return url.substring(0, url.length() - current.getRequestURI().length()) + current.getContextPath();
    }

    private void withdrawOpen(Invitation wanted) {
        withdraw(wanted.tenant(), wanted.role(), wanted.contactId(), wanted.regionId(), wanted.email());
    }

    private static PendingInvitation pendingOf(Map<String, Object> row) {
        return new PendingInvitation(UUID.fromString((String) row.get("id")), (String) row.get("email"),
                (String) row.get("display_name"), Role.valueOf((String) row.get("role")), uuid(row.get("contact_id")),
                uuid(row.get("region_id")), ((Timestamp) row.get("expires_at")).toInstant());
    }

    private static UUID uuid(Object value) {
        return value == null ? null : UUID.fromString((String) value);
    }

    private static String text(UUID value) {
        return value == null ? null : value.toString();
    }
}

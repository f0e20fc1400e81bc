package nl.dorpskracht.security.tokens;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.dorpskracht.tenancy.boundary.TenantWork;
import nl.dorpskracht.security.audit.control.AuditLog;
import nl.dorpskracht.platform.database.Datasources;
import nl.dorpskracht.platform.database.TransactionFunctions;
import nl.dorpskracht.platform.input.ControlCharacters;
import nl.dorpskracht.platform.problem.FieldError;
import nl.dorpskracht.platform.problem.ProblemCode;
import nl.dorpskracht.platform.problem.ProblemException;
import nl.dorpskracht.platform.time.DutchTime;
import nl.dorpskracht.security.boundary.Caller;
import nl.dorpskracht.tenancy.entity.Role;

/**
 * Personal API tokens: made by a logged-in person for one tenant and one role they hold there, shown once, listed
 * without their value, revoked. Each write is one transaction in the token's tenant with its audit entry.
 */
@ApplicationScoped
public class ApiTokens {

    public static final int MAX_ACTIVE_PER_TENANT = 20;
    public static final int MAX_LISTED = 200;
    private static final int MAX_NAME = 100;

    @PersistenceContext(unitName = Datasources.PERSISTENCE_UNIT)
    EntityManager entityManager;

    @Inject
    TenantWork tenantWork;

    @Inject
    Caller caller;

    @Inject
    AuditLog audit;

    @Inject
    TokenStore store;

    @Inject
    TransactionFunctions functions;

    /** The value, this once, and the token as the list shows it. */
    public record Created(String value, TokenView token) {
    }

    /**
     * A token of the calling person for a tenant they hold {@code roleName} in. The tenant is one the caller's grants
     * were checked for by the gate (API) or the page (from the caller's own grants).
     */
    @Transactional
    public Created create(String tenant, String roleName, String name, LocalDate expiresOn) {
        UUID account = ownerOrRefuse();
        Role role = role(roleName);
        String trimmed = name == null ? "" : name.strip();
        if (trimmed.isEmpty() || trimmed.length() > MAX_NAME || ControlCharacters.in(trimmed, false)) {
            throw ProblemException.invalid(List.of(FieldError.field("name", "token.name")));
        }
        LocalDate today = LocalDate.now(DutchTime.ZONE);
        if (expiresOn != null && (!expiresOn.isAfter(today) || expiresOn.isAfter(today.plusYears(2)))) {
            throw ProblemException.invalid(List.of(FieldError.field("expiresOn", "token.expires")));
        }
        if (!caller.holds(tenant, role)) {
            throw new ProblemException(ProblemCode.TOKEN_ROLE_NOT_HELD);
        }
        tenantWork.workIn(tenant);
        long active = ((Number) functions.rows("select count(*) as active from api_token"
                + " where account_id = cast(#a0 as uuid) and revoked_at is null"
                + " and (expires_at is null or expires_at > now())", account.toString()).get(0).get("active"))
                        .longValue();
        if (active >= MAX_ACTIVE_PER_TENANT) {
            throw new ProblemException(ProblemCode.TOO_MANY_TOKENS);
        }
        UUID id = UUID.randomUUID();
        String value = TokenValues.generate(tenant);
        Instant expiresAt = expiresOn == null ? null : expiresOn.plusDays(1).atStartOfDay(DutchTime.ZONE).toInstant();
        String insert = "insert into api_token (tenant_id, id, account_id, role, name, token_hash, expires_at)"
                + " values (#a0, cast(#a1 as uuid), cast(#a2 as uuid), #a3, #a4, #a5, ";
        if (expiresAt == null) {
            functions.execute(insert + "null)", tenant, id.toString(), account.toString(), role.name(), trimmed,
                    TokenValues.digest(value));
        } else {
            functions.execute(insert + "#a6)", tenant, id.toString(), account.toString(), role.name(), trimmed,
                    TokenValues.digest(value), Timestamp.from(expiresAt));
        }
        Map<String, Object[]> changes = new LinkedHashMap<>();
        changes.put("name", new Object[] { null, trimmed });
        changes.put("role", new Object[] { null, role.name() });
        changes.put("expiresAt", new Object[] { null, expiresAt });
        audit.record("api-token.created", "api_token", id, changes);
        return new Created(value,
                new TokenView(id, tenant, role.name(), trimmed, Instant.now(), expiresAt, null, null));
    }

    /** Revokes one of the caller's own tokens, in whatever tenant it is for; another's token is not found. */
    @Transactional
    public void revoke(UUID id) {
        revoke(null, id);
    }

    /** As {@link #revoke(UUID)}, for a token of the tenant named (the API's path); {@code null}: any tenant. */
    @Transactional
    public void revoke(String tenant, UUID id) {
        UUID account = ownerOrRefuse();
        TokenView token = store.own(account, id).filter(found -> tenant == null || found.tenant().equals(tenant))
                .orElseThrow(() -> new ProblemException(ProblemCode.TOKEN_NOT_FOUND));
        if (token.revokedAt() != null) {
            return;
        }
        tenantWork.workIn(token.tenant());
        functions.execute(
                "update api_token set revoked_at = now() where tenant_id = #a0 and id = cast(#a1 as uuid)"
                        + " and account_id = cast(#a2 as uuid) and revoked_at is null",
                token.tenant(), id.toString(), account.toString());
        audit.record("api-token.revoked", "api_token", id, Map.of("revokedAt", new Object[] { null, Instant.now() }));
    }

    /** The caller's tokens in every tenant, newest first. */
    public List<TokenView> own() {
        return store.own(ownerOrRefuse(), MAX_LISTED);
    }

    /** The caller's tokens for one tenant (the API's tenant path). */
    public List<TokenView> ownIn(String tenant) {
        return own().stream().filter(token -> token.tenant().equals(tenant)).toList();
    }

    /** A token cannot make or revoke tokens: a leaked one must not outlive its revocation. */
    private UUID ownerOrRefuse() {
        if (caller.viaToken()) {
            throw new ProblemException(ProblemCode.TOKEN_NOT_FOR_THIS);
        }
        return caller.accountId().orElseThrow(() -> new ProblemException(ProblemCode.NOT_AUTHENTICATED));
    }

    private static Role role(String name) {
        try {
            return Role.valueOf(name == null ? "" : name);
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid(List.of(FieldError.field("role", "token.role")));
        }
    }
}

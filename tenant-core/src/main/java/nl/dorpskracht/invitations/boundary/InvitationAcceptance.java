package nl.dorpskracht.invitations.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.Serializable;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nl.dorpskracht.tenancy.boundary.TenantWork;
import nl.dorpskracht.invitations.control.InvitationLookup;
import nl.dorpskracht.invitations.control.InvitationTokens;
import nl.dorpskracht.invitations.entity.Invitation;
import nl.dorpskracht.invitations.entity.InvitationAccepted;
import nl.dorpskracht.security.audit.control.AuditLog;
import nl.dorpskracht.platform.database.Datasources;
import nl.dorpskracht.platform.database.TransactionFunctions;
import nl.dorpskracht.platform.problem.FieldError;
import nl.dorpskracht.platform.problem.ProblemCode;
import nl.dorpskracht.platform.problem.ProblemException;
import nl.dorpskracht.security.control.AccountRepository;
import nl.dorpskracht.security.control.LoginThrottle;
import nl.dorpskracht.security.control.PasswordHasher;
import nl.dorpskracht.security.control.PasswordPolicy;
import nl.dorpskracht.tenancy.boundary.TenantRegistry;

/**
 * Accepting an invitation from its link. Whoever holds the link controls the invited address: a new address chooses a
 * password and gets an account; an address that has an account proves it is theirs with that account's password (the
 * link alone must not let an admin who saw it on screen into someone else's account). Everything the invitation gives —
 * the grant here, the contact person's login or the ambassadorship by the observers of {@link InvitationAccepted} —
 * lands in one transaction bound to the inviting tenant.
 */
@ApplicationScoped
public class InvitationAcceptance {

    @PersistenceContext(unitName = Datasources.PERSISTENCE_UNIT)
    EntityManager entityManager;

    @Inject
    TenantWork tenantWork;

    @Inject
    InvitationLookup lookup;

    @Inject
    TransactionFunctions functions;

    @Inject
    PasswordHasher hasher;

    @Inject
    PasswordPolicy passwordPolicy;

    @Inject
    LoginThrottle throttle;

    @Inject
    AuditLog audit;

    @Inject
    TenantRegistry tenants;

    @Inject
    AccountRepository accounts;

    @Inject
    nl.dorpskracht.security.control.RememberedAccounts remembered;

    @Inject
    Event<InvitationAccepted> accepted;

    /** What the page behind the link shows: the offer, and whether it asks for a new password or the existing one. */
    public record Offer(Invitation invitation, String association, boolean accountExists) implements Serializable {
    }

    /** The account the invitation went to, to log in with. */
    public record Accepted(UUID accountId, String email, String tenant) {
    }

    public Optional<Offer> offer(String token) {
        return lookup.open(token).map(invitation -> new Offer(invitation, tenants.nameOf(invitation.tenant()),
                accountExists(invitation.email())));
    }

    @Transactional
    public Accepted accept(String token, String password, String chosenName, String address) {
        Invitation invitation = lookup.open(token)
                .orElseThrow(() -> new ProblemException(ProblemCode.INVITATION_INVALID));
        tenantWork.workIn(invitation.tenant());
        if (functions.rows(
                "select 1 as open from invitation where tenant_id = #a0 and id = cast(#a1 as uuid)"
                        + " and token_hash = decode(#a2, 'hex') and accepted_at is null and withdrawn_at is null"
                        + " and expires_at > now() for update",
                invitation.tenant(), invitation.id().toString(), InvitationTokens.hashHex(token)).isEmpty()) {
            throw new ProblemException(ProblemCode.INVITATION_INVALID);
        }
        UUID account = existingAccount(invitation.email(), password, address)
                .orElseGet(() -> newAccount(invitation, password, chosenName));
        functions.execute("insert into account_grant (tenant_id, account_id, role) values (#a0, cast(#a1 as uuid), #a2)"
                + " on conflict do nothing", invitation.tenant(), account.toString(), invitation.role().name());
        accepted.fire(new InvitationAccepted(invitation, account));
        // the grant and (through the event) an ambassadorship: this instance's copy goes at the commit
        remembered.forgetAfterCommit(account);
        functions.execute(
                "update invitation set accepted_at = now(), account_id = cast(#a0 as uuid)"
                        + " where tenant_id = #a1 and id = cast(#a2 as uuid)",
                account.toString(), invitation.tenant(), invitation.id().toString());
        audit.record(invitation.email(), "ACCEPT", Invitations.AUDIT_TYPE, invitation.id(),
                Map.of("role", new Object[] { null, invitation.role().name() }));
        return new Accepted(account, invitation.email(), invitation.tenant());
    }

    private Optional<UUID> existingAccount(String email, String password, String address) {
        List<Map<String, Object>> rows = functions.rows("select cast(id as varchar) as id, password_hash, enabled"
                + " from account where lower(email) = lower(#a0) for update", email);
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Optional<Duration> wait = throttle.waitBefore(email, address);
        if (wait.isPresent()) {
            throw new ProblemException(ProblemCode.TOO_MANY_LOGIN_ATTEMPTS);
        }
        Map<String, Object> row = rows.get(0);
        if (password == null || !Boolean.TRUE.equals(row.get("enabled"))
                || !hasher.matches(password, (String) row.get("password_hash"))) {
            throttle.failed(email, address);
            throw new ProblemException(ProblemCode.INVITATION_WRONG_PASSWORD);
        }
        throttle.succeeded(email, address);
        return Optional.of(UUID.fromString((String) row.get("id")));
    }

    private UUID newAccount(Invitation invitation, String password, String chosenName) {
        String name = chosenName == null || chosenName.isBlank() ? invitation.displayName() : chosenName.strip();
        if (name.length() > 200) {
            throw ProblemException.invalid(List.of(FieldError.field("name", "tooLong", 200)));
        }
        passwordPolicy.require(password, invitation.email(), "password");
        UUID account = UUID.randomUUID();
        functions.execute(
                "insert into account (id, email, display_name, password_hash)"
                        + " values (cast(#a0 as uuid), #a1, #a2, #a3)",
                account.toString(), invitation.email(), name, hasher.hash(password));
        return account;
    }

    private boolean accountExists(String email) {
        return accounts.findByEmail(email).isPresent();
    }
}

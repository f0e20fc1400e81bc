package nl.dorpskracht.security.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.dorpskracht.tenancy.boundary.TenantWork;
import nl.dorpskracht.outbox.boundary.Outbox;
import nl.dorpskracht.platform.database.Datasources;
import nl.dorpskracht.platform.database.TransactionFunctions;
import nl.dorpskracht.platform.mail.OutgoingMail;
import nl.dorpskracht.platform.problem.FieldError;
import nl.dorpskracht.platform.problem.ProblemCode;
import nl.dorpskracht.platform.problem.ProblemException;
import nl.dorpskracht.security.entity.PasswordViolation;

/**
 * The writes behind a password: a reset link and its mail, a new password by link or by the person, "overal afmelden".
 * Each is one transaction on the persistence context's own connection (the outbox row commits with the link or not at
 * all). A new password raises {@code credentials_version} and clears {@code must_change_password}: every session and
 * remembered verification of the account ends, and every other open link of it is void.
 */
@ApplicationScoped
public class AccountPasswords {

    /** Open links per account: more requests get the same answer and no mail, so no mailbox fills up. */
    static final int MAX_OPEN_LINKS = 3;

    @PersistenceContext(unitName = Datasources.PERSISTENCE_UNIT)
    EntityManager entityManager;

    @Inject
    TenantWork tenantWork;

    @Inject
    TransactionFunctions functions;

    @Inject
    Outbox outbox;

    @Inject
    PasswordHasher hasher;

    @Inject
    PasswordPolicy policy;

    /** A password set: whose, and the credentials version the caller's own session goes on with. */
    public record Changed(String email, long credentialsVersion) {
    }

    /**
     * Records a link and files its mail in the account's home tenant (the outbox row is tenant data; the tenant's
     * admins see that a mail of this kind went to this person, never its text). False when the account has enough open
     * links.
     */
    @Transactional
    public boolean recordReset(UUID resetId, UUID accountId, String homeTenant, String tokenHash, OutgoingMail mail) {
        tenantWork.workIn(homeTenant);
        functions.execute("delete from password_reset where expires_at < now() - interval '1 day'");
        // one request of an account at a time, so that two at once cannot both pass the bound of open links
        functions.rows("select id from account where id = cast(#a0 as uuid) for update", accountId.toString());
        long open = ((Number) functions
                .rows("select count(*) as open from password_reset where account_id ="
                        + " cast(#a0 as uuid) and used_at is null and expires_at > now()", accountId.toString())
                .get(0).get("open")).longValue();
        if (open >= MAX_OPEN_LINKS) {
            return false;
        }
        functions.execute(
                "insert into password_reset (id, account_id, token_hash, expires_at) values"
                        + " (cast(#a0 as uuid), cast(#a1 as uuid), #a2, now() + interval '1 hour')",
                resetId.toString(), accountId.toString(), tokenHash);
        outbox.put(homeTenant, PasswordResetMail.KIND, Outbox.DUTCH, mail);
        return true;
    }

    /** The link's account gets the new password; a used, expired or unknown link changes nothing. */
    @Transactional
    public Changed resetWith(String tokenHash, String newPassword) {
        List<Map<String, Object>> found = functions.rows(
                "select cast(a.id as varchar) as account, a.email"
                        + " from password_reset r join account a on a.id = r.account_id where r.token_hash = #a0"
                        + " and r.used_at is null and r.expires_at > now() and a.enabled for update of r, a",
                tokenHash);
        if (found.isEmpty()) {
            throw new ProblemException(ProblemCode.RESET_LINK_INVALID);
        }
        UUID account = UUID.fromString((String) found.get(0).get("account"));
        String email = (String) found.get(0).get("email");
        policy.require(newPassword, email, "password");
        return new Changed(email, setPassword(account, newPassword));
    }

    /** The person's own change: only with their current password, only of their own account. */
    @Transactional
    public Changed change(String email, String currentPassword, String newPassword) {
        List<Map<String, Object>> found = functions.rows("select cast(id as varchar) as account, email, password_hash"
                + " from account where lower(email) = lower(#a0) and enabled for update", email);
        if (found.isEmpty() || currentPassword == null
                || !hasher.matches(currentPassword, (String) found.get(0).get("password_hash"))) {
            throw new ProblemException(ProblemCode.CURRENT_PASSWORD_WRONG, ProblemCode.CURRENT_PASSWORD_WRONG.title(),
                    List.of(FieldError.field("currentPassword", "problem." + ProblemCode.CURRENT_PASSWORD_WRONG)));
        }
        String stored = (String) found.get(0).get("email");
        policy.require(newPassword, stored, "newPassword");
        return new Changed(stored, setPassword(UUID.fromString((String) found.get(0).get("account")), newPassword));
    }

    /** Ends every session and remembered verification of the account; the password stays. */
    @Transactional
    public Changed signOutEverywhere(String email) {
        List<Map<String, Object>> changed = functions.rows("update account set credentials_version ="
                + " credentials_version + 1 where lower(email) = lower(#a0) returning email, credentials_version",
                email);
        if (changed.isEmpty()) {
            throw new ProblemException(ProblemCode.NOT_AUTHENTICATED);
        }
        return new Changed((String) changed.get(0).get("email"),
                ((Number) changed.get(0).get("credentials_version")).longValue());
    }

    private long setPassword(UUID account, String password) {
        List<Map<String, Object>> updated = functions.rows(
                "update account set password_hash = #a1,"
                        + " credentials_version = credentials_version + 1, must_change_password = false"
                        + " where id = cast(#a0 as uuid) returning credentials_version",
                account.toString(), hasher.hash(password));
        functions.execute("update password_reset set used_at = now() where account_id = cast(#a0 as uuid)"
                + " and used_at is null", account.toString());
        return ((Number) updated.get(0).get("credentials_version")).longValue();
    }
}

package nl.dorpskracht.security.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Semaphore;
import java.util.logging.Level;
import java.util.logging.Logger;
import nl.dorpskracht.platform.input.ControlCharacters;
import nl.dorpskracht.platform.mail.OutgoingMail;
import nl.dorpskracht.platform.problem.ProblemCode;
import nl.dorpskracht.platform.problem.ProblemException;
import nl.dorpskracht.security.entity.AccountWithGrants;
import nl.dorpskracht.security.entity.StoredAccount;

/**
 * Forgot password, change password, sign out everywhere: what the API and the pages call. The writes are in
 * {@link AccountPasswords}; what is remembered in memory about the account is forgotten here, after they committed.
 */
@ApplicationScoped
public class PasswordChanges {

    private static final Logger LOG = Logger.getLogger(PasswordChanges.class.getName());
    private static final int MAX_EMAIL = 254;
    static final int MAX_IN_FLIGHT = 100;

    @Resource
    ManagedExecutorService executor;

    private final Semaphore inFlight = new Semaphore(MAX_IN_FLIGHT);

    @Inject
    AccountRepository accounts;

    @Inject
    AccountPasswords passwords;

    @Inject
    ResetRequestLimit limit;

    @Inject
    LoginThrottle throttle;

    @Inject
    CredentialStates states;

    @Inject
    VerifiedCredentials verified;

    /**
     * Asks for a reset link by mail. Says nothing back: an unknown address, a disabled account, one with enough open
     * links and an address over its limit all look like a mail sent. The account is looked up and the link recorded
     * after the answer, on a worker of the container: the answer takes the same time whether or not the account exists.
     * At most {@value #MAX_IN_FLIGHT} requests wait for a worker; more are answered alike and dropped.
     */
    public void requestReset(String email, String remoteAddress) {
        if (email == null || email.isBlank() || email.length() > MAX_EMAIL || ControlCharacters.in(email, false)) {
            throw new ProblemException(ProblemCode.INVALID_PARAMETER, "Vul een e-mailadres in.");
        }
        if (!limit.allow(remoteAddress) || !inFlight.tryAcquire()) {
            return;
        }
        try {
            executor.execute(() -> {
                try {
                    recordReset(email.trim());
                } catch (RuntimeException e) {
                    // no address and no token: the class of the failure only
                    LOG.log(Level.WARNING, "A password reset request failed: " + e.getClass().getName());
                } finally {
                    inFlight.release();
                }
            });
        } catch (RejectedExecutionException e) {
            inFlight.release();
            LOG.warning("A password reset request was dropped: no worker free");
        }
    }

    private void recordReset(String email) {
        String token = ResetTokens.newToken();
        String tokenHash = ResetTokens.hash(token);
        UUID resetId = UUID.randomUUID();
        Optional<AccountWithGrants> account = accounts.findWithGrants(email);
        StoredAccount found = account.map(AccountWithGrants::account).orElse(null);
        OutgoingMail mail = PasswordResetMail.compose(resetId, found == null ? email : found.email(),
                found == null ? null : found.displayName(), token);
        if (found == null || !found.enabled() || account.get().grants().isEmpty()) {
            return;
        }
        passwords.recordReset(resetId, found.id(), account.get().grants().get(0).tenant(), tokenHash, mail);
    }

    /** A new password through a link; refused alike for a used, expired, unknown or malformed link. */
    public AccountPasswords.Changed resetWith(String token, String newPassword) {
        if (token == null || token.isBlank() || token.length() > ResetTokens.MAX_LENGTH) {
            throw new ProblemException(ProblemCode.RESET_LINK_INVALID);
        }
        return forgetAfter(passwords.resetWith(ResetTokens.hash(token.trim()), newPassword));
    }

    /**
     * The person's own change, with the current password; a wrong one counts as a failed login of the account at that
     * address, so a left-open session cannot be used to guess it.
     */
    public AccountPasswords.Changed change(String email, String currentPassword, String newPassword,
            String remoteAddress) {
        Optional<Duration> wait = throttle.waitBefore(email, remoteAddress);
        if (wait.isPresent()) {
            throw new ProblemException(ProblemCode.TOO_MANY_LOGIN_ATTEMPTS);
        }
        try {
            return forgetAfter(passwords.change(email, currentPassword, newPassword));
        } catch (ProblemException problem) {
            if (problem.code() == ProblemCode.CURRENT_PASSWORD_WRONG) {
                throttle.failed(email, remoteAddress);
            }
            throw problem;
        }
    }

    public AccountPasswords.Changed signOutEverywhere(String email) {
        return forgetAfter(passwords.signOutEverywhere(email));
    }

    private AccountPasswords.Changed forgetAfter(AccountPasswords.Changed changed) {
        states.changed(changed.email());
        verified.forget(changed.email());
        throttle.forgetAccount(changed.email());
        return changed;
    }
}

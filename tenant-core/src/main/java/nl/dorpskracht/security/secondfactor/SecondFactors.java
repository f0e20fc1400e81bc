package nl.dorpskracht.security.secondfactor;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;
import nl.dorpskracht.platform.problem.ProblemCode;
import nl.dorpskracht.platform.problem.ProblemException;
import nl.dorpskracht.security.secondfactor.SecondFactorStore.Factor;

/**
 * An account's second factor: enrolment (a new secret, confirmed by its first code, which hands out the recovery codes
 * once), the check at login, and removal with a current code.
 */
@ApplicationScoped
public class SecondFactors {

    static final String ISSUER = "Dorpskracht";

    @Inject
    SecondFactorStore store;

    @Inject
    nl.dorpskracht.security.control.RememberedAccounts remembered;

    private final TotpCodes codes = new TotpCodes(Clock.systemUTC());

    /** What the enrolment page shows: the secret as a QR code and as text to type. */
    public record Enrolment(String secret, String otpauthUri, String qrDataUri) {
    }

    public boolean isEnrolled(UUID account) {
        return store.find(account).map(Factor::confirmed).orElse(false);
    }

    /** Confirmed after the moment given: the enrolment of a login that was sent to enrol has happened. */
    public boolean confirmedSince(UUID account, Instant since) {
        return store.find(account).filter(Factor::confirmed).map(factor -> !factor.confirmedAt().isBefore(since))
                .orElse(false);
    }

    public Enrolment begin(UUID account, String accountName) {
        byte[] secret = TotpCodes.newSecret();
        if (!store.begin(account, TotpCodes.base32(secret))) {
            throw new ProblemException(ProblemCode.SECOND_FACTOR_ALREADY_ENROLLED);
        }
        String uri = TotpCodes.otpauthUri(ISSUER, accountName, secret);
        return new Enrolment(grouped(TotpCodes.base32(secret)), uri, QrCodes.svgDataUri(uri));
    }

    /** Confirms the pending secret with its first code; the recovery codes, in clear, this one time only. */
    public List<String> confirm(UUID account, String code) {
        Factor pending = store.find(account).filter(factor -> !factor.confirmed())
                .orElseThrow(() -> new ProblemException(ProblemCode.SECOND_FACTOR_NOT_STARTED));
        OptionalLong step = codes.acceptedStep(TotpCodes.fromBase32(pending.secret()), code, null);
        if (step.isEmpty()) {
            throw new ProblemException(ProblemCode.SECOND_FACTOR_CODE_INVALID);
        }
        List<String> recovery = RecoveryCodes.generate();
        if (!store.confirm(account, step.getAsLong(), recovery.stream().map(RecoveryCodes::digest).toList())) {
            throw new ProblemException(ProblemCode.SECOND_FACTOR_NOT_STARTED);
        }
        remembered.forgetAfterCommit(account);
        return recovery;
    }

    /** A current code of the app, or an unused recovery code (which is then used up). */
    public boolean verify(UUID account, String typed) {
        Optional<Factor> factor = store.find(account).filter(Factor::confirmed);
        if (factor.isEmpty() || typed == null || typed.length() > 64) {
            return false;
        }
        if (RecoveryCodes.looksLikeOne(typed)) {
            return store.useRecoveryCode(account, RecoveryCodes.digest(typed));
        }
        OptionalLong step = codes.acceptedStep(TotpCodes.fromBase32(factor.get().secret()), typed,
                factor.get().lastUsedStep());
        return step.isPresent() && store.acceptStep(account, step.getAsLong());
    }

    /**
     * Removes the second factor; only with a current code (or a recovery code), so a session left open is not enough.
     */
    public void remove(UUID account, String typed) {
        if (!verify(account, typed)) {
            throw new ProblemException(ProblemCode.SECOND_FACTOR_CODE_INVALID);
        }
        store.remove(account);
        remembered.forgetAfterCommit(account);
    }

    public int unusedRecoveryCodes(UUID account) {
        return store.unusedRecoveryCodes(account);
    }

    private static String grouped(String base32) {
        return base32.replaceAll("(.{4})(?!$)", "$1 ");
    }
}

package nl.dorpskracht.security.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import nl.dorpskracht.platform.input.ControlCharacters;
import nl.dorpskracht.security.control.AccountRepository;
import nl.dorpskracht.security.control.PasswordHasher;
import nl.dorpskracht.security.entity.AccountWithGrants;
import nl.dorpskracht.tenancy.entity.Grant;
import nl.dorpskracht.security.entity.StoredAccount;

/** Validates e-mail and password against the account table; the groups are the account's grants. */
@ApplicationScoped
public class AccountIdentityStore implements IdentityStore {

    @Inject
    AccountRepository accounts;

    @Inject
    PasswordHasher hasher;

    /** Verified for unknown accounts too, so a failed login takes as long whether or not the account exists. */
    private String decoyHash;

    @PostConstruct
    void prepareDecoy() {
        decoyHash = hasher.hash("decoy-" + System.nanoTime());
    }

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof UsernamePasswordCredential login)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        if (ControlCharacters.in(login.getCaller(), false)) {
            // no account is named so, and PostgreSQL would refuse a NUL in the lookup with an error
            return CredentialValidationResult.INVALID_RESULT;
        }
        Optional<AccountWithGrants> found = accounts.findWithGrants(login.getCaller());
        Optional<StoredAccount> account = found.map(AccountWithGrants::account);
        boolean matches = hasher.matches(login.getPasswordAsString(),
                account.map(StoredAccount::passwordHash).orElse(decoyHash));
        if (account.isEmpty() || !matches || !account.get().enabled()) {
            return CredentialValidationResult.INVALID_RESULT;
        }
        if (found.get().grants().isEmpty() && accounts.onlyInSuspendedTenants(account.get().id())
                && !accounts.isPlatformAdmin(account.get().id())) {
            return CredentialValidationResult.INVALID_RESULT;
        }
        Set<String> groups = found.get().grants().stream().map(Grant::asGroup).collect(Collectors.toSet());
        return new CredentialValidationResult(account.get().email(), groups);
    }
}

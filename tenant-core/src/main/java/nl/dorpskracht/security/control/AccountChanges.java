package nl.dorpskracht.security.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.UUID;
import nl.dorpskracht.platform.database.DatabaseChange;
import nl.dorpskracht.platform.database.DatabaseChange.Kind;

/**
 * Forgets what this instance keeps of an account once the database announced a change of it, made here or on another
 * instance: its credential state (a new password, "overal afmelden", disabled) and its remembered HTTP Basic pairs
 * (which carry the groups of their check, so a grant change drops them too). The announcement names the account's id;
 * the caches are keyed by address, read here. When no single account is named, or the address cannot be read, all is
 * forgotten: a re-read costs little, a stale entry could let a revoked login in.
 */
@ApplicationScoped
public class AccountChanges {

    @Inject
    CredentialStates states;

    @Inject
    VerifiedCredentials verified;

    @Inject
    AccountRepository accounts;

    void forget(@Observes DatabaseChange change) {
        if (!change.concerns(Kind.ACCOUNT) && !change.concerns(Kind.GRANT)) {
            return;
        }
        Optional<String> email = change.id().flatMap(this::emailOf);
        if (email.isEmpty()) {
            states.forgetAll();
            verified.forgetAll();
            return;
        }
        if (change.kind() == Kind.ACCOUNT) {
            states.changed(email.get());
        }
        verified.forget(email.get());
    }

    private Optional<String> emailOf(String id) {
        try {
            return accounts.emailOf(UUID.fromString(id));
        } catch (IllegalArgumentException notAnId) {
            return Optional.empty();
        }
    }
}

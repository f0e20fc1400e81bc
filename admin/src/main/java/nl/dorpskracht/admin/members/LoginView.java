package nl.dorpskracht.admin.members;

import java.util.UUID;
import nl.dorpskracht.security.control.AccountProvisioning.Provisioned;

/** A login given to a person: a first password only when the account is new, shown this once. */
public record LoginView(UUID accountId, String temporaryPassword, boolean newAccount) {

    static LoginView of(Provisioned login) {
        return new LoginView(login.accountId(), login.temporaryPassword(), login.temporaryPassword() != null);
    }
}

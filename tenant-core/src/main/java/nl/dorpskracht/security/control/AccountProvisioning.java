package nl.dorpskracht.security.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.util.UUID;
import nl.dorpskracht.platform.database.TransactionFunctions;
import nl.dorpskracht.tenancy.entity.Role;

/**
 * Withdraws a role as part of an admin's action, in the caller's transaction. Giving one is never direct: it is an
 * invitation the person accepts ({@code nl.dorpskracht.invitations}).
 */
@ApplicationScoped
@Transactional(TxType.MANDATORY)
public class AccountProvisioning {

    @Inject
    TransactionFunctions functions;

    @Inject
    RememberedAccounts remembered;

    public void revoke(String tenant, Role role, UUID accountId) {
        functions.execute("delete from account_grant where tenant_id = #a0 and account_id = cast(#a1 as uuid)"
                + " and role = #a2", tenant, accountId.toString(), role.name());
        remembered.forgetAfterCommit(accountId);
    }
}

package nl.dorpskracht.security.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.dorpskracht.security.control.AccountRepository;
import nl.dorpskracht.security.entity.AccountWithGrants;
import nl.dorpskracht.security.entity.Grant;
import nl.dorpskracht.security.entity.Role;
import nl.dorpskracht.security.entity.StoredAccount;

/**
 * Who is calling, and what they may do where. Grants are read from the database once per request, so a grant withdrawn
 * by an admin takes effect on the next request, not at the next login.
 */
@RequestScoped
public class Caller {

    @Inject
    SecurityContext security;

    @Inject
    AccountRepository accounts;

    private Optional<AccountWithGrants> loaded;

    private Boolean platformAdmin;

    public boolean isAuthenticated() {
        return account().isPresent();
    }

    /** The login name; for the audit log, never for the application log. */
    public String name() {
        return account().map(StoredAccount::email).orElse("anonymous");
    }

    /** The name the caller is greeted with. */
    public Optional<String> displayName() {
        return account().map(StoredAccount::displayName);
    }

    /** The caller's account id, to find what is linked to the login (a contact person). */
    public Optional<UUID> accountId() {
        return account().map(StoredAccount::id);
    }

    public List<Grant> grants() {
        return load().map(AccountWithGrants::grants).orElse(List.of());
    }

    public boolean hasAnyGrantIn(String tenant) {
        return grants().stream().anyMatch(grant -> grant.tenant().equals(tenant));
    }

    public boolean holds(String tenant, Role... roles) {
        List<Role> wanted = Arrays.asList(roles);
        return grants().stream().anyMatch(grant -> grant.tenant().equals(tenant) && wanted.contains(grant.role()));
    }

    /** The regions of the tenant the caller is ambassador of; empty if none. */
    public List<String> ambassadorRegionsIn(String tenant) {
        return load().map(account -> account.regionsIn(tenant)).orElse(List.of());
    }

    /** The tenants where the caller holds one of the roles, in a stable order. */
    public List<String> tenantsWhere(Role... roles) {
        List<Role> wanted = Arrays.asList(roles);
        return grants().stream().filter(grant -> wanted.contains(grant.role())).map(Grant::tenant).distinct().sorted()
                .toList();
    }

    /** Administers the platform itself (adds and suspends associations); gives no grant in any association. */
    public boolean isPlatformAdmin() {
        if (platformAdmin == null) {
            platformAdmin = accountId().map(accounts::isPlatformAdmin).orElse(false);
        }
        return platformAdmin;
    }

    private Optional<StoredAccount> account() {
        return load().map(AccountWithGrants::account);
    }

    private Optional<AccountWithGrants> load() {
        if (loaded == null) {
            Principal principal = security.getCallerPrincipal();
            loaded = principal == null ? Optional.empty() : accounts.findWithGrants(principal.getName());
        }
        return loaded;
    }
}

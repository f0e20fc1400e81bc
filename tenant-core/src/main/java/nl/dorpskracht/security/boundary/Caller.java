package nl.dorpskracht.security.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.dorpskracht.security.control.RememberedAccounts;
import nl.dorpskracht.security.entity.AccountWithGrants;
import nl.dorpskracht.tenancy.boundary.TenantGrants;
import nl.dorpskracht.tenancy.entity.Grant;
import nl.dorpskracht.tenancy.entity.Role;
import nl.dorpskracht.security.entity.StoredAccount;
import nl.dorpskracht.security.tokens.BearerGrant;

/**
 * Who is calling, and what they may do where. Grants are taken once per request from {@link RememberedAccounts}, which
 * forgets its copy as soon as a grant changes (here or, announced by the database, on another instance), so a grant
 * withdrawn by an admin takes effect on the next request, not at the next login.
 */
@RequestScoped
public class Caller implements TenantGrants {

    @Inject
    SecurityContext security;

    @Inject
    RememberedAccounts accounts;

    @Inject
    HttpServletRequest request;

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

    /** Authenticated with a personal API token: the caller holds that token's one grant, nothing else. */
    public boolean viaToken() {
        return bearerGrant().isPresent();
    }

    /** Administers the platform itself (adds and suspends associations); gives no grant in any association. */
    public boolean isPlatformAdmin() {
        if (platformAdmin == null) {
            Principal principal = security.getCallerPrincipal();
            platformAdmin = accountId().isPresent() && accounts.of(principal.getName()).platformAdmin();
        }
        return platformAdmin;
    }

    private Optional<StoredAccount> account() {
        return load().map(AccountWithGrants::account);
    }

    private Optional<AccountWithGrants> load() {
        if (loaded == null) {
            Principal principal = security.getCallerPrincipal();
            loaded = principal == null ? Optional.empty() : accounts.withGrants(principal.getName());
            Optional<BearerGrant> token = bearerGrant();
            if (token.isPresent()) {
                loaded = loaded.map(account -> narrowed(account, token.get()));
            }
        }
        return loaded;
    }

    /** Only the token's grant, and only if the account still holds it; ambassador regions of that tenant only. */
    private static AccountWithGrants narrowed(AccountWithGrants account, BearerGrant token) {
        List<Grant> grants = account.grants().stream().filter(token.grant()::equals).toList();
        String tenant = token.grant().tenant();
        boolean ambassador = grants.stream().anyMatch(grant -> grant.role() == Role.REGIONAL_AMBASSADOR);
        return new AccountWithGrants(account.account(), grants,
                ambassador ? java.util.Map.of(tenant, account.regionsIn(tenant)) : java.util.Map.of());
    }

    private Optional<BearerGrant> bearerGrant() {
        if (security.getCallerPrincipal() == null) {
            return Optional.empty();
        }
        return Optional.ofNullable((BearerGrant) request.getAttribute(BearerGrant.ATTRIBUTE));
    }
}

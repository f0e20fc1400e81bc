package nl.dorpskracht.security.entity;

import java.util.List;
import java.util.Map;
import nl.dorpskracht.tenancy.entity.Grant;

/** An account, the roles it holds, and per tenant the regions it is ambassador of. */
public record AccountWithGrants(StoredAccount account, List<Grant> grants,
        Map<String, List<String>> ambassadorRegions) {

    public AccountWithGrants(StoredAccount account, List<Grant> grants) {
        this(account, grants, Map.of());
    }

    public List<String> regionsIn(String tenant) {
        return ambassadorRegions.getOrDefault(tenant, List.of());
    }
}

package nl.dorpskracht.security.tokens;

import java.util.UUID;
import nl.dorpskracht.tenancy.entity.Grant;

/**
 * What a request authenticated with a personal API token may do: the one grant of the token, nothing else the account
 * holds. Kept as a request attribute by the authentication mechanism; {@link nl.dorpskracht.security.boundary.Caller}
 * narrows the account's grants to it.
 */
public record BearerGrant(UUID tokenId, UUID accountId, String email, Grant grant) {

    public static final String ATTRIBUTE = "dorpskracht.bearerGrant";
}

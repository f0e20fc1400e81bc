package nl.dorpskracht.console.control;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a tenant code may be. A code is the first segment of the association's API paths ({@code /api/v1/{tenant}/…})
 * and of its public pages ({@code /{tenant}/nieuws}), so it must never be one of the segments the API and the pages use
 * themselves. The database holds the same list in the check {@code tenant_code_not_a_path} (V26);
 * ReservedTenantCodesTest fails when the two differ, PublicPathsTest when the deployment has a top-level path not on
 * it.
 */
public final class ReservedTenantCodes {

    public static final Pattern FORM = Pattern.compile("^[a-z][a-z0-9-]{1,31}$");

    public static final Set<String> ALL = Set.of("account", "accounts", "admin", "afmelden", "api", "error", "health",
            "index", "invitation", "invitations", "login", "logout", "me", "metrics", "national", "openapi", "password",
            "password-reset", "ping", "platform", "portal", "public", "regio", "resources", "root", "system",
            "templates", "tenants", "v1", "vraag-en-aanbod", "www");

    private ReservedTenantCodes() {
    }

    public static boolean wellFormed(String code) {
        return code != null && FORM.matcher(code).matches();
    }

    public static boolean reserved(String code) {
        return ALL.contains(code);
    }
}

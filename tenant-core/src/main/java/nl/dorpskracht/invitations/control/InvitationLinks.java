package nl.dorpskracht.invitations.control;

import java.util.Optional;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The page that accepts an invitation, absolute as a mail needs: at the public address ({@code DORPSKRACHT_BASE_URL})
 * when configured, otherwise at the address the inviting admin is using.
 */
public final class InvitationLinks {

    public static final String PAGE = "/invitation.xhtml";
    public static final String TOKEN_PARAMETER = "token";

    private InvitationLinks() {
    }

    public static String forToken(String token, String requestBase) {
        String path = PAGE + "?" + TOKEN_PARAMETER + "=" + token;
        return absolute(path, baseUrl().orElse(requestBase));
    }

    /** A link as {@link #forToken} made it, absolute against {@code base} (e.g. {@code https://host:8080}). */
    public static String absolute(String link, String base) {
        if (link.startsWith("/")) {
            return (base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + link;
        }
        return link;
    }

    private static Optional<String> baseUrl() {
        return ConfigProvider.getConfig().getOptionalValue("dorpskracht.base-url", String.class).map(String::strip)
                .filter(url -> !url.isEmpty()).map(url -> url.endsWith("/") ? url.substring(0, url.length() - 1) : url);
    }
}

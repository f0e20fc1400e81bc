package nl.dorpskracht.web.publicsite;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The absolute address feeds link to: the configured public address ({@code DORPSKRACHT_BASE_URL}, the one mails link
 * to), or, where none is configured (a developer's machine), the address the request came in on. The pages themselves
 * link relatively, so only feeds depend on it.
 */
final class PublicAddress {

    private PublicAddress() {
    }

    static String base(HttpServletRequest request) {
        return configured().orElseGet(() -> {
            String scheme = request.getScheme();
            int port = request.getServerPort();
            boolean defaultPort = ("http".equals(scheme) && port == 80) || ("https".equals(scheme) && port == 443);
            return scheme + "://" + request.getServerName() + (defaultPort ? "" : ":" + port)
                    + request.getContextPath();
        });
    }

    static Optional<String> configured() {
        return ConfigProvider.getConfig().getOptionalValue("dorpskracht.base-url", String.class).map(String::strip)
                .filter(url -> !url.isEmpty()).map(url -> url.endsWith("/") ? url.substring(0, url.length() - 1) : url);
    }
}

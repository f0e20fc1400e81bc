package nl.dorpskracht.platform.web;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.SessionCookieConfig;
import jakarta.servlet.annotation.WebListener;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The session cookie is {@code HttpOnly}, and {@code Secure} when the public address ({@code DORPSKRACHT_BASE_URL}) is
 * https: behind a proxy that ends TLS the server itself sees plain http, so the request cannot tell.
 * <p>
 * {@code SameSite=Lax} is not set here: Payara Micro 6 accepts {@code SessionCookieConfig.setAttribute} and the
 * {@code <attribute>} of {@code web.xml} but never writes them into {@code Set-Cookie}. The HTTP listener's
 * {@code cookie-same-site-value} ({@code deploy/src/main/payara/pre-boot-commands.txt}) does. {@code LoginIT} reads the
 * real header.
 */
@WebListener
public class SessionCookies implements ServletContextListener {

    @Override
    public void contextInitialized(ServletContextEvent event) {
        SessionCookieConfig cookie = event.getServletContext().getSessionCookieConfig();
        cookie.setHttpOnly(true);
        cookie.setSecure(isHttps(ConfigProvider.getConfig().getOptionalValue("dorpskracht.base-url", String.class)));
    }

    static boolean isHttps(Optional<String> baseUrl) {
        return baseUrl.map(url -> url.strip().toLowerCase(Locale.ROOT).startsWith("https://")).orElse(false);
    }
}

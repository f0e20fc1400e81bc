package nl.dorpskracht.events.notification;

import java.util.Optional;
import org.eclipse.microprofile.config.ConfigProvider;

/** Where members cancel: {@code <DORPSKRACHT_BASE_URL>/portal/}, when the public address is configured. */
final class PortalAddress {

    private PortalAddress() {
    }

    static Optional<String> configured() {
        return ConfigProvider.getConfig().getOptionalValue("dorpskracht.base-url", String.class).map(String::strip)
                .filter(url -> !url.isEmpty()).map(url -> (url.endsWith("/") ? url : url + "/") + "portal/");
    }
}

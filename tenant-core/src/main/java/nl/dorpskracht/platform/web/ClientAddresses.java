package nl.dorpskracht.platform.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The address a request came from, for the login throttle and the reset-link limit. Behind a load balancer every
 * request arrives from the balancer: without this, thirty failed logins by anyone would block everyone. The
 * {@code X-Forwarded-For} header is believed only when the request came from a trusted proxy, and then read from the
 * right, skipping trusted proxies, so that a client cannot name an address of its choice by sending the header itself.
 */
@ApplicationScoped
public class ClientAddresses {

    static final String FORWARDED_FOR = "X-Forwarded-For";
    private static final int MAX_HEADER_LENGTH = 1024;

    private TrustedProxies proxies = TrustedProxies.none();

    @PostConstruct
    void readSettings() {
        proxies = TrustedProxies.parse(
                ConfigProvider.getConfig().getOptionalValue("dorpskracht.trusted.proxies", String.class).orElse(""));
    }

    public String of(HttpServletRequest request) {
        return of(request.getRemoteAddr(), request.getHeaders(FORWARDED_FOR) == null ? List.of()
                : java.util.Collections.list(request.getHeaders(FORWARDED_FOR)));
    }

    String of(String remote, List<String> forwardedHeaders) {
        if (proxies.isEmpty() || !proxies.trusts(remote)) {
            return remote;
        }
        String joined = String.join(",", forwardedHeaders);
        if (joined.length() > MAX_HEADER_LENGTH) {
            return remote;
        }
        String[] hops = joined.split(",");
        for (int i = hops.length - 1; i >= 0; i--) {
            String hop = hops[i].trim();
            if (TrustedProxies.literal(hop).isEmpty()) {
                // a hop that is no address was written by someone the proxies did not check: stop believing there
                return remote;
            }
            if (!proxies.trusts(hop)) {
                return TrustedProxies.literal(hop).get().getHostAddress();
            }
        }
        return remote;
    }

    void use(TrustedProxies trusted) {
        proxies = trusted;
    }
}

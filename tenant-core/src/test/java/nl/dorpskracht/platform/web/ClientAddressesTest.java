package nl.dorpskracht.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ClientAddressesTest {

    private final ClientAddresses addresses = new ClientAddresses();

    @Test
    void withoutTrustedProxiesTheHeaderIsIgnored() {
        assertEquals("192.0.2.7", addresses.of("192.0.2.7", List.of("203.0.113.9")));
    }

    @Test
    void behindATrustedBalancerTheClientIsTheLastHopItAdded() {
        addresses.use(TrustedProxies.parse("10.0.0.0/8, 127.0.0.1"));
        assertEquals("203.0.113.9", addresses.of("10.1.2.3", List.of("203.0.113.9")));
        assertEquals("203.0.113.9", addresses.of("127.0.0.1", List.of("203.0.113.9, 10.4.4.4")));
    }

    @Test
    void aClientCannotChooseItsAddressBySendingTheHeaderItself() {
        addresses.use(TrustedProxies.parse("10.0.0.0/8"));
        // the client wrote 198.51.100.1; the balancer appended the address it really saw
        assertEquals("203.0.113.9", addresses.of("10.1.2.3", List.of("198.51.100.1, 203.0.113.9")));
        // straight to the instance, not through the balancer: the header is the client's own word
        assertEquals("203.0.113.9", addresses.of("203.0.113.9", List.of("198.51.100.1")));
    }

    @Test
    void whatIsNoAddressIsNotBelievedAndNeverLookedUp() {
        addresses.use(TrustedProxies.parse("10.0.0.0/8"));
        assertEquals("10.1.2.3", addresses.of("10.1.2.3", List.of("dorpskracht.example.org")));
        assertEquals("10.1.2.3", addresses.of("10.1.2.3", List.of()));
        assertEquals("10.1.2.3", addresses.of("10.1.2.3", List.of("1".repeat(2000))));
        assertEquals("2001:db8:0:0:0:0:0:1", addresses.of("10.1.2.3", List.of("[2001:db8::1]")));
    }

    @Test
    void networksMatchByTheirPrefixOnly() {
        TrustedProxies proxies = TrustedProxies.parse("172.30.59.0/24,fd00::/8");
        assertTrue(proxies.trusts("172.30.59.11"));
        assertFalse(proxies.trusts("172.30.60.11"));
        assertTrue(proxies.trusts("fd12::1"));
        assertFalse(proxies.trusts("2001:db8::1"));
        assertFalse(proxies.trusts("localhost"));
    }

    @Test
    void aListItCannotReadIsRefusedByName() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> TrustedProxies.parse("10.0.0.0/8, balancer.internal"));
        assertTrue(refused.getMessage().contains("balancer.internal"));
        assertThrows(IllegalArgumentException.class, () -> TrustedProxies.parse("10.0.0.0/33"));
    }
}

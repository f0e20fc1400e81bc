package nl.dorpskracht.security.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ReturnPathTest {

    @ParameterizedTest
    @ValueSource(strings = { "/admin/member.xhtml?id=6f1c2d1e-0000-4000-8000-000000000001", "/portal/",
            "/regio/leden.xhtml?tenant=vkkl&q=a%20b", "/admin/campaign.xhtml?id=1#letters" })
    void aPathInsideTheApplicationIsKeptWithItsQuery(String path) {
        assertEquals(Optional.of(path), ReturnPath.of(path));
    }

    @ParameterizedTest
    @ValueSource(strings = { "//evil.example", "/\\evil.example", "https://evil.example", "%2F%2Fevil",
            "%2f%2fevil.example", "javascript:alert(1)", "evil.example", "", " /admin/members.xhtml",
            "/admin/members.xhtml\r\nSet-Cookie: x=1", "/admin\nmembers", "/admin/../../evil", "/..", "/%2e%2e/x",
            "/./admin", "/ad min", "/caf\u00e9", "/login.xhtml?next=/admin/", "///evil.example", "/\tevil",
            "\\\\evil.example" })
    void anythingElseIsRefused(String candidate) {
        assertTrue(ReturnPath.of(candidate).isEmpty(), candidate);
    }

    @Test
    void nullAndOverlongAreRefused() {
        assertTrue(ReturnPath.of(null).isEmpty());
        assertTrue(ReturnPath.of("/" + "a".repeat(ReturnPath.MAX_LENGTH)).isEmpty());
    }

    @Test
    void theRequestedPageIsTakenRelativeToTheContextPath() {
        assertEquals(Optional.of("/admin/member.xhtml?id=42"),
                ReturnPath.ofRequest("/dk/admin/member.xhtml", "/dk", "id=42"));
        assertEquals(Optional.of("/portal/"), ReturnPath.ofRequest("/portal/", "", null));
        assertTrue(ReturnPath.ofRequest("/other/admin/", "/dk", null).isEmpty());
        assertTrue(ReturnPath.ofRequest("//evil.example/admin/", "", null).isEmpty());
    }

    @Test
    void theLoginPageCarriesThePathEncoded() {
        assertEquals("/login.xhtml?next=%2Fadmin%2Fmember.xhtml%3Fid%3D42%26x%3D1",
                ReturnPath.loginPageFor("/login.xhtml", "/admin/member.xhtml?id=42&x=1"));
    }
}

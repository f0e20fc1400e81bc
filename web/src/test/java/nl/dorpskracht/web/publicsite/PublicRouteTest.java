package nl.dorpskracht.web.publicsite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.UUID;
import nl.dorpskracht.console.control.ReservedTenantCodes;
import nl.dorpskracht.web.publicsite.PublicRoute.Page;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PublicRouteTest {

    private static final String ID = "0b6f4f8e-3c1a-4d2b-9e8f-1a2b3c4d5e6f";

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({ "/vkkl, HOME", "/vkkl/, HOME", "/vkkl/nieuws, NEWS", "/vkkl/nieuws/, NEWS",
            "/vkkl/nieuws.atom, NEWS_ATOM", "/vkkl/nieuws.rss, NEWS_RSS", "/vkkl/agenda, AGENDA",
            "/vkkl/agenda.atom, AGENDA_ATOM", "/vkkl/documenten, DOCUMENTS", "/vkkl/nieuwsbrieven, NEWSLETTERS",
            "/vkkl/onbekend, NOT_FOUND", "/vkkl/nieuws/42, NOT_FOUND", "/vkkl/agenda/" + ID + ", NOT_FOUND",
            "/vkkl/nieuws/" + ID + "/anders, NOT_FOUND", "/vkkl/nieuws//, NOT_FOUND", "/noord-brabant/agenda, AGENDA" })
    void pagesOfAPossibleTenant(String path, Page page) {
        PublicRoute route = PublicRoute.of(path).orElseThrow();
        assertEquals(page, route.page());
        assertEquals(path.split("/")[1], route.tenant());
    }

    @Test
    void itemsCarryTheirId() {
        UUID id = UUID.fromString(ID);
        assertEquals(new PublicRoute("vkkl", Page.NEWS_ITEM, id), PublicRoute.of("/vkkl/nieuws/" + ID).orElseThrow());
        assertEquals(new PublicRoute("vkkl", Page.NEWS_IMAGE, id),
                PublicRoute.of("/vkkl/nieuws/" + ID + "/afbeelding").orElseThrow());
        assertEquals(new PublicRoute("vkkl", Page.DOCUMENT_FILE, id),
                PublicRoute.of("/vkkl/documenten/" + ID).orElseThrow());
        assertEquals(Page.NOT_FOUND, PublicRoute.of("/vkkl/nieuws/" + ID.toUpperCase()).orElseThrow().page(),
                "one address per item");
    }

    @ParameterizedTest(name = "{0} stays the application''s")
    @ValueSource(strings = { "/", "", "/login.xhtml", "/index.xhtml", "/admin/members.xhtml", "/api/v1/ping",
            "/api/v1/vkkl/members", "/portal/index.xhtml", "/platform/index.xhtml", "/regio/leden.xhtml",
            "/password/reset.xhtml", "/account/tokens.xhtml", "/resources/css/publicsite.css",
            "/jakarta.faces.resource/css/dorpskracht.css.xhtml", "/favicon.ico", "/health", "/metrics", "/openapi",
            "/templates/layout.xhtml", "/public/vkkl", "/afmelden/vkkl/abc", "/VKKL", "/v", "/WEB-INF/web.xml" })
    void applicationPathsAreNeverPublicPages(String path) {
        assertTrue(PublicRoute.of(path).isEmpty(), path);
    }

    @Test
    void noReservedCodeIsEverTakenForATenant() {
        ReservedTenantCodes.ALL.forEach(code -> assertTrue(PublicRoute.of("/" + code + "/nieuws").isEmpty(), code));
    }

    @Test
    void aTopLevelNameTheDeploymentServesStaysTheApplications() {
        java.util.Set<String> served = java.util.Set.of("primefaces", "primefaces-saga-blue", "admin", "nieuwsbrief");
        assertTrue(PublicRoute.of("/nieuwsbrief/vkkl/abc", served).isEmpty(), "a servlet's mapping");
        assertTrue(PublicRoute.of("/primefaces/jquery/jquery.js", served).isEmpty());
        assertTrue(PublicRoute.of("/primefaces-saga-blue/theme.css", served).isEmpty());
        assertEquals(Page.HOME, PublicRoute.of("/vkkl", served).orElseThrow().page());
    }

    @Test
    void aVeryLongPathIsNoPage() {
        assertTrue(PublicRoute.of("/vkkl/" + "a".repeat(300)).isEmpty());
    }
}

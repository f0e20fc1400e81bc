package nl.dorpskracht.system.members;

import nl.dorpskracht.system.events.EventsIT;
import nl.dorpskracht.system.support.Axe;
import nl.dorpskracht.system.support.Browser;
import nl.dorpskracht.system.support.Campaigns;
import nl.dorpskracht.system.support.Database;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Issue 14, item 7 in Chromium: a regional ambassador logs in to the member organisations of their region — every one
 * of them, page by page, and none of another region or province — and finds the association's agenda (with what others
 * shared) and its campaigns (never a draft) in the menu. An ambassador of two associations chooses. Every page is axe
 * clean.
 */
public class AmbassadorPagesBrowserIT {

    private static final String AMBASSADOR = "ambassadeur@vkkl.demo";
    private static final String RUN = String.valueOf(System.nanoTime());

    @RegisterExtension
    public static final Browser CHROMIUM = Browser.waitingUpTo(30);

    private final WebDriver browser = CHROMIUM.driver();
    private final WebDriverWait wait = CHROMIUM.await();

    @Test
    public void theAmbassadorLandsOnEveryMemberOfTheirRegionAndNoOther() {
        CHROMIUM.logIn(AMBASSADOR, By.id("page"));
        assertTrue(browser.getCurrentUrl().contains("/regio/leden.xhtml"), browser.getCurrentUrl());
        assertEquals("Lidorganisaties in mijn regio", browser.findElement(By.tagName("h1")).getText());
        assertEquals("Uw regio: Noord-Limburg", browser.findElement(By.id("regions")).getText());
        assertEquals("Mijn regio", browser.findElement(By.id("nav:ambassadorMembers")).getText());
        Axe.assertClean(browser, "regio/leden");

        Set<String> expected = new HashSet<>(Database.rows("select name from member_organisation where tenant_id ="
                + " 'vkkl' and region = 'Noord-Limburg' and status = 'ACTIVE'"));
        assertTrue(expected.size() > 0);
        assertTrue(browser.findElement(By.cssSelector("#members caption")).getText()
                .startsWith(expected.size() + " lidorganisaties"));
        List<String> seen = new ArrayList<>();
        while (true) {
            for (WebElement row : browser.findElements(By.cssSelector("#members tbody tr"))) {
                assertEquals("Noord-Limburg", row.findElement(By.cssSelector("td.region")).getText());
                seen.add(row.findElement(By.cssSelector("td.name")).getText());
            }
            List<WebElement> next = browser.findElements(By.id("next"));
            if (next.isEmpty()) {
                break;
            }
            String first = browser.findElement(By.cssSelector("#members tbody td.name")).getText();
            next.get(0).click();
            wait.until(driver -> !driver.findElement(By.cssSelector("#members tbody td.name")).getText().equals(first));
        }
        assertEquals(expected, new HashSet<>(seen), "every member of the region, once");
        assertEquals(expected.size(), seen.size());

        String south = Database.single("select name from member_organisation where tenant_id = 'vkkl' and region ="
                + " 'Zuid-Limburg' and status = 'ACTIVE' order by name limit 1");
        String otherProvince = Database
                .single("select name from member_organisation where tenant_id = 'zhvkk' order by name limit 1");
        for (String stranger : List.of(south, otherProvince)) {
            search(stranger);
            for (WebElement row : browser.findElements(By.cssSelector("#members tbody tr"))) {
                assertEquals("Noord-Limburg", row.findElement(By.cssSelector("td.region")).getText(), stranger);
                assertFalse(row.getText().contains(stranger), stranger);
            }
        }
        String one = expected.iterator().next();
        search(one);
        assertTrue(browser.findElements(By.cssSelector("#members td.name")).stream()
                .anyMatch(cell -> cell.getText().equals(one)), one);
        Axe.assertClean(browser, "regio/leden after a search");
    }

    @Test
    public void theAgendaWithSharedEventsAndTheCampaignsWithoutDraftsAreInTheMenu() {
        String own = "Regiobijeenkomst " + RUN;
        String shared = "Landelijk webinar " + RUN;
        String draftEvent = "Conceptbijeenkomst " + RUN;
        EventsIT.create("vkkl", EventsIT.body(own, "REGIONAL_MEETING", "PUBLISHED", null));
        EventsIT.create("lvkk", EventsIT.body(shared, "WEBINAR", "PUBLISHED", "\"sharedWithAllTenants\":true"));
        EventsIT.create("vkkl", EventsIT.body(draftEvent, "ALV", "DRAFT", null));
        String campaign = "Campagne ommetjes " + RUN;
        String draftCampaign = "Conceptcampagne " + RUN;
        Campaigns.open("vkkl", campaign, false, List.of());
        Campaigns.create("vkkl", draftCampaign, false, List.of("Iets"), List.of());

        CHROMIUM.logIn(AMBASSADOR, By.id("page"));
        wait.until(ExpectedConditions.elementToBeClickable(By.id("nav:ambassadorAgenda"))).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("agenda")));
        String agenda = browser.findElement(By.id("agenda")).getText();
        assertTrue(agenda.contains(own), agenda);
        assertTrue(agenda.contains(shared), agenda);
        assertFalse(agenda.contains(draftEvent), "a draft is the administrators' own");
        WebElement sharedRow = browser.findElements(By.cssSelector("#agenda tbody tr")).stream()
                .filter(row -> row.getText().contains(shared)).findFirst().orElseThrow();
        assertEquals("Landelijke Vereniging voor Kleine Kernen",
                sharedRow.findElement(By.cssSelector("td.host")).getText());
        Axe.assertClean(browser, "regio/agenda");

        browser.findElement(By.id("nav:ambassadorCampaigns")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("campaigns")));
        String campaigns = browser.findElement(By.id("campaigns")).getText();
        assertTrue(campaigns.contains(campaign), campaigns);
        assertTrue(campaigns.contains("Open voor ondertekening"), campaigns);
        assertFalse(campaigns.contains(draftCampaign), "a draft is the administrators' own");
        assertTrue(browser.findElements(By.cssSelector("main form")).isEmpty(), "read only: nothing to submit");
        Axe.assertClean(browser, "regio/campagnes");
    }

    @Test
    public void anAmbassadorOfTwoAssociationsChoosesBetweenThem() {
        String email = "twee." + RUN + "@example.nl";
        UUID account = UUID.randomUUID();
        Database.execute(
                "insert into account (id, email, display_name, password_hash) select ?, ?, 'Ambassadeur"
                        + " in twee provincies', password_hash from account where email = ?",
                account, email, AMBASSADOR);
        appoint(account, "vkkl", "Noord-Limburg");
        appoint(account, "zhvkk", "Hoeksche Waard");

        CHROMIUM.logIn(email, By.id("choices"));
        assertEquals("Uw regio: Noord-Limburg", browser.findElement(By.id("regions")).getText());
        assertEquals("true", browser.findElement(By.id("choices"))
                .findElement(By.linkText("Vereniging Kleine Kernen Limburg")).getAttribute("aria-current"));
        String zuidHolland = Database.single("select name from tenant where code = 'zhvkk'");
        browser.findElement(By.id("choices")).findElement(By.linkText(zuidHolland)).click();
        wait.until(ExpectedConditions.textToBe(By.id("regions"), "Uw regio: Hoeksche Waard"));
        assertEquals(zuidHolland, browser.findElement(By.id("tenantName")).getText());
        for (WebElement region : browser.findElements(By.cssSelector("#members td.region"))) {
            assertEquals("Hoeksche Waard", region.getText());
        }
        assertFalse(browser.findElements(By.cssSelector("#members td.region")).isEmpty());
        Axe.assertClean(browser, "regio/leden with a choice");
    }

    private static void appoint(UUID account, String tenant, String region) {
        Database.execute("insert into account_grant (tenant_id, account_id, role) values (?, ?, 'REGIONAL_AMBASSADOR')",
                tenant, account);
        Database.execute("insert into ambassador_region (tenant_id, account_id, region_id) select tenant_id, ?, id"
                + " from region where tenant_id = ? and name = ?", account, tenant, region);
    }

    private void search(String text) {
        WebElement query = browser.findElement(By.id("q"));
        query.clear();
        query.sendKeys(text);
        WebElement before = browser.findElement(By.tagName("main"));
        browser.findElement(By.id("find")).click();
        wait.until(ExpectedConditions.stalenessOf(before));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("page")));
    }
}

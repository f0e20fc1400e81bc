package nl.dorpskracht.system.portal;

import nl.dorpskracht.system.support.Api;
import nl.dorpskracht.system.support.Browser;
import nl.dorpskracht.system.support.Database;
import nl.dorpskracht.system.support.Members;
import nl.dorpskracht.system.support.NewsItems;
import nl.dorpskracht.system.support.Portal;
import nl.dorpskracht.system.support.Prizes;
import nl.dorpskracht.system.support.Registrations;
import nl.dorpskracht.system.support.RunningDorpskracht;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonValue;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Issue 4's scenario in Chromium: a ZHVKK contact person logs in, switches to Landelijk, registers for an LVKK webinar;
 * the LVKK admin sees the registration, the VKKL admin does not; the next login opens on Landelijk again.
 */
public class PortalBrowserIT {

    private static final String LVKK = "Landelijke Vereniging voor Kleine Kernen";

    @RegisterExtension
    public static final Browser CHROMIUM = Browser.waitingUpTo(20);

    private final WebDriver browser = CHROMIUM.driver();
    private final WebDriverWait wait = CHROMIUM.await();

    @BeforeEach
    public void openBrowser() {
        Portal.prefer(Portal.ZHVKK_MEMBER, "local");
    }

    @AfterEach
    public void closeBrowser() {
        Portal.prefer(Portal.ZHVKK_MEMBER, "local");
    }

    private void logIn(String email) {
        CHROMIUM.logIn(email, By.id("scope:local"));
    }

    private String pressed(String scope) {
        return browser.findElement(By.id("scope:" + scope)).getAttribute("aria-pressed");
    }

    @Test
    public void aZhvkkContactPersonRegistersForAnLvkkWebinarUnderLandelijkAndOnlyTheHostSeesIt() {
        String title = "Webinar Dorpskracht " + System.nanoTime();
        String webinar = Portal.sharedWithAll("lvkk", title).getString("id");

        logIn(Portal.ZHVKK_MEMBER);
        assertTrue(browser.getCurrentUrl().contains("/portal/"), browser.getCurrentUrl());
        assertEquals("true", pressed("local"), "Mijn provincie first");
        assertEquals("false", pressed("national"));
        assertTrue(browser.findElement(By.id("scope:local")).getAttribute("value").contains("Mijn provincie"));
        assertFalse(browser.findElement(By.tagName("main")).getText().contains(title), "not a provincial event");

        browser.findElement(By.id("scope:national")).click();
        wait.until(ExpectedConditions.attributeToBe(By.id("scope:national"), "aria-pressed", "true"));
        assertEquals("false", pressed("local"));
        String agenda = browser.findElement(By.id("agenda")).getText();
        assertTrue(agenda.contains(title), agenda);
        assertTrue(agenda.contains(LVKK), "the host is named");

        browser.findElement(By.linkText(title)).click();
        String consent = wait
                .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("label[for='registration:consent']")))
                .getText().strip();
        assertEquals("Ik geef toestemming dat mijn naam, e-mailadres en organisatie worden gedeeld met " + LVKK,
                consent);
        browser.findElement(By.id("registration:register")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "Geef toestemming"));
        assertEquals("0", Database.single("select count(*) from registration where event_id = ?::uuid", webinar),
                "nothing shared without consent");

        browser.findElement(By.id("registration:consent")).click();
        browser.findElement(By.id("registration:register")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("badge"), "Aangemeld"));
        assertEquals(1, browser.findElements(By.id("registration:cancel")).size(), "Afmelden is offered");

        String contactName = Database.single(
                "select c.name from contact_person c join account a" + " on a.id = c.account_id where a.email = ?",
                Portal.ZHVKK_MEMBER);
        List<String> attendees = Registrations.attendance("lvkk", webinar).getJsonArray("attendees").stream()
                .map(JsonValue::asJsonObject).map(a -> a.getString("name")).toList();
        assertEquals(List.of(contactName), attendees, "the LVKK admin sees the registration");
        assertEquals(404, Api.as("admin@vkkl.demo").get("/api/v1/vkkl/events/" + webinar + "/attendees").status(),
                "the VKKL admin is no host");
        assertEquals(List.of(),
                Api.as("admin@vkkl.demo").get("/api/v1/vkkl/registrations?event=" + webinar).structure().asJsonArray(),
                "and sees no registration");

        logIn(Portal.ZHVKK_MEMBER);
        assertEquals("true", pressed("national"), "the choice is remembered");
        assertEquals("false", pressed("local"));
        assertTrue(browser.findElement(By.id("agenda")).getText().contains("Aangemeld"));

        browser.findElement(By.id("nav:portalRegistrations")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("registrations:table"), title));
    }

    @Test
    public void thePortalFitsAPhoneAndSpeaksEnglishOnRequest() {
        // a title without a place to break (a long address, a pasted link) in the province's news and the national
        // news: once the suite's own items made the portal 89 px wider than a phone
        String unbroken = "Dorpshuis" + "x".repeat(60) + System.nanoTime();
        NewsItems.published("zhvkk", unbroken, false);
        NewsItems.published("lvkk", "Landelijk" + unbroken, true);
        logIn(Portal.ZHVKK_MEMBER);
        browser.manage().window().setSize(new Dimension(360, 800));
        browser.navigate().refresh();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("scope:national")));
        Object overflow = ((JavascriptExecutor) browser)
                .executeScript("return document.documentElement.scrollWidth - window.innerWidth;");
        assertTrue(((Number) overflow).intValue() <= 0, "no sideways scrolling at 360 px: " + overflow);
        assertEquals("nl", browser.findElement(By.tagName("html")).getAttribute("lang"));

        browser.findElement(By.id("nav:language")).click();
        wait.until(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", "en"));
        assertTrue(browser.findElement(By.id("scope:local")).getAttribute("value").contains("My province"));
        browser.findElement(By.id("nav:language")).click();
        wait.until(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", "nl"));
    }

    @Test
    public void aContactPersonVotesForTheDorpskrachtprijsFromTheirProvincesAlv() {
        String run = String.valueOf(System.nanoTime());
        String alv = Prizes.openRound("zhvkk", "ALV Portaal " + run, false);
        String other = Members.create("admin@zhvkk.demo", "zhvkk", "Dorpshuis Stemtest " + run).getString("id");
        Prizes.nominateFor("zhvkk", alv, Prizes.organisationOf(Portal.ZHVKK_MEMBER), "Buurtbus " + run);
        Prizes.nominateFor("zhvkk", alv, other, "Moestuin " + run);
        Prizes.move("zhvkk", alv, "VOTING");

        logIn(Portal.ZHVKK_MEMBER);
        browser.get(RunningDorpskracht.get().baseUrl() + "/portal/event.xhtml?id=" + alv);
        wait.until(ExpectedConditions.elementToBeClickable(By.id("prizeLink"))).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("vote:submit"))).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "Kies eerst een initiatief"));
        browser.findElement(By.xpath("//label[contains(., 'Moestuin " + run + "')]")).click();
        browser.findElement(By.id("vote:submit")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("ownVote"), "Moestuin " + run));
        assertTrue(browser.findElement(By.id("ownVote")).getText().contains("Gestemd"));
        assertEquals("1", Prizes.votesInDatabase(alv));
        assertTrue(browser.findElements(By.id("vote:submit")).isEmpty(), "one vote per organisation");
    }
}

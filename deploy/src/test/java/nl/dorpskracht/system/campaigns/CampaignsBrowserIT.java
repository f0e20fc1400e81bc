package nl.dorpskracht.system.campaigns;

import nl.dorpskracht.system.portal.PortalCampaignsIT;
import nl.dorpskracht.system.support.Api;
import nl.dorpskracht.system.support.Browser;
import nl.dorpskracht.system.support.Database;
import nl.dorpskracht.system.support.Portal;
import nl.dorpskracht.system.support.Prizes;
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
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Issue 5's scenario in Chromium: LVKK opens a national campaign; a ZHVKK contact person finds it under Landelijk,
 * reads the speerpunten in order and co-signs on behalf of their organisation; LVKK's count for Zuid-Holland goes up by
 * exactly one and LVKK reads the organisation's name, never the person; withdrawing brings the count back. A campaign
 * whose letters went out offers no button.
 */
public class CampaignsBrowserIT {

    private static final String CONTACT_NAME_SQL = "select c.name from contact_person c join account a"
            + " on a.id = c.account_id where a.email = ?";
    private static final String ORGANISATION_SQL = "select m.name from member_organisation m join contact_person c"
            + " on c.tenant_id = m.tenant_id and c.organisation_id = m.id join account a on a.id = c.account_id"
            + " where a.email = ?";

    private final String run = String.valueOf(System.nanoTime());
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

    private String text(String id) {
        return browser.findElement(By.id(id)).getText();
    }

    @Test
    public void aZhvkkContactPersonCoSignsAnLvkkCampaignUnderLandelijkAndLvkksCountForZuidHollandGoesUpByOne() {
        String title = "Investeer in ontmoeting " + run;
        List<String> positions = List.of("Een ontmoetingsplek in elk dorp", "Een vast budget voor dorpshuizen");
        String id = PortalCampaignsIT.open("lvkk", title, true, positions).getString("id");
        long before = PortalCampaignsIT.count("lvkk", id, "zhvkk");
        String organisation = Database.single(ORGANISATION_SQL, Portal.ZHVKK_MEMBER);
        String contactName = Database.single(CONTACT_NAME_SQL, Portal.ZHVKK_MEMBER);

        logIn(Portal.ZHVKK_MEMBER);
        assertFalse(text("campaigns").contains(title), "a national campaign is not under Mijn provincie");
        browser.findElement(By.id("scope:national")).click();
        wait.until(ExpectedConditions.attributeToBe(By.id("scope:national"), "aria-pressed", "true"));
        String overview = text("campaigns");
        assertTrue(overview.contains(title), overview);
        assertTrue(overview.contains("Open voor ondertekening tot en met 31 januari 2029"), overview);
        assertTrue(overview.contains(PortalCampaignsIT.LVKK), "the host is named");
        assertTrue(text("openCampaigns").contains("open voor ondertekening"), "the open campaigns are announced");

        browser.findElement(By.linkText(title)).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("positions")));
        assertEquals(positions, browser.findElements(By.cssSelector("#positions .position-title")).stream()
                .map(WebElement::getText).toList(), "the speerpunten in order");
        assertTrue(text("body").contains("Dorpshuizen zijn de plek waar een dorp elkaar ontmoet."));
        assertEquals(PortalCampaignsIT.LVKK, text("host"));
        WebElement sign = browser.findElement(By.id("signing:sign"));
        assertEquals("Onderteken namens " + organisation, sign.getAttribute("value"));
        String explained = text("signExplained");
        assertTrue(
                explained.contains(organisation) && explained
                        .contains("Uw eigen naam en e-mailadres krijgt geen" + " andere vereniging te zien"),
                explained);
        assertTrue(browser.findElements(By.id("signing:withdraw")).isEmpty(), "nothing to withdraw yet");

        sign.sendKeys(Keys.ENTER);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"),
                organisation + " heeft de campagne ondertekend"));
        assertTrue(text("signedBadge").startsWith("Uw organisatie heeft ondertekend op "), text("signedBadge"));
        assertTrue(browser.findElements(By.id("signing:sign")).isEmpty(), "one signature per organisation");
        assertEquals(before + 1, PortalCampaignsIT.count("lvkk", id, "zhvkk"), "exactly one more for Zuid-Holland");

        Api.Reply cosigners = Api.as("admin@lvkk.demo").get("/api/v1/lvkk/campaigns/" + id + "/cosigners");
        assertEquals(200, cosigners.status(), cosigners.body());
        assertTrue(cosigners.structure().asJsonArray().stream().map(JsonValue::asJsonObject).anyMatch(
                c -> c.getString("organisationName").equals(organisation) && c.getString("province").equals("zhvkk")),
                cosigners.body());
        assertFalse(cosigners.body().contains(contactName), "LVKK never reads who signed");
        assertFalse(cosigners.body().contains(Portal.ZHVKK_MEMBER));
        assertFalse(cosigners.body().contains("@"), "no e-mail address at all");

        browser.findElement(By.id("back")).click();
        wait.until(ExpectedConditions.attributeToBe(By.id("scope:national"), "aria-pressed", "true"));
        WebElement card = browser.findElement(By.xpath("//li[.//a[text()='" + title + "']]"));
        assertTrue(card.getText().contains("Uw organisatie heeft ondertekend \u2713"), card.getText());

        browser.findElement(By.linkText(title)).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.id("signing:withdraw"))).click();
        wait.until(ExpectedConditions.alertIsPresent()).accept();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "is ingetrokken"));
        assertEquals(1, browser.findElements(By.id("signing:sign")).size(), "signing is offered again");
        assertTrue(browser.findElements(By.id("signedBadge")).isEmpty());
        assertEquals(before, PortalCampaignsIT.count("lvkk", id, "zhvkk"), "the count goes back");
    }

    @Test
    public void aCampaignWhoseLettersWentOutOffersNoButtonButSaysSo() {
        String title = "Verstuurde brief " + run;
        String id = PortalCampaignsIT.sent("lvkk", title, true).getString("id");

        logIn(Portal.ZHVKK_MEMBER);
        browser.findElement(By.id("scope:national")).click();
        wait.until(ExpectedConditions.attributeToBe(By.id("scope:national"), "aria-pressed", "true"));
        WebElement card = browser.findElement(By.xpath("//li[.//a[text()='" + title + "']]"));
        assertTrue(card.getText().contains("Brieven verstuurd"), card.getText());

        browser.get(RunningDorpskracht.get().baseUrl() + "/portal/campaign.xhtml?id=" + id);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("closed")));
        assertEquals("De brieven zijn verstuurd. Ondertekenen of intrekken kan niet meer.", text("closed"));
        assertEquals("Brieven verstuurd", text("campaignStatus"));
        assertTrue(browser.findElements(By.id("signing:sign")).isEmpty(), "no button once the letters went out");
        assertTrue(browser.findElements(By.id("signing:withdraw")).isEmpty());
    }

    @Test
    public void aColleagueWhoSignedFirstOrACampaignThatClosedMeanwhileIsSaidPlainly() {
        String first = PortalCampaignsIT.open("lvkk", "Collega was eerst " + run, true, List.of("Samen"))
                .getString("id");
        jakarta.json.JsonObject second = PortalCampaignsIT.open("lvkk", "Intussen gesloten " + run, true,
                List.of("Samen"));
        String organisationId = Prizes.organisationOf(Portal.ZHVKK_MEMBER);
        logIn(Portal.ZHVKK_MEMBER);

        browser.get(RunningDorpskracht.get().baseUrl() + "/portal/campaign.xhtml?id=" + first);
        WebElement sign = wait.until(ExpectedConditions.elementToBeClickable(By.id("signing:sign")));
        Api.Reply colleague = Api.as("admin@zhvkk.demo").postJson("/api/v1/zhvkk/campaigns/" + first + "/endorsements",
                "{\"memberId\":\"" + organisationId + "\"}");
        assertEquals(201, colleague.status(), colleague.body());
        sign.click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"),
                "Een collega heeft deze campagne al namens uw organisatie ondertekend."));
        assertTrue(text("signedBadge").startsWith("Uw organisatie heeft ondertekend"), "the page shows it as it is");

        browser.get(RunningDorpskracht.get().baseUrl() + "/portal/campaign.xhtml?id=" + second.getString("id"));
        sign = wait.until(ExpectedConditions.elementToBeClickable(By.id("signing:sign")));
        PortalCampaignsIT.move("lvkk", second, "CLOSED");
        sign.click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"),
                "Deze campagne staat niet meer open voor ondertekening."));
        assertEquals("Deze campagne is afgesloten. Ondertekenen of intrekken kan niet meer.", text("closed"));
        assertTrue(browser.findElements(By.id("signing:sign")).isEmpty());
    }

    @Test
    public void theCampaignPageFitsAPhoneAndSpeaksEnglishOnRequest() {
        String title = "Campagne op de telefoon met een heel lange titel die moet afbreken " + run;
        String id = PortalCampaignsIT.open("lvkk", title, true, List.of("Kort", "Een wat langer speerpunt"))
                .getString("id");
        logIn(Portal.ZHVKK_MEMBER);
        browser.manage().window().setSize(new Dimension(360, 800));
        browser.get(RunningDorpskracht.get().baseUrl() + "/portal/campaign.xhtml?id=" + id);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("signing:sign")));
        Object overflow = ((JavascriptExecutor) browser)
                .executeScript("return document.documentElement.scrollWidth - window.innerWidth;");
        assertTrue(((Number) overflow).intValue() <= 0, "no sideways scrolling at 360 px: " + overflow
                + ", sticking out: "
                + ((JavascriptExecutor) browser).executeScript("return Array.from(document.querySelectorAll('body *'))"
                        + ".filter(e => e.getBoundingClientRect().right > window.innerWidth + 1)"
                        + ".map(e => e.tagName + '#' + e.id + '.' + e.className + ' ' + Math.round(e.getBoundingClientRect().right))"
                        + ".slice(0, 8).join(', ')"));
        assertTrue(browser.findElement(By.id("signing:sign")).isDisplayed());

        browser.findElement(By.id("nav:language")).click();
        wait.until(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", "en"));
        assertTrue(
                browser.findElement(By.id("signing:sign")).getAttribute("value").startsWith("Co-sign on behalf of "));
        assertTrue(text("campaignStatus").startsWith("Open for co-signing until 31 January 2029"),
                text("campaignStatus"));
        browser.findElement(By.id("nav:language")).click();
        wait.until(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", "nl"));
    }

    @Test
    public void anUnknownOrDraftCampaignIsNotFoundInDutch() {
        String draft = PortalCampaignsIT.create("lvkk", "Concept " + run, true, null, List.of("Later")).getString("id");
        logIn(Portal.ZHVKK_MEMBER);
        for (String id : List.of(draft, java.util.UUID.randomUUID().toString(), "geen-id")) {
            browser.get(RunningDorpskracht.get().baseUrl() + "/portal/campaign.xhtml?id=" + id);
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("back")));
            String page = browser.findElement(By.tagName("main")).getText();
            assertTrue(page.contains("Deze campagne bestaat niet."), id + ": " + page);
            assertTrue(browser.findElements(By.id("campaign")).isEmpty(), id);
        }
    }
}

package nl.dorpskracht.system.pages;

import nl.dorpskracht.system.events.EventsIT;
import nl.dorpskracht.system.platform.PlatformConsoleIT;
import nl.dorpskracht.system.support.Axe;
import nl.dorpskracht.system.support.Browser;
import nl.dorpskracht.system.support.Browsers;
import nl.dorpskracht.system.support.Campaigns;
import nl.dorpskracht.system.support.Contrast;
import nl.dorpskracht.system.support.OwnPassword;
import nl.dorpskracht.system.support.PlatformAdmins;
import nl.dorpskracht.system.support.Portal;
import nl.dorpskracht.system.support.Prizes;
import nl.dorpskracht.system.support.RunningDorpskracht;
import nl.dorpskracht.system.support.SecondFactorSupport;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.opentest4j.AssertionFailedError;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Every page a volunteer can reach — public, member portal, ambassador, administration, national dashboard, platform
 * console, own account — measured in Chromium: input borders and keyboard focus rings at 3:1 or more (WCAG 1.4.11) from
 * the computed styles, and axe-core without a violation. The PrimeFaces theme once outranked our styles (1.5:1 borders,
 * 1.55:1 rings); this test is what keeps it from doing so again.
 */
public class ContrastBrowserIT {

    private static final int MOST_TAB_STOPS = 80;

    private static WebDriver browser;
    private static WebDriverWait wait;

    private final List<String> problems = new ArrayList<>();

    @RegisterExtension
    static final Browser CHROMIUM = Browser.waitingUpTo(20);

    /** The class's one Chromium, started by {@link Browser} before this runs and quit by it after the last test. */
    @BeforeAll
    public static void useTheClassBrowser() {
        browser = CHROMIUM.driver();
        wait = CHROMIUM.await();
    }

    @Test
    public void publicPages() {
        browser.manage().deleteAllCookies();
        for (String page : List.of("/index.xhtml", "/login.xhtml", "/password/forgot.xhtml", "/password/reset.xhtml",
                "/invitation.xhtml", "/privacyverklaring.xhtml", "/toegankelijkheidsverklaring.xhtml")) {
            measure(page);
        }
        assertNoProblems();
    }

    @Test
    public void provinceAdministrationAndOwnAccountPages() {
        Browsers.logIn(browser, wait, "admin@vkkl.demo", By.id("nav:logout"));
        for (String page : List.of("/index.xhtml", "/admin/members.xhtml", "/admin/access.xhtml", "/admin/audit.xhtml",
                "/admin/contributions.xhtml", "/admin/invoices.xhtml", "/admin/boekhouding.xhtml",
                "/admin/events.xhtml", "/admin/registrations.xhtml", "/admin/import.xhtml", "/admin/regions.xhtml",
                "/admin/messages.xhtml", "/admin/security.xhtml", "/admin/prize.xhtml", "/admin/campaigns.xhtml",
                "/admin/targets.xhtml", "/admin/news.xhtml", "/admin/initiatives.xhtml", "/admin/initiative.xhtml",
                "/account/password.xhtml", "/account/second-factor.xhtml", "/account/tokens.xhtml")) {
            measure(page);
        }
        measureFirstLink("/admin/members.xhtml", "a[href*='admin/member.xhtml']");
        measureFirstLink("/admin/campaigns.xhtml", "a[href*='admin/campaign.xhtml']");
        measureFirstLink("/admin/initiatives.xhtml", "a[href*='admin/initiative.xhtml?id=']");
        assertNoProblems();
    }

    /** A campaign opened by its id, once still a draft and once open, and the prize page of an ALV. */
    @Test
    public void campaignAndPrizePagesWithTheirSubject() {
        String campaign = Campaigns.create("vkkl", "Contrast campagne " + System.nanoTime(), false,
                List.of("Een bushalte per dorp"), List.of()).getString("id");
        String open = Campaigns.open("vkkl", "Contrast open " + System.nanoTime(), false, List.of());
        String alvWithoutRound = EventsIT
                .create("vkkl", EventsIT.body("Contrast ALV " + System.nanoTime(), "ALV", "PUBLISHED", null))
                .getString("id");
        String alvNominating = Prizes.openRound("vkkl", "Contrast prijs " + System.nanoTime(), false);
        Prizes.nominateFor("vkkl", alvNominating, Prizes.organisationOf(Portal.VKKL_MEMBER), "Pluktuin");
        Browsers.logIn(browser, wait, "admin@vkkl.demo", By.id("nav:logout"));
        for (String page : List.of("/admin/campaign.xhtml?id=" + campaign, "/admin/campaign.xhtml?id=" + open,
                "/admin/prize.xhtml?event=" + alvWithoutRound, "/admin/prize.xhtml?event=" + alvNominating)) {
            measure(page);
        }
        // a page showing a message: the list of messages is where axe once found a listitem violation
        browser.get(RunningDorpskracht.get().baseUrl() + "/admin/prize.xhtml?event=" + alvWithoutRound);
        wait.until(ExpectedConditions.elementToBeClickable(By.id("openForm:open"))).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "De prijsronde is geopend."));
        measureHere("/admin/prize.xhtml with its round just opened");
        assertNoProblems();
    }

    /** The platform console, and the second-factor enrolment a new platform administrator passes on the way. */
    @Test
    public void platformConsole() {
        String email = "contrast-" + PlatformConsoleIT.suffix() + "@beheer.test";
        String password = OwnPassword.chosen(email, PlatformAdmins.create(email));
        browser.manage().deleteAllCookies();
        browser.get(RunningDorpskracht.get().baseUrl() + "/login.xhtml");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("login:email"))).sendKeys(email);
        browser.findElement(By.id("login:password")).sendKeys(password);
        browser.findElement(By.id("login:submit")).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.id("start:begin")));
        measureHere("second-factor enrolment of a platform administrator");
        browser.findElement(By.id("start:begin")).click();
        String secret = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("secret"))).getText();
        measureHere("second-factor enrolment, the code shown");
        browser.findElement(By.id("confirm:code")).sendKeys(SecondFactorSupport.code(secret, 0));
        browser.findElement(By.id("confirm:submit")).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.id("continue"))).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("add:save")));
        measure("/platform/");
        assertNoProblems();
    }

    @Test
    public void memberPortalPages() {
        Browsers.logIn(browser, wait, Portal.VKKL_MEMBER, By.id("nav:logout"));
        for (String page : List.of("/portal/index.xhtml", "/portal/registrations.xhtml",
                "/portal/nieuws-insturen.xhtml")) {
            measure(page);
        }
        measureFirstLink("/portal/index.xhtml", "a[href*='portal/event.xhtml']");
        measureFirstLink("/portal/index.xhtml", "a[href*='portal/campaign.xhtml']");
        assertNoProblems();
    }

    @Test
    public void ambassadorPages() {
        Browsers.logIn(browser, wait, "ambassadeur@vkkl.demo", By.id("nav:logout"));
        for (String page : List.of("/regio/leden.xhtml", "/regio/agenda.xhtml", "/regio/campagnes.xhtml")) {
            measure(page);
        }
        assertNoProblems();
    }

    @Test
    public void nationalDashboard() {
        Browsers.logIn(browser, wait, "national@lvkk.demo", By.id("nav:logout"));
        measure("/admin/national.xhtml");
        assertNoProblems();
    }

    private void measureFirstLink(String list, String link) {
        browser.get(RunningDorpskracht.get().baseUrl() + list);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("inhoud")));
        List<WebElement> links = browser.findElements(By.cssSelector(link));
        if (links.isEmpty()) {
            problems.add(list + ": no " + link + " to follow (the demo data should offer one)");
            return;
        }
        String href = links.get(0).getAttribute("href");
        measure(href.substring(RunningDorpskracht.get().baseUrl().length()));
    }

    private void measure(String page) {
        browser.get(RunningDorpskracht.get().baseUrl() + page);
        measureHere(page);
    }

    /** The page as it stands now, for a state reached by clicking rather than by an address. */
    private void measureHere(String page) {
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("inhoud")));
        Contrast.weakInputBorders(browser).forEach(weak -> problems.add(page + " input border " + weak));
        Contrast.weakFocusRings(browser, MOST_TAB_STOPS).forEach(weak -> problems.add(page + " focus ring " + weak));
        try {
            Axe.assertClean(browser, page);
        } catch (AssertionFailedError e) {
            problems.add(e.getMessage());
        }
    }

    private void assertNoProblems() {
        assertEquals(List.of(), problems, problems.size() + " problems:\n" + String.join("\n", problems));
    }
}

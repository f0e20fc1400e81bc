package nl.dorpskracht.system.pages;

import nl.dorpskracht.system.support.Axe;
import nl.dorpskracht.system.support.Browsers;
import nl.dorpskracht.system.support.Contrast;
import nl.dorpskracht.system.support.Portal;
import nl.dorpskracht.system.support.RunningDorpskracht;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Every page a volunteer can reach — public, member portal, ambassador, administration, national dashboard, own account
 * — measured in Chromium: input borders and keyboard focus rings at 3:1 or more (WCAG 1.4.11) from the computed styles,
 * and axe-core without a violation. The PrimeFaces theme once outranked our styles (1.5:1 borders, 1.55:1 rings); this
 * test is what keeps it from doing so again.
 */
public class ContrastBrowserIT {

    private static final int MOST_TAB_STOPS = 80;

    private static WebDriver browser;
    private static WebDriverWait wait;

    private final List<String> problems = new ArrayList<>();

    @BeforeAll
    public static void openBrowser() {
        browser = Browsers.chromium();
        wait = Browsers.waitOn(browser, 20);
    }

    @AfterAll
    public static void closeBrowser() {
        browser.quit();
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
                "/admin/contributions.xhtml", "/admin/invoices.xhtml", "/admin/events.xhtml",
                "/admin/registrations.xhtml", "/admin/import.xhtml", "/admin/regions.xhtml", "/admin/messages.xhtml",
                "/admin/security.xhtml", "/admin/prize.xhtml", "/admin/campaigns.xhtml", "/admin/targets.xhtml",
                "/account/password.xhtml", "/account/second-factor.xhtml", "/account/tokens.xhtml")) {
            measure(page);
        }
        measureFirstLink("/admin/members.xhtml", "a[href*='admin/member.xhtml']");
        assertNoProblems();
    }

    @Test
    public void memberPortalPages() {
        Browsers.logIn(browser, wait, Portal.VKKL_MEMBER, By.id("nav:logout"));
        for (String page : List.of("/portal/index.xhtml", "/portal/registrations.xhtml")) {
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

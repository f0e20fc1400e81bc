package nl.dorpskracht.system.publicsite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import nl.dorpskracht.system.support.Axe;
import nl.dorpskracht.system.support.Browser;
import nl.dorpskracht.system.support.Contrast;
import nl.dorpskracht.system.support.NewTenant;
import nl.dorpskracht.system.support.RunningDorpskracht;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A visitor on an association's public pages in Chromium, with the keyboard only: the skip link first, the menu, the
 * agenda; axe finds no WCAG 2.1 A/AA violation and every focus ring is visible; on a phone nothing scrolls sideways; a
 * hostile title runs no script; no cookie is ever set.
 */
public class PublicSiteBrowserIT {

    private static final String ADMIN = "admin@ovkk.demo";
    private static final String HOSTILE = "Avond <img src=x onerror=\"window.publicSiteXss=1\">";

    @RegisterExtension
    static final Browser CHROMIUM = Browser.waitingUpTo(20);

    private static String tenant;
    private static String news;
    private static WebDriver browser;
    private static WebDriverWait wait;

    @BeforeAll
    public static void anAssociationWithAPublicEvent() {
        tenant = NewTenant.create("pubweb");
        PublicPages.event(tenant, ADMIN, HOSTILE, "PUBLISHED", null);
        PublicPages.event(tenant, ADMIN, "Oppe Koffie in de kern", "PUBLISHED", null);
        news = PublicContent.news(tenant, "Dorpshuis krijgt zonnepanelen",
                "<p>Het dorpshuis <b>bespaart</b>.</p>" + "<ul><li>Minder kosten</li><li>Meer ruimte</li></ul>",
                "PUBLIC", "PUBLISHED", false);
        PublicContent.image(tenant, news);
        PublicContent.document(tenant, PublicContent.folder(tenant, "Toolkit"), "Brochure vrijwilligers",
                "brochure.txt", "Inhoud", "PUBLIC");
        browser = CHROMIUM.driver();
        wait = CHROMIUM.await();
    }

    @Test
    public void theSkipLinkComesFirstAndTheMenuLeadsToTheAgendaByKeyboard() {
        open("/" + tenant);
        tab();
        WebElement skip = browser.switchTo().activeElement();
        assertEquals("skip-link", skip.getAttribute("class"));
        skip.sendKeys(Keys.ENTER);
        wait.until(driver -> "inhoud".equals(driver.switchTo().activeElement().getAttribute("id")));
        open("/" + tenant);
        WebElement agenda = null;
        List<String> walked = new ArrayList<>();
        for (int press = 0; press < 10 && agenda == null; press++) {
            tab();
            WebElement focused = browser.switchTo().activeElement();
            String href = String.valueOf(focused.getAttribute("href"));
            walked.add(focused.getTagName() + " " + focused.getText() + " " + href);
            if (href.endsWith("/" + tenant + "/agenda")) {
                agenda = focused;
            }
        }
        assertTrue(agenda != null, "the menu's Agenda link is reached with Tab: " + walked);
        // Debian's Chromium asks for English first, which the pages honour; in Dutch the link says "Agenda"
        String language = browser.findElement(By.tagName("html")).getAttribute("lang");
        String name = "nl".equals(language) ? "Agenda" : "Events";
        assertEquals(name, agenda.getText(), language);
        agenda.sendKeys(Keys.ENTER);
        wait.until(ExpectedConditions.textToBe(By.tagName("h1"), name));
        assertEquals("page",
                browser.findElement(By.cssSelector(".public-menu a[href$='/agenda']")).getAttribute("aria-current"));
        assertTrue(browser.getPageSource().contains("Oppe Koffie in de kern"));
    }

    @Test
    public void theNewsItemOpensFromTheListByKeyboardWithItsImageAndOneHeading() {
        open("/" + tenant + "/nieuws");
        WebElement link = null;
        for (int press = 0; press < 15 && link == null; press++) {
            tab();
            WebElement focused = browser.switchTo().activeElement();
            if (String.valueOf(focused.getAttribute("href")).endsWith("/nieuws/" + news)) {
                link = focused;
            }
        }
        assertTrue(link != null, "the item's link is reached with Tab");
        link.sendKeys(Keys.ENTER);
        wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Dorpshuis krijgt zonnepanelen"));
        assertEquals(1, browser.findElements(By.tagName("h1")).size());
        assertEquals("bespaart", browser.findElement(By.cssSelector(".public-body b")).getText());
        WebElement image = browser.findElement(By.cssSelector(".public-article img"));
        wait.until(driver -> Boolean.TRUE.equals(((JavascriptExecutor) driver)
                .executeScript("return arguments[0].complete && arguments[0].naturalWidth > 0;", image)));
        assertEquals("", image.getAttribute("alt"), "decorative: the title says what it is about");
        Axe.assertClean(browser, "news item");
    }

    @Test
    public void axeFindsNothingAndEveryFocusRingShowsOnEveryPublicPage() {
        List<String> problems = new ArrayList<>();
        for (String path : List.of("/" + tenant, "/" + tenant + "/agenda", "/" + tenant + "/nieuws",
                "/" + tenant + "/nieuws/" + news, "/" + tenant + "/documenten", "/" + tenant + "/bestaat-niet",
                "/geen-vereniging")) {
            open(path);
            Contrast.weakFocusRings(browser, 40).forEach(weak -> problems.add(path + " focus ring " + weak));
            try {
                Axe.assertClean(browser, path);
            } catch (AssertionError e) {
                problems.add(e.getMessage());
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    public void onAPhoneNothingScrollsSidewaysAndAHostileTitleRunsNoScript() {
        browser.manage().window().setSize(new Dimension(375, 740));
        try {
            for (String path : List.of("/" + tenant, "/" + tenant + "/agenda")) {
                open(path);
                Object sideways = ((JavascriptExecutor) browser)
                        .executeScript("return document.documentElement.scrollWidth > window.innerWidth;");
                assertEquals(Boolean.FALSE, sideways, path + " scrolls sideways on a phone");
                assertNull(((JavascriptExecutor) browser).executeScript("return window.publicSiteXss;"), path);
                assertTrue(browser.findElement(By.id("inhoud")).getText().contains("Avond <img"), path);
            }
        } finally {
            browser.manage().window().setSize(new Dimension(1280, 900));
        }
    }

    @Test
    public void noCookieIsEverSet() {
        for (String path : List.of("/" + tenant, "/" + tenant + "/agenda", "/" + tenant + "/nieuws",
                "/geen-vereniging")) {
            open(path);
        }
        assertEquals(0, browser.manage().getCookies().size(), browser.manage().getCookies().toString());
    }

    private static void open(String path) {
        browser.get(RunningDorpskracht.get().baseUrl() + path);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("inhoud")));
    }

    private static void tab() {
        new Actions(browser).sendKeys(Keys.TAB).perform();
    }
}

package nl.dorpskracht.system.pages;

import nl.dorpskracht.system.support.Axe;
import nl.dorpskracht.system.support.Browser;
import nl.dorpskracht.system.support.Browsers;
import nl.dorpskracht.system.support.Contrast;
import nl.dorpskracht.system.support.Database;
import nl.dorpskracht.system.support.Portal;
import nl.dorpskracht.system.support.RunningDorpskracht;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
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
 * The main flows with the keyboard only (Tab, Shift-Tab, Enter, Space and typing, through WebDriver Actions): after
 * every post the focus lands on what appeared — the opened form, the first error, the message, the results — and not at
 * the top of the page. Also the phone menu, opened by keyboard at phone width, and the dashboard's contents.
 */
public class KeyboardWalkBrowserIT {

    private static final int MOST_PRESSES = 600;

    private static WebDriver browser;
    private static WebDriverWait wait;

    @RegisterExtension
    static final Browser CHROMIUM = Browser.waitingUpTo(20);

    /** The class's one Chromium, started by {@link Browser} before this runs and quit by it after the last test. */
    @BeforeAll
    public static void useTheClassBrowser() {
        browser = CHROMIUM.driver();
        wait = CHROMIUM.await();
    }

    @AfterEach
    public void wideAgain() {
        browser.manage().window().setSize(new Dimension(1280, 900));
        Portal.prefer(Portal.VKKL_MEMBER, "local");
    }

    @Test
    public void anAdminAddsAMemberWithTheKeyboardOnly() {
        Browsers.logIn(browser, wait, "admin@vkkl.demo", By.id("members:table"));

        tabTo(id("members:add"));
        press(Keys.ENTER);
        focusSettlesOn(id("memberForm:name"), "the opened form's first field");
        Axe.assertClean(browser, "the opened member form");

        tabTo(id("memberForm:save"));
        press(Keys.ENTER);
        focusSettlesOn(id("memberForm:name"), "the first field with an error");
        WebElement name = focused();
        assertEquals("true", name.getAttribute("aria-invalid"));
        String describedBy = name.getAttribute("aria-describedby");
        assertTrue(browser.findElement(By.id(describedBy)).getText().contains("Vul de naam in."), describedBy);
        Axe.assertClean(browser, "the member form with errors");

        String member = "Dorpsraad Toetsenbord " + UUID.randomUUID().toString().substring(0, 6);
        type(member);
        tabTo(id("memberForm:type"));
        type("Dorpsraad");
        tabTo(id("memberForm:municipality"));
        type("Gulpen-Wittem");
        tabTo(id("memberForm:region"));
        type("Zuid");
        tabTo(id("memberForm:email"));
        type("toetsenbord@walk.example");
        tabTo(id("memberForm:save"));
        backTo(id("memberForm:email"));
        tabTo(id("memberForm:save"));
        press(Keys.ENTER);
        focusSettlesOn(element -> "messages".equals(element.getAttribute("id")), "the saved message");
        assertTrue(focused().getText().contains("Opgeslagen"), focused().getText());
        assertEquals("vkkl", Database.single("select tenant_id from member_organisation where name = ?", member));

        tabTo(id("members:query"));
        type(member);
        tabTo(id("members:searchButton"));
        press(Keys.ENTER);
        focusSettlesOn(id("count"), "the number of results");
        assertTrue(browser.findElement(By.id("members:table")).getText().contains(member));
        assertTrue(focused().getText().startsWith("1 "), focused().getText());
    }

    @Test
    public void aMemberSwitchesToLandelijkAndRegistersWithTheKeyboardOnly() {
        String title = "Webinar Toetsenbord " + System.nanoTime();
        String webinar = Portal.sharedWithAll("lvkk", title).getString("id");
        Browsers.logIn(browser, wait, Portal.VKKL_MEMBER, By.id("scope:local"));

        tabTo(id("scope:national"));
        press(Keys.SPACE);
        wait.until(ExpectedConditions.attributeToBe(By.id("scope:national"), "aria-pressed", "true"));
        focusSettlesOn(id("scope:national"), "the pressed switch, not the top of the page");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("announcer"), "landelijk"));
        Axe.assertClean(browser, "the portal on Landelijk");

        tabTo(element -> title.equals(element.getText().strip()));
        press(Keys.ENTER);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("registration:register")));
        tabTo(id("registration:register"));
        press(Keys.ENTER);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "Geef toestemming"));
        focusSettlesOn(id("registration:consent"), "the box the error is about");
        assertEquals("true", focused().getAttribute("aria-invalid"));
        assertTrue(browser.findElement(By.id(focused().getAttribute("aria-describedby"))).getText()
                .contains("toestemming"), "the box reads its error");
        assertEquals("0", Database.single("select count(*) from registration where event_id = ?::uuid", webinar));
        Axe.assertClean(browser, "the event page with its error");

        press(Keys.SPACE);
        tabTo(id("registration:register"));
        press(Keys.ENTER);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("badge"), "Aangemeld"));
        focusSettlesOn(element -> "messages".equals(element.getAttribute("id")), "the confirmation");
        assertEquals("1", Database.single("select count(*) from registration where event_id = ?::uuid", webinar));
    }

    @Test
    public void aRefusedLoginMarksItsFieldsAndTakesTheFocusThere() {
        browser.manage().deleteAllCookies();
        browser.get(RunningDorpskracht.get().baseUrl() + "/login.xhtml");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("login:email")));
        tabTo(id("login:email"));
        type("admin@vkkl.demo");
        tabTo(id("login:password"));
        type("verkeerd");
        press(Keys.ENTER);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "klopt niet"));
        focusSettlesOn(id("login:email"), "the first refused field");
        for (String field : List.of("login:email", "login:password")) {
            WebElement input = browser.findElement(By.id(field));
            assertEquals("true", input.getAttribute("aria-invalid"), field);
            assertEquals("messages", input.getAttribute("aria-describedby"), field);
        }
        Axe.assertClean(browser, "the refused login");
    }

    @Test
    public void thePhoneMenuOpensAndClosesByKeyboard() {
        Browsers.logIn(browser, wait, "admin@vkkl.demo", By.id("members:table"));
        browser.manage().window().setSize(new Dimension(390, 844));
        browser.navigate().refresh();
        WebElement toggle = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("menuToggle")));
        assertFalse(browser.findElement(By.id("nav:logout")).isDisplayed(), "folded on a phone");
        assertTrue(browser.findElement(By.id("nav:language")).isDisplayed(), "but English stays one press away");
        assertEquals("false", toggle.getAttribute("aria-expanded"));
        Axe.assertClean(browser, "the folded phone menu");

        tabTo(id("menuToggle"));
        press(Keys.ENTER);
        wait.until(ExpectedConditions.attributeToBe(By.id("menuToggle"), "aria-expanded", "true"));
        assertTrue(browser.findElement(By.id("nav:logout")).isDisplayed(), "open: the links show");
        Object overflow = ((JavascriptExecutor) browser)
                .executeScript("return document.documentElement.scrollWidth - window.innerWidth;");
        assertTrue(((Number) overflow).intValue() <= 0, "no sideways scrolling: " + overflow);
        Axe.assertClean(browser, "the opened phone menu");
        assertEquals(List.of(), Contrast.weakFocusRings(browser, 40), "focus rings in the opened menu");

        backTo(id("menuToggle"));
        tabTo(id("nav:logout"));
        press(Keys.ESCAPE);
        wait.until(ExpectedConditions.attributeToBe(By.id("menuToggle"), "aria-expanded", "false"));
        focusSettlesOn(id("menuToggle"), "Escape closes the menu and returns to its button");
        assertFalse(browser.findElement(By.id("nav:logout")).isDisplayed());
    }

    @Test
    public void theNationalDashboardHasContentsThatJumpAndSectionsThatFold() {
        Browsers.logIn(browser, wait, "national@lvkk.demo", By.id("nav:logout"));
        browser.get(RunningDorpskracht.get().baseUrl() + "/admin/national.xhtml");
        WebElement contents = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("contents")));
        WebElement last = contents.findElements(By.tagName("a")).get(contents.findElements(By.tagName("a")).size() - 1);
        String target = last.getAttribute("href").substring(last.getAttribute("href").indexOf('#') + 1);

        tabTo(element -> element.equals(last));
        press(Keys.ENTER);
        focusSettlesOn(id(target), "the section the contents named");

        tabTo(element -> "summary".equals(element.getTagName()));
        WebElement details = focused().findElement(By.xpath(".."));
        assertEquals("true", details.getAttribute("open"));
        press(Keys.ENTER);
        wait.until(driver -> details.getAttribute("open") == null);
        press(Keys.SPACE);
        wait.until(driver -> "true".equals(details.getAttribute("open")));
        Axe.assertClean(browser, "the dashboard with its contents");
    }

    private static Predicate<WebElement> id(String id) {
        return element -> id.equals(element.getAttribute("id"));
    }

    private static WebElement focused() {
        return browser.switchTo().activeElement();
    }

    private static void press(CharSequence key) {
        new Actions(browser).sendKeys(key).perform();
    }

    private static void type(String text) {
        new Actions(browser).sendKeys(text).perform();
    }

    private static void tabTo(Predicate<WebElement> wanted) {
        move(wanted, Keys.TAB);
    }

    private static void backTo(Predicate<WebElement> wanted) {
        move(wanted, Keys.chord(Keys.SHIFT, Keys.TAB));
    }

    private static void move(Predicate<WebElement> wanted, CharSequence key) {
        for (int press = 0; press < MOST_PRESSES; press++) {
            if (wanted.test(focused())) {
                return;
            }
            press(key);
        }
        throw new AssertionError("not reached with " + MOST_PRESSES + " presses; focus is on " + focused().getTagName()
                + "#" + focused().getAttribute("id"));
    }

    /** After a post the script moves the focus once the page is ready: wait for it, then check where it is. */
    private static void focusSettlesOn(Predicate<WebElement> wanted, String what) {
        try {
            wait.until(driver -> wanted.test(focused()));
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError("focus should be on " + what + " but is on " + focused().getTagName() + "#"
                    + focused().getAttribute("id") + " \"" + focused().getText() + "\"", e);
        }
    }
}

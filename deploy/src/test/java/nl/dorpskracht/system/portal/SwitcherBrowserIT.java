package nl.dorpskracht.system.portal;

import nl.dorpskracht.system.support.Browser;
import nl.dorpskracht.system.support.Grantees;
import nl.dorpskracht.system.support.Invitees;
import nl.dorpskracht.system.support.Members;
import nl.dorpskracht.system.support.RunningDorpskracht;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One login, several associations: the header's switcher chooses where one works, every admin page follows it, the two
 * associations' members are never shown together, and the choice survives logging out and in again.
 */
public class SwitcherBrowserIT {

    @RegisterExtension
    public static final Browser CHROMIUM = Browser.waitingUpTo(30);

    private final WebDriver browser = CHROMIUM.driver();
    private final WebDriverWait wait = CHROMIUM.await();

    @Test
    public void anAdminOfTwoProvincesSwitchesAndTheChoiceIsRemembered() {
        String email = Grantees.unique("twee");
        String id = Grantees.granted("admin@vkkl.demo", "vkkl", email, "TENANT_ADMIN");
        assertEquals(id, Grantees.granted("admin@zhvkk.demo", "zhvkk", email, "TENANT_ADMIN"),
                "one account, two grants, each accepted");
        String run = "Wissel" + System.nanoTime() % 1_000_000;
        String limburg = Members.create("admin@vkkl.demo", "vkkl", run + " Limburg").getString("name");
        String holland = Members.create("admin@zhvkk.demo", "zhvkk", run + " Holland").getString("name");

        logIn(email);
        assertEquals("vkkl", selected(), "first the first association administered");
        assertMembers(run, limburg, holland);

        switchTo("zhvkk");
        assertMembers(run, holland, limburg);
        browser.get(RunningDorpskracht.get().baseUrl() + "/admin/access.xhtml");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("people:list"), "admin@zhvkk.demo"));
        assertFalse(browser.findElement(By.id("people:list")).getText().contains("admin@vkkl.demo"));

        browser.findElement(By.id("nav:logout")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.linkText("Inloggen")));
        logIn(email);
        assertEquals("zhvkk", selected(), "remembered across logins");
        assertMembers(run, holland, limburg);

        switchTo("vkkl");
        assertMembers(run, limburg, holland);
    }

    @Test
    public void aNationalAdminReachesTheDashboardAndTheAssociationsPagesWithOneLogin() {
        String email = Grantees.unique("landelijk");
        Grantees.granted("admin@lvkk.demo", "lvkk", email, "TENANT_ADMIN");
        Grantees.granted("admin@lvkk.demo", "lvkk", email, "NATIONAL_OFFICE");
        logIn(email);
        assertFalse(browser.findElements(By.id("nav:national")).isEmpty(), "the national figures");
        assertFalse(browser.findElements(By.linkText("Leden")).isEmpty(), "the association's members");
        assertTrue(browser.findElements(By.id("switcher:tenant")).isEmpty(), "one association: nothing to switch");
        browser.findElement(By.id("nav:national")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Landelijke"));
    }

    @Test
    public void aTreasurerSeesOnlyTheContributionsPages() {
        String email = Grantees.unique("kas");
        Grantees.granted("admin@vkkl.demo", "vkkl", email, "TREASURER");
        logIn(email);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Contributie"));
        assertFalse(browser.findElements(By.linkText("Facturen")).isEmpty());
        assertTrue(browser.findElements(By.linkText("Leden")).isEmpty());
        assertTrue(browser.findElements(By.linkText("Toegang")).isEmpty());
        browser.get(RunningDorpskracht.get().baseUrl() + "/admin/members.xhtml");
        wait.until(
                ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "U beheert geen vereniging."));
        assertTrue(browser.findElements(By.id("members:table")).isEmpty());
    }

    private void logIn(String email) {
        browser.manage().deleteAllCookies();
        browser.get(RunningDorpskracht.get().baseUrl() + "/login.xhtml");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("login:email"))).sendKeys(email);
        browser.findElement(By.id("login:password")).sendKeys(Invitees.PASSWORD);
        browser.findElement(By.id("login:submit")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("nav:logout")));
    }

    private String selected() {
        return new Select(browser.findElement(By.id("switcher:tenant"))).getFirstSelectedOption().getAttribute("value");
    }

    private void switchTo(String tenant) {
        new Select(browser.findElement(By.id("switcher:tenant"))).selectByValue(tenant);
        browser.findElement(By.id("switcher:switch")).click();
        wait.until(ready -> tenant.equals(selected()));
    }

    private void assertMembers(String query, String shown, String hidden) {
        browser.get(RunningDorpskracht.get().baseUrl() + "/admin/members.xhtml");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("members:query"))).sendKeys(query);
        browser.findElement(By.id("members:searchButton")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("members:table"), shown));
        assertFalse(browser.findElement(By.id("members:table")).getText().contains(hidden), "never mixed");
    }
}

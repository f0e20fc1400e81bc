package nl.dorpskracht.system.pages;

import nl.dorpskracht.system.support.Browser;
import nl.dorpskracht.system.support.Database;
import nl.dorpskracht.system.support.RunningDorpskracht;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** What a province secretary clicks, in Debian's Chromium: log in, add a member, find it in the list. */
public class AdminPageBrowserIT {

    @RegisterExtension
    public static final Browser CHROMIUM = Browser.waitingUpTo(20);

    private final WebDriver browser = CHROMIUM.driver();
    private final WebDriverWait wait = CHROMIUM.await();

    @Test
    public void aProvinceAdminLogsInAddsAMemberAndSeesItInTheList() {
        browser.get(RunningDorpskracht.get().baseUrl() + "/admin/members.xhtml");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("login:email")));
        assertEquals("nl", browser.findElement(By.tagName("html")).getAttribute("lang"));
        Cookie before = browser.manage().getCookieNamed("JSESSIONID");

        logIn("admin@vkkl.demo", RunningDorpskracht.DEMO_PASSWORD);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("members:table")));
        Cookie after = browser.manage().getCookieNamed("JSESSIONID");
        assertNotNull(before, "the login page opened a session");
        assertNotEquals(before.getValue(), after.getValue(), "the session id changes at login");
        assertTrue(browser.findElement(By.tagName("h1")).getText().contains("Lidorganisaties"));

        String name = "Dorpsraad Browsertest " + UUID.randomUUID().toString().substring(0, 6);
        browser.findElement(By.id("members:add")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("memberForm:name"))).sendKeys(name);
        new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("memberForm:type")))
                .selectByValue("DORPSRAAD");
        new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("memberForm:municipality")))
                .selectByVisibleText("Gulpen-Wittem");
        new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("memberForm:region")))
                .selectByValue("Zuid-Limburg");
        browser.findElement(By.id("memberForm:email")).sendKeys("raad@browsertest.example");
        browser.findElement(By.id("memberForm:save")).click();

        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "Opgeslagen"));
        browser.findElement(By.id("members:query")).sendKeys(name);
        browser.findElement(By.id("members:searchButton")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("members:table"), name));
        assertEquals("vkkl", Database.single("select tenant_id from member_organisation where name = ?", name));

        browser.findElement(By.id("nav:logout")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.linkText("Inloggen")));
        browser.get(RunningDorpskracht.get().baseUrl() + "/admin/members.xhtml");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("login:email")));
    }

    @Test
    public void aMissingFieldIsExplainedInDutchNextToTheField() {
        browser.get(RunningDorpskracht.get().baseUrl() + "/login.xhtml");
        logIn("admin@zhvkk.demo", RunningDorpskracht.DEMO_PASSWORD);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("members:add"))).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("memberForm:save"))).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("memberForm"), "Vul de naam in."));
        assertTrue(browser.findElement(By.id("memberForm")).getText().contains("Vul de gemeente in."));

        browser.findElement(By.id("nav:language")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Member organisations"));
        browser.findElement(By.id("members:add")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("memberForm:save"))).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("memberForm"), "Enter the name."));
    }

    @Test
    public void aWrongPasswordShowsAMessageAndTheEnglishSwitchWorks() {
        browser.get(RunningDorpskracht.get().baseUrl() + "/login.xhtml");
        logIn("admin@zhvkk.demo", "verkeerd");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "klopt niet"));
        browser.findElement(By.id("nav:language")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Log in"));
        assertEquals("en", browser.findElement(By.tagName("html")).getAttribute("lang"));
    }

    @Test
    public void anotherProvincesAdminSeesNoneOfThisProvincesMembers() {
        browser.get(RunningDorpskracht.get().baseUrl() + "/login.xhtml");
        logIn("admin@zhvkk.demo", RunningDorpskracht.DEMO_PASSWORD);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("members:table")));
        browser.findElement(By.id("members:query")).sendKeys("Gulpen");
        browser.findElement(By.id("members:searchButton")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("members:table"),
                "Geen lidorganisaties gevonden"));
    }

    @Test
    public void aMemberContactLandsInTheMemberPortalWithoutTheMemberAdministration() {
        browser.get(RunningDorpskracht.get().baseUrl() + "/login.xhtml");
        logIn("member@vkkl.demo", RunningDorpskracht.DEMO_PASSWORD);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("nav:logout")));
        assertTrue(browser.getCurrentUrl().contains("/portal/"), browser.getCurrentUrl());
        assertTrue(browser.findElement(By.tagName("h1")).getText().contains("Agenda"));
        assertTrue(browser.findElements(By.linkText("Leden")).isEmpty());
        browser.get(RunningDorpskracht.get().baseUrl() + "/admin/members.xhtml");
        wait.until(
                ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "U beheert geen vereniging."));
        assertTrue(browser.findElements(By.id("members:table")).isEmpty());
    }

    private void logIn(String email, String password) {
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("login:email"))).sendKeys(email);
        browser.findElement(By.id("login:password")).sendKeys(password);
        browser.findElement(By.id("login:submit")).click();
    }
}

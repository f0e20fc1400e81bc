package nl.dorpskracht.system.security;

import nl.dorpskracht.system.support.Browser;
import nl.dorpskracht.system.support.Database;
import nl.dorpskracht.system.support.Grantees;
import nl.dorpskracht.system.support.Invitees;
import nl.dorpskracht.system.support.NewTenant;
import nl.dorpskracht.system.support.RunningDorpskracht;
import nl.dorpskracht.system.support.TestMail;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The page Toegang in Chromium: an admin invites a treasurer, who accepts from the mailed link with a password of their
 * own; the treasurer is then listed with the role, and the admin takes the role away again.
 */
public class AccessBrowserIT {

    @RegisterExtension
    public static final Browser CHROMIUM = Browser.waitingUpTo(30);

    private final WebDriver browser = CHROMIUM.driver();
    private final WebDriverWait wait = CHROMIUM.await();

    @Test
    public void anAdminInvitesATreasurerWhoAcceptsAndLosesTheRoleAgain() {
        String email = Grantees.unique("toegang");
        String name = "Toos Penning " + System.nanoTime() % 10_000;
        CHROMIUM.logIn("admin@ovkk.demo", By.id("nav:logout"));
        browser.findElement(By.linkText("Toegang")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Toegang"));
        assertTrue(browser.findElement(By.id("people:list")).getText().contains("admin@ovkk.demo"));
        assertEquals("Naam", browser.findElement(By.cssSelector("label[for='invite:name']")).getText());
        assertEquals("Rol", browser.findElement(By.cssSelector("label[for='invite:role']")).getText());

        browser.findElement(By.id("invite:save")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("invite"), "Vul de naam in."));

        browser.findElement(By.id("invite:name")).sendKeys(name);
        browser.findElement(By.id("invite:email")).sendKeys(email);
        new Select(browser.findElement(By.id("invite:role"))).selectByValue("TREASURER");
        browser.findElement(By.id("invite:save")).click();
        wait.until(
                ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "De uitnodiging is verstuurd."));
        assertTrue(browser.findElement(By.id("open:list")).getText().contains(email));
        assertTrue(browser.findElements(By.id("invitationLink")).isEmpty(), "mailed, so no link on screen");

        String link = Invitees.linkIn(TestMail.text(TestMail.awaitSubject(email, "Uitnodiging van"))).orElseThrow();
        browser.manage().deleteAllCookies();
        browser.get(link);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("accept:newPassword")))
                .sendKeys(Invitees.PASSWORD);
        browser.findElement(By.id("accept:repeat")).sendKeys(Invitees.PASSWORD);
        browser.findElement(By.id("accept:submit")).click();
        wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("invitation.xhtml")));
        assertEquals(List.of("ovkk:TREASURER"), Grantees.grantsOf(email));

        CHROMIUM.logIn("admin@ovkk.demo", By.id("nav:logout"));
        browser.get(RunningDorpskracht.get().baseUrl() + "/admin/access.xhtml");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("people:list"), email));
        assertTrue(browser.findElement(By.id("people:list")).getText().contains("Penningmeester"));

        browser.findElement(By.cssSelector("a[aria-label='afnemen: Penningmeester, " + name + "']")).click();
        browser.switchTo().alert().accept();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "De rol is afgenomen."));
        assertFalse(browser.findElement(By.id("people:list")).getText().contains(email));
        assertEquals(List.of(), Grantees.grantsOf(email));
        assertEquals("1",
                Database.single(
                        "select count(*) from audit_entry where tenant_id = 'ovkk'"
                                + " and entity_type = 'Access' and action = 'REVOKE' and changes like ?",
                        "%" + email + "%"));
    }

    @Test
    public void theLastAdministratorIsNotTakenAwayOnThePage() {
        String tenant = NewTenant.create("pagina");
        CHROMIUM.logIn("admin@ovkk.demo", By.id("nav:logout"));
        new Select(wait.until(ExpectedConditions.presenceOfElementLocated(By.id("switcher:tenant"))))
                .selectByValue(tenant);
        browser.findElement(By.id("switcher:switch")).click();
        // the switch is a form post: leaving the page before its answer came can cancel it (a CI failure)
        wait.until(switched -> tenant
                .equals(Database.single("select working_tenant from account where email = 'admin@ovkk.demo'")));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("nav:logout")));
        browser.get(RunningDorpskracht.get().baseUrl() + "/admin/access.xhtml");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("people:list"), "admin@ovkk.demo"));
        browser.findElement(By.linkText("Alle toegang intrekken")).click();
        browser.switchTo().alert().accept();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "laatste beheerder"));
        assertEquals("1", Database.single("select count(*) from account_grant where tenant_id = ?", tenant));
        // back to the province for the other tests' sake: the choice is remembered
        new Select(browser.findElement(By.id("switcher:tenant"))).selectByValue("ovkk");
        browser.findElement(By.id("switcher:switch")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("nav:logout")));
        wait.until(ready -> "ovkk"
                .equals(Database.single("select working_tenant from account where email = 'admin@ovkk.demo'")));
        Database.execute("delete from account_grant where tenant_id = ?", tenant);
    }
}

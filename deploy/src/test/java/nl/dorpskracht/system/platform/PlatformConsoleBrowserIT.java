package nl.dorpskracht.system.platform;

import nl.dorpskracht.system.support.Browser;
import nl.dorpskracht.system.support.Database;
import nl.dorpskracht.system.support.OwnPassword;
import nl.dorpskracht.system.support.PlatformAdmins;
import nl.dorpskracht.system.support.RunningDorpskracht;
import nl.dorpskracht.system.support.SecondFactorSupport;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * What a platform administrator clicks, in Debian's Chromium: made by the README's command, they log in with the
 * one-time password, add Gelderland in a few fields, invite its first administrator, and suspend and resume it with a
 * confirmation in between.
 */
public class PlatformConsoleBrowserIT {

    @RegisterExtension
    public static final Browser CHROMIUM = Browser.waitingUpTo(90);

    private final WebDriver browser = CHROMIUM.driver();
    private final WebDriverWait wait = CHROMIUM.await();

    @Test
    public void aPlatformAdministratorAddsAProvinceInviteItsAdministratorAndSuspendsIt() {
        String email = "platform-" + PlatformConsoleIT.suffix() + "@beheer.test";
        String password = OwnPassword.chosen(email, PlatformAdmins.create(email));
        browser.get(RunningDorpskracht.get().baseUrl() + "/login.xhtml");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("login:email"))).sendKeys(email);
        browser.findElement(By.id("login:password")).sendKeys(password);
        browser.findElement(By.id("login:submit")).click();
        // a platform administrator enrols a second factor before the console opens
        wait.until(ExpectedConditions.elementToBeClickable(By.id("start:begin"))).click();
        String secret = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("secret"))).getText();
        browser.findElement(By.id("confirm:code")).sendKeys(SecondFactorSupport.code(secret, 0));
        browser.findElement(By.id("confirm:submit")).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.id("continue"))).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("add:save")));
        assertTrue(browser.getCurrentUrl().contains("/platform/"), browser.getCurrentUrl());
        assertNotNull(browser.findElement(By.id("nav:platform")));
        assertEquals("nl", browser.findElement(By.tagName("html")).getAttribute("lang"));

        String code = "gld-" + PlatformConsoleIT.suffix();
        String name = "Gelderse Kernen " + code;
        // the suite may have added a second federation by now: the province belongs to LVKK
        new Select(browser.findElement(By.id("add:parent"))).selectByValue("lvkk");
        new Select(browser.findElement(By.id("add:province"))).selectByVisibleText("Gelderland");
        browser.findElement(By.id("add:name")).sendKeys(name);
        browser.findElement(By.id("add:code")).sendKeys(code);
        browser.findElement(By.id("add:save")).click();
        try {
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "is toegevoegd"));
        } catch (org.openqa.selenium.TimeoutException notAdded) {
            throw new AssertionError("Not added; the page says: " + browser.findElement(By.tagName("main")).getText(),
                    notAdded);
        }
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("tenants:table"), name));
        assertEquals("PROVINCIAL|lvkk|PV25", Database
                .single("select kind || '|' || parent_code || '|' || province_code from tenant where code = ?", code));

        // the new association is chosen in the invitation form already
        assertEquals(code,
                new Select(browser.findElement(By.id("invite:tenant"))).getFirstSelectedOption().getAttribute("value"));
        String adminEmail = "eerste-" + PlatformConsoleIT.suffix() + "@gelderland.test";
        browser.findElement(By.id("invite:name")).sendKeys("Gerda Gelders");
        browser.findElement(By.id("invite:email")).sendKeys(adminEmail);
        browser.findElement(By.id("invite:save")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), adminEmail));
        assertEquals(code + "|TENANT_ADMIN|" + email, Database.single(
                "select tenant_id || '|' || role || '|' || invited_by from invitation where email = ?", adminEmail));

        browser.findElement(By.xpath("//a[@aria-label='Schorsen: " + name + "']")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("confirm:yes")));
        assertEquals("1", Database.single("select count(*) from tenant where code = ? and suspended_at is null", code),
                "asked, not yet done");
        browser.findElement(By.id("confirm:reason")).sendKeys("proefschorsing");
        browser.findElement(By.id("confirm:yes")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "is geschorst"));
        assertEquals("proefschorsing", Database
                .single("select suspension_reason from tenant where code = ? and suspended_at is not null", code));

        browser.findElement(By.xpath("//a[@aria-label='Hervatten: " + name + "']")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("confirm:yes"))).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "is hervat"));
        assertEquals("1", Database.single("select count(*) from tenant where code = ? and suspended_at is null", code));
    }

    @Test
    public void aProvinceAdministratorIsToldTheConsoleIsNotForThem() {
        CHROMIUM.logIn("admin@vkkl.demo", By.id("members:table"));
        assertTrue(browser.findElements(By.id("nav:platform")).isEmpty(), "no menu entry");
        browser.get(RunningDorpskracht.get().baseUrl() + "/platform/");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"),
                "alleen voor platformbeheerders"));
        assertTrue(browser.findElements(By.id("tenants:table")).isEmpty());
        assertTrue(browser.findElements(By.id("add:save")).isEmpty());
    }
}

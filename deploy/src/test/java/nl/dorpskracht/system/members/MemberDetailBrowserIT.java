package nl.dorpskracht.system.members;

import nl.dorpskracht.system.support.Api;
import nl.dorpskracht.system.support.Browser;
import nl.dorpskracht.system.support.Database;
import nl.dorpskracht.system.support.Invitees;
import nl.dorpskracht.system.support.Members;
import nl.dorpskracht.system.support.RunningDorpskracht;
import nl.dorpskracht.system.support.TestMail;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A secretary opens a member organisation, adds a contact person, gives her a login, erases her on request, and finds
 * all of it in the audit log; the regions page lists the province's regions and ambassadors.
 */
public class MemberDetailBrowserIT {

    @RegisterExtension
    public static final Browser CHROMIUM = Browser.waitingUpTo(20);

    private final WebDriver browser = CHROMIUM.driver();
    private final WebDriverWait wait = CHROMIUM.await();

    @Test
    public void aContactPersonIsAddedGivenALoginAndErased() {
        String member = Members.create("admin@ovkk.demo", "ovkk", "Detailpagina").getString("id");
        String email = "trees." + System.nanoTime() + "@example.nl";
        CHROMIUM.logIn("admin@ovkk.demo", By.id("nav:logout"));

        browser.get(RunningDorpskracht.get().baseUrl() + "/admin/member.xhtml?id=" + member);
        wait.until(ExpectedConditions.elementToBeClickable(By.id("contacts:add"))).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("contactForm:name"))).sendKeys("Trees Testers");
        browser.findElement(By.id("contactForm:email")).sendKeys(email);
        browser.findElement(By.id("contactForm:phone")).sendKeys("bel maar");
        browser.findElement(By.id("contactForm:save")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("contactForm"),
                "Dit is geen geldig telefoonnummer."));
        browser.findElement(By.id("contactForm:phone")).clear();
        browser.findElement(By.id("contactForm:phone")).sendKeys("06 12345678");
        browser.findElement(By.id("contactForm:save")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("contacts"), "Trees Testers"));
        assertTrue(browser.findElement(By.id("contacts")).getText().contains("hoofdcontact"));

        browser.findElement(By.linkText("Uitnodigen om in te loggen")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "per e-mail verstuurd"));
        assertTrue(browser.findElement(By.id("contacts")).getText().contains("Uitgenodigd"));
        String link = Invitees.linkIn(TestMail.text(TestMail.awaitSubject(email, "Uitnodiging van"))).orElseThrow();
        browser.get(link);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("accept:newPassword")))
                .sendKeys(Invitees.PASSWORD);
        browser.findElement(By.id("accept:repeat")).sendKeys(Invitees.PASSWORD);
        browser.findElement(By.id("accept:submit")).click();
        wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("invitation.xhtml")));
        browser.manage().deleteAllCookies();
        assertEquals(403, Api.as(email, Invitees.PASSWORD).get("/api/v1/ovkk/members").status(), "logged in, no admin");
        CHROMIUM.logIn("admin@ovkk.demo", By.id("nav:logout"));
        browser.get(RunningDorpskracht.get().baseUrl() + "/admin/member.xhtml?id=" + member);
        wait.until(ExpectedConditions.elementToBeClickable(By.linkText("Wissen (AVG)")));

        browser.findElement(By.linkText("Wissen (AVG)")).click();
        browser.switchTo().alert().accept();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"),
                "De persoonsgegevens zijn gewist."));
        assertFalse(browser.findElement(By.tagName("main")).getText().contains("Trees Testers"));
        assertEquals("0", Database.single("select count(*) from contact_person where email = ?", email));

        new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("status:newStatus")))
                .selectByValue("SUSPENDED");
        browser.findElement(By.id("status:reason")).sendKeys("Contributie niet betaald");
        browser.findElement(By.id("status:change")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("history"), "Geschorst"));
        browser.get(RunningDorpskracht.get().baseUrl() + "/admin/members.xhtml");
        new org.openqa.selenium.support.ui.Select(
                wait.until(ExpectedConditions.presenceOfElementLocated(By.id("members:statusFilter"))))
                        .selectByValue("SUSPENDED");
        browser.findElement(By.id("members:query")).sendKeys("Detailpagina");
        browser.findElement(By.id("members:searchButton")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("members:table"), "Detailpagina"));

        browser.get(RunningDorpskracht.get().baseUrl() + "/admin/audit.xhtml");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("audit:table"), "Gewist (AVG)"));

        browser.get(RunningDorpskracht.get().baseUrl() + "/admin/regions.xhtml");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("regions"), "Twente"));
    }
}

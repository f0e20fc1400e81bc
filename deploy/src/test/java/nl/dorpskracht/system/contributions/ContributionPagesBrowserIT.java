package nl.dorpskracht.system.contributions;

import nl.dorpskracht.system.support.Browser;
import nl.dorpskracht.system.support.Contributions;
import nl.dorpskracht.system.support.Database;
import nl.dorpskracht.system.support.RunningDorpskracht;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The contributions pages in Chromium: an admin starts a yearly run and watches it finish, finds the invoices,
 * registers a payment; the English switch; a member contact is kept out.
 */
public class ContributionPagesBrowserIT {

    @RegisterExtension
    public static final Browser CHROMIUM = Browser.waitingUpTo(30);

    private final WebDriver browser = CHROMIUM.driver();
    private final WebDriverWait wait = CHROMIUM.await();

    @Test
    public void anAdminStartsARunSeesItFinishAndRegistersAPayment() {
        int year = Contributions.THIS_YEAR - 7;
        logIn("admin@ovkk.demo");
        browser.get(RunningDorpskracht.get().baseUrl() + "/admin/contributions.xhtml");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Contributie"));
        assertTrue(browser.findElement(By.id("plans:table")).getText().contains("Contributie via de gemeente"));
        assertEquals("Incassant-ID",
                browser.findElement(By.cssSelector("label[for='creditorForm:creditorId']")).getText());

        browser.findElement(By.id("runForm:year")).clear();
        browser.findElement(By.id("runForm:year")).sendKeys(String.valueOf(year));
        browser.findElement(By.id("runForm:start")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("runForm:runStatus"), "klaar"));
        assertEquals("DONE", Database
                .single("select status from contribution_run where tenant_id = 'ovkk'" + " and year = ?", year));

        browser.findElement(By.linkText("Facturen")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Facturen"));
        browser.findElement(By.id("invoices:year")).sendKeys(String.valueOf(year));
        browser.findElement(By.id("invoices:query")).sendKeys("Gemeente Dalfsen");
        browser.findElement(By.id("invoices:searchButton")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("invoices:table"), year + "-0000"));
        browser.findElement(By.linkText("Betaling registreren")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("paymentForm:amountCents")));
        new Select(browser.findElement(By.id("paymentForm:method"))).selectByValue("TRANSFER");
        browser.findElement(By.id("paymentForm:register")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "is geregistreerd"));
        assertEquals("PAID", Database.single("select status from invoice where tenant_id = 'ovkk' and year = ?"
                + " and payer_name = 'Gemeente Dalfsen'", year));

        browser.findElement(By.id("nav:language")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Invoices"));
    }

    @Test
    public void aMemberContactSeesNoContributions() {
        logIn("member@vkkl.demo");
        assertTrue(browser.findElements(By.linkText("Contributie")).isEmpty());
        browser.get(RunningDorpskracht.get().baseUrl() + "/admin/invoices.xhtml");
        wait.until(
                ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "U beheert geen vereniging."));
        assertTrue(browser.findElements(By.id("invoices:table")).isEmpty());
        browser.get(RunningDorpskracht.get().baseUrl() + "/admin/contributions.xhtml");
        wait.until(
                ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "U beheert geen vereniging."));
        assertTrue(browser.findElements(By.id("plans:table")).isEmpty());
    }

    private void logIn(String email) {
        CHROMIUM.logIn(email, By.id("nav:logout"));
    }
}

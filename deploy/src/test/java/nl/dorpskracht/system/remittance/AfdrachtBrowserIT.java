package nl.dorpskracht.system.remittance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import nl.dorpskracht.system.support.Browser;
import nl.dorpskracht.system.support.Database;
import nl.dorpskracht.system.support.RunningDorpskracht;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The afdracht page in Chromium: LVKK sets the rule of a year, issues Limburg's invoice and records it received; a
 * province sees its own statement and invoice and reports that it paid.
 */
public class AfdrachtBrowserIT {

    private static final int YEAR = 2031;

    @RegisterExtension
    public static final Browser CHROMIUM = Browser.waitingUpTo(30);

    private final WebDriver browser = CHROMIUM.driver();
    private final WebDriverWait wait = CHROMIUM.await();

    @Test
    public void lvkkSetsTheRuleIssuesAnInvoiceAndRecordsItReceived() {
        CHROMIUM.logIn("admin@lvkk.demo", By.id("nav:logout"));
        browser.findElement(By.linkText("Afdracht")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Afdracht"));
        browser.findElement(By.id("yearForm:year")).clear();
        browser.findElement(By.id("yearForm:year")).sendKeys(String.valueOf(YEAR));
        browser.findElement(By.id("yearForm:show")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "nog geen afdrachtregeling"));

        new Select(browser.findElement(By.id("ruleForm:basis"))).selectByValue("FIXED");
        browser.findElement(By.id("ruleForm:amount")).clear();
        browser.findElement(By.id("ruleForm:amount")).sendKeys("1250");
        browser.findElement(By.id("ruleForm:saveRule")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "is opgeslagen"));
        assertEquals("FIXED:125000", Database.single(
                "select basis || ':' || amount_cents from remittance_rule" + " where tenant_id = 'lvkk' and year = ?",
                YEAR));

        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("statements:table"),
                "Vereniging Kleine Kernen Limburg"));
        browser.findElement(By.cssSelector("[aria-label='Factuur maken: Vereniging Kleine Kernen Limburg']")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "is gemaakt"));
        assertEquals("OPEN:125000", Database.single("select status || ':' || amount_cents from remittance_invoice"
                + " where tenant_id = 'lvkk' and province = 'vkkl' and year = ?", YEAR));
        String number = Database.single("select number from remittance_invoice where tenant_id = 'lvkk'"
                + " and province = 'vkkl' and year = ?", YEAR);
        assertTrue(browser.findElement(By.id("invoices:table")).getText().contains(number));
        String page = browser.findElement(By.tagName("main")).getText();
        for (String name : Database.rows("select name from member_organisation where length(name) > 5")) {
            assertFalse(page.contains(name), "no organisation names on the page: " + name);
        }

        browser.findElement(By.cssSelector("[aria-label='Ontvangst vastleggen: " + number + "']")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "is vastgelegd"));
        assertEquals("PAID", Database
                .single("select status from remittance_invoice where tenant_id = 'lvkk'" + " and number = ?", number));
    }

    @Test
    public void aProvinceSeesItsStatementAndReportsThatItPaid() {
        CHROMIUM.logIn("admin@zhvkk.demo", By.id("nav:logout"));
        browser.findElement(By.linkText("Afdracht")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Afdracht"));
        browser.findElement(By.id("yearForm:year")).clear();
        browser.findElement(By.id("yearForm:year")).sendKeys("2026");
        browser.findElement(By.id("yearForm:show")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "Uw afdrachtoverzicht"));
        assertTrue(browser.findElements(By.id("ruleForm")).isEmpty(), "a province cannot set the rule");
        String number = Database.single("select number from remittance_invoice where tenant_id = 'lvkk'"
                + " and province = 'zhvkk' and year = 2026");
        assertTrue(browser.findElement(By.id("invoices:table")).getText().contains(number));
        assertFalse(browser.findElement(By.tagName("main")).getText().contains("Vereniging Kleine Kernen Limburg"),
                "no other province on the page");
        browser.findElement(By.cssSelector("[aria-label='Betaling doorgeven: " + number + "']")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "is doorgegeven"));
        assertEquals("1", Database.single("select count(*) from remittance_paid p join remittance_invoice i"
                + " on i.id = p.invoice_id where p.tenant_id = 'zhvkk' and i.number = ?", number));
    }
}

package nl.dorpskracht.system.contributions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import nl.dorpskracht.system.support.Api;
import nl.dorpskracht.system.support.Browser;
import nl.dorpskracht.system.support.Contributions;
import nl.dorpskracht.system.support.Database;
import nl.dorpskracht.system.support.RunningDorpskracht;
import nl.dorpskracht.system.support.Statements;
import nl.dorpskracht.testsupport.CamtFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * What happened to one invoice, on the invoices page in Chromium: the invoice's own mail and the direct debit the bank
 * returned, with its reason in Dutch.
 */
public class InvoiceHistoryBrowserIT {

    private static final String TENANT = "ovkk";
    private static final int YEAR = Contributions.THIS_YEAR - 6;

    @RegisterExtension
    public static final Browser CHROMIUM = Browser.waitingUpTo(30);

    private final WebDriver browser = CHROMIUM.driver();
    private final WebDriverWait wait = CHROMIUM.await();

    @Test
    public void aTreasurerSeesTheInvoicesMailAndWhatTheBankReturned() {
        String iban = Statements.ownIban(TENANT, "NL02ABNA0123456789");
        JsonObject plan = Contributions.plan(TENANT, "Geschiedenis " + Contributions.unique(), "FLAT", 2200);
        JsonObject member = Contributions.member(TENANT, "Dorpsraad Geschiedenis", "Ommen", 250);
        Contributions.assign(TENANT, member, plan, null);
        Contributions.run(TENANT, YEAR);
        JsonObject invoice = Contributions.invoiceOf(TENANT, YEAR, member.getString("name"));
        Database.execute("update invoice set payer_email = 'penningmeester@geschiedenis.example' where tenant_id = ?"
                + " and id = ?::uuid", TENANT, invoice.getString("id"));
        Api admin = Api.as(Contributions.admin(TENANT));
        Api.Reply sent = admin.postJson(Contributions.base(TENANT) + "/invoices/" + invoice.getString("id") + "/send",
                "{}");
        assertEquals(202, sent.status(), sent.body());
        String unique = Contributions.unique();
        String number = invoice.getString("number");
        Statements.imported(TENANT, CamtFixture.v02().account(iban).ids("GS-" + unique, "S-1")
                .credit(Statements.amount(2200), number, null, "Geschiedenis", "NL02RABO0000000014").xml());
        Statements.imported(TENANT, CamtFixture.v08().account(iban).ids("GS-R-" + unique, "S-2")
                .returned(Statements.amount(2200), number, "AM04", "Geschiedenis", "NL02RABO0000000014").xml());

        CHROMIUM.logIn(Contributions.admin(TENANT), By.id("nav:logout"));
        browser.get(RunningDorpskracht.get().baseUrl() + "/admin/invoices.xhtml");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("invoices:query")));
        browser.findElement(By.id("invoices:year")).sendKeys(String.valueOf(YEAR));
        browser.findElement(By.id("invoices:query")).sendKeys(member.getString("name"));
        browser.findElement(By.id("invoices:searchButton")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("invoices:table"), number));
        browser.findElement(By.linkText("Herinneringen")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("reminders"), "Teruggeboekte incasso's"));
        String panel = browser.findElement(By.id("reminders")).getText();
        assertTrue(panel.contains("De factuur per e-mail") && panel.contains("Aangemaakt op"), panel);
        assertTrue(panel.contains("Onvoldoende saldo (AM04)"), panel);
        assertTrue(panel.contains("De factuur staat weer open"), panel);
    }
}

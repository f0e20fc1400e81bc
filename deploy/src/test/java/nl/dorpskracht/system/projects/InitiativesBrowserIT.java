package nl.dorpskracht.system.projects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import nl.dorpskracht.system.support.Api;
import nl.dorpskracht.system.support.Browser;
import nl.dorpskracht.system.support.Initiatives;
import nl.dorpskracht.system.support.RunningDorpskracht;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The admin pages of the Projectenbank in Chromium: an admin writes an initiative with a theme and publishes it; a
 * member contact's submission waits as "Ingestuurd" and the admin approves it with the keyboard only; a stale save is a
 * Dutch message, not an error page.
 */
public class InitiativesBrowserIT {

    private static final String ADMIN = "admin@zhvkk.demo";

    private final String run = String.valueOf(System.nanoTime());
    @RegisterExtension
    public static final Browser CHROMIUM = Browser.waitingUpTo(20);

    private final WebDriver browser = CHROMIUM.driver();
    private final WebDriverWait wait = CHROMIUM.await();

    private String text(String id) {
        return browser.findElement(By.id(id)).getText();
    }

    private void open(String page) {
        browser.get(RunningDorpskracht.get().baseUrl() + page);
    }

    @Test
    public void anAdminWritesAnInitiativeWithAThemeAndPublishesIt() {
        String title = "Buurtbus voor de kern " + run;
        CHROMIUM.logIn(ADMIN, By.id("nav:logout"));
        assertTrue(browser.findElements(By.id("nav:adminInitiatives")).size() == 1, "the menu names the page");
        open("/admin/initiatives.xhtml");
        wait.until(ExpectedConditions.elementToBeClickable(By.id("newInitiative"))).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("itemForm:save"))).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("itemForm"),
                "Vul de titel van het initiatief in."));

        browser.findElement(By.id("itemForm:title")).sendKeys(title);
        browser.findElement(By.id("itemForm:summary")).sendKeys("Vrijwilligers rijden ouderen naar de huisarts.");
        browser.findElement(By.id("itemForm:costs")).sendKeys("12.500");
        browser.findElement(By.cssSelector("input[name='itemForm:themes'][value='mobiliteit']")).click();
        browser.findElement(By.id("itemForm:save")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("steps:publish")));
        assertEquals("Concept", text("status"));
        assertTrue(text("messages").contains("Het initiatief is opgeslagen."), text("messages"));
        String id = browser.getCurrentUrl().replaceAll(".*[?&]id=([0-9a-f-]{36}).*", "$1");

        JsonObject draft = Api.as(ADMIN).get(Initiatives.path("zhvkk") + "/" + id).json();
        assertEquals("mobiliteit", draft.getJsonArray("themes").getString(0), draft.toString());
        assertEquals(1, draft.getJsonArray("themes").size(), draft.toString());
        assertEquals(0, draft.getJsonNumber("costs").bigDecimalValue().compareTo(new java.math.BigDecimal("12500")));
        String changed = jakarta.json.Json
                .createObjectBuilder(jakarta.json.Json
                        .createReader(new java.io.StringReader(Initiatives.body(title, "OWN"))).readObject())
                .add("version", draft.getJsonNumber("version").longValue()).build().toString();
        assertEquals(200, Api.as(ADMIN).putJson(Initiatives.path("zhvkk") + "/" + id, changed).status());
        browser.findElement(By.id("itemForm:place")).sendKeys("Nieuwehorne");
        browser.findElement(By.id("itemForm:save")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"),
                "Iemand anders heeft dit intussen gewijzigd"));

        open("/admin/initiative.xhtml?id=" + id);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("steps:publish"))).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "gepubliceerd"));
        assertEquals("Gepubliceerd", text("status"));
        JsonObject saved = Api.as(ADMIN).get(Initiatives.path("zhvkk") + "/" + id).json();
        assertEquals("PUBLISHED", saved.getString("status"));
    }

    @Test
    public void aMembersSubmissionWaitsAsSubmittedAndTheAdminApprovesItByKeyboard() {
        String title = "Jongerenraad in het dorp " + run;
        String id = Initiatives.submitted("zhvkk", title).getString("id");

        CHROMIUM.logIn(ADMIN, By.id("nav:logout"));
        open("/admin/initiatives.xhtml?status=SUBMITTED");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("toApprove")));
        assertTrue(text("toApprove").matches("(?s).*Te beoordelen: [1-9][0-9]* ingestuurde initiatieven.*"),
                text("toApprove"));
        assertTrue(text("list:table").contains(title), text("list:table"));
        assertTrue(text("list:table").contains("Ingestuurd"), text("list:table"));

        open("/admin/initiative.xhtml?id=" + id);
        WebElement approve = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("steps:publish")));
        assertEquals("Ingestuurd", text("status"));
        assertEquals("Goedkeuren en publiceren", approve.getAttribute("value"));
        approve.sendKeys(Keys.ENTER);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "gepubliceerd"));
        assertEquals("Gepubliceerd", text("status"));
        assertEquals("PUBLISHED", Api.as(ADMIN).get(Initiatives.path("zhvkk") + "/" + id).json().getString("status"));
    }
}

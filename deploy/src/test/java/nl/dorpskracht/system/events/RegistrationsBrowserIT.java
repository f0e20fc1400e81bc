package nl.dorpskracht.system.events;

import nl.dorpskracht.system.support.Browser;
import nl.dorpskracht.system.support.Database;
import nl.dorpskracht.system.support.Registrations;
import nl.dorpskracht.system.support.RunningDorpskracht;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Zuid-Holland's admin registers one of its contact persons for an LVKK webinar from the agenda; LVKK's admin finds
 * them among the attendees with their association; Limburg's admin, opening the same page, sees no one.
 */
public class RegistrationsBrowserIT {

    @RegisterExtension
    public static final Browser CHROMIUM = Browser.waitingUpTo(20);

    private final WebDriver browser = CHROMIUM.driver();
    private final WebDriverWait wait = CHROMIUM.await();

    private void logIn(String email) {
        CHROMIUM.logIn(email, By.id("nav:logout"));
    }

    private void openRegistrations(String eventId) {
        browser.get(RunningDorpskracht.get().baseUrl() + "/admin/registrations.xhtml?event=" + eventId);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("messages")));
    }

    @Test
    public void aProvinceRegistersItsContactPersonAndOnlyTheHostSeesThemAmongTheAttendees() {
        String run = String.valueOf(System.nanoTime());
        String title = "Webinar Glasvezel " + run;
        String eventId = Registrations.sharedWithAll("lvkk", title, 20).getString("id");
        String person = "Aaltje Aanmelder " + run;
        String without = "Bert Zonder Toestemming " + run;
        Registrations.contacts("zhvkk", 1, true, person);
        Registrations.contacts("zhvkk", 1, false, without);

        logIn("admin@zhvkk.demo");
        browser.findElement(By.linkText("Agenda")).click();
        browser.findElement(By.cssSelector("input[value=NATIONAL]")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("agenda:table"), title));
        browser.findElement(By.cssSelector("a[aria-label='Aanmeldingen: " + title + "']")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), title));
        assertTrue(browser.getPageSource().contains("toestemming"), "the admin is told that consent is needed");
        assertTrue(browser.findElements(By.id("attendees")).isEmpty(), "a guest sees no attendee list");

        browser.findElement(By.id("register:search")).sendKeys("Zonder Toestemming " + run);
        browser.findElement(By.id("register:find")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("register:found"), without));
        browser.findElement(By.cssSelector("input[aria-label='Aanmelden: " + without + " 0']")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"),
                "geen toestemming gegeven om gegevens te delen"));

        browser.findElement(By.id("register:search")).clear();
        browser.findElement(By.id("register:search")).sendKeys("Aaltje Aanmelder " + run);
        browser.findElement(By.id("register:find")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("register:found"), person));
        browser.findElement(By.cssSelector("input[aria-label='Aanmelden: " + person + " 0']")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), person + " 0 is aangemeld."));
        assertTrue(browser.findElement(By.id("ours:ourTable")).getText().contains(person));
        assertEquals("1", browser.findElement(By.id("confirmed")).getText());

        logIn("admin@lvkk.demo");
        openRegistrations(eventId);
        String attendees = browser.findElement(By.id("attendeeTable")).getText();
        assertTrue(attendees.contains(person + " 0"), attendees);
        assertTrue(attendees.contains("Zuid-Holland"), "with the association they come from: " + attendees);
        assertFalse(attendees.contains(without));

        logIn("admin@vkkl.demo");
        openRegistrations(eventId);
        assertFalse(browser.getPageSource().contains(person), "another guest sees nobody");
        assertTrue(browser.findElements(By.id("attendeeTable")).isEmpty());
        assertEquals(List.of("CONFIRMED|zhvkk"),
                Database.rows("select status, tenant_id from registration" + " where event_id = ?::uuid", eventId));
    }
}

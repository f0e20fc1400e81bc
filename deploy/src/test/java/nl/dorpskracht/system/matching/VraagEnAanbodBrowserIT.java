package nl.dorpskracht.system.matching;

import nl.dorpskracht.system.support.Api;
import nl.dorpskracht.system.support.Browser;
import nl.dorpskracht.system.support.Portal;
import nl.dorpskracht.system.support.RunningDorpskracht;
import nl.dorpskracht.system.support.TestMail;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The portal's Vraag en aanbod page in Chromium: the demo contact person of Zuid-Holland offers two skills (first
 * forgetting the consent, which is a Dutch sentence and no error page), asks for help for their organisation, and
 * answers yes to the proposal the admin made; only then is anything shared.
 */
public class VraagEnAanbodBrowserIT {

    private static final String ME = "/api/v1/zhvkk/volunteers/me";

    @RegisterExtension
    public static final Browser CHROMIUM = Browser.waitingUpTo(20);

    private final WebDriver browser = CHROMIUM.driver();
    private final WebDriverWait wait = CHROMIUM.await();

    @BeforeEach
    @AfterEach
    public void noOfferOfTheDemoContact() {
        Api.as(Portal.ZHVKK_MEMBER).delete(ME);
    }

    @Test
    public void aContactPersonOffersTwoSkillsAsksForHelpAndSaysYesToTheProposal() {
        String title = VraagEnAanbod.unique("Hulp bij een huurcontract");
        CHROMIUM.logIn(Portal.ZHVKK_MEMBER, By.id("scope:local"));
        browser.get(RunningDorpskracht.get().baseUrl() + "/portal/vraag-en-aanbod.xhtml");
        wait.until(ExpectedConditions.elementToBeClickable(By.id("offerForm:saveOffer")));
        assertTrue(browser.findElement(By.tagName("main")).getText().contains("Er zijn nu geen voorstellen voor u."));

        skill("offerForm:skills", "juridisch").click();
        skill("offerForm:skills", "communicatie").click();
        browser.findElement(By.id("offerForm:place")).sendKeys("Goudriaan");
        browser.findElement(By.id("offerForm:availability")).sendKeys("dinsdagochtend");
        browser.findElement(By.id("offerForm:saveOffer")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#messages .error, ul#messages li")));
        String refused = browser.findElement(By.tagName("main")).getText();
        assertFalse(refused.contains("Uw aanbod is opgeslagen."), "no offer without consent: " + refused);
        assertEquals(404, Api.as(Portal.ZHVKK_MEMBER).get(ME).status(), "nothing saved without consent");

        browser.findElement(By.id("offerForm:consent")).click();
        browser.findElement(By.id("offerForm:saveOffer")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "Uw aanbod is opgeslagen."));
        assertTrue(skill("offerForm:skills", "juridisch").isSelected());
        assertTrue(skill("offerForm:skills", "communicatie").isSelected());
        JsonObject offer = Api.as(Portal.ZHVKK_MEMBER).get(ME).json();
        assertEquals(2, offer.getJsonArray("skills").size(), offer.toString());
        assertEquals("Goudriaan", offer.getString("place"));

        browser.findElement(By.id("requestForm:title")).sendKeys(title);
        browser.findElement(By.id("requestForm:description")).sendKeys("Wie leest ons huurcontract van het dorpshuis?");
        skill("requestForm:requestSkills", "juridisch").click();
        browser.findElement(By.id("requestForm:ask")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("requests"), title));
        assertTrue(browser.findElement(By.id("requests")).getText().contains("Open"));

        String request = mine(title);
        CHROMIUM.logIn("admin@zhvkk.demo", By.tagName("main"));
        browser.get(RunningDorpskracht.get().baseUrl() + "/admin/vraag-en-aanbod.xhtml");
        By section = By.cssSelector("section.request[data-id='" + request + "']");
        wait.until(ExpectedConditions.presenceOfElementLocated(section));
        assertTrue(browser.findElement(section).getText().contains(title));
        String pseudonym = offer.getString("pseudonym");
        browser.findElement(section).findElement(By.cssSelector("input[aria-label='Voorstellen: " + pseudonym + "']"))
                .click();
        wait.until(
                ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "Het voorstel is verstuurd."));
        String email = offer.getString("email");
        TestMail.awaitSubject(email, "Een vraag om hulp: " + title);
        assertTrue(TestMail.subjects(email).stream().noneMatch(subject -> subject.startsWith("U helpt bij: " + title)),
                "no details before the yes");

        CHROMIUM.logIn(Portal.ZHVKK_MEMBER, By.id("scope:local"));
        browser.get(RunningDorpskracht.get().baseUrl() + "/portal/vraag-en-aanbod.xhtml");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("proposals"), title));
        String proposal = browser.findElement(By.id("proposals")).getText();
        assertTrue(proposal.contains("Wacht op uw antwoord"), proposal);
        browser.findElement(By.cssSelector("#proposals input[value='Ja, ik help graag']")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"),
                "U en de vrager krijgen elkaars contactgegevens per e-mail."));
        assertTrue(browser.findElement(By.id("proposals")).getText().contains("U heeft ja gezegd"));
        assertTrue(browser.findElements(By.cssSelector("#proposals input[value='Ja, ik help graag']")).isEmpty(),
                "answered once");
        TestMail.awaitSubject(email, "U helpt bij: " + title);
    }

    @Test
    public void anAdminRegistersAVolunteerOnlyWithTheirConsent() {
        String name = VraagEnAanbod.unique("Truus de Vrijwilliger");
        CHROMIUM.logIn("admin@zhvkk.demo", By.tagName("main"));
        browser.get(RunningDorpskracht.get().baseUrl() + "/admin/vraag-en-aanbod.xhtml");
        wait.until(ExpectedConditions.elementToBeClickable(By.id("register:save")));
        browser.findElement(By.id("register:name")).sendKeys(name);
        browser.findElement(By.id("register:email")).sendKeys("truus." + System.nanoTime() + "@vrijwilliger.demo");
        skill("register:skills", "subsidies").click();
        browser.findElement(By.id("register:save")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#register .error")));
        assertFalse(browser.findElement(By.tagName("main")).getText().contains("De vrijwilliger is geregistreerd."));

        browser.findElement(By.id("register:consent")).click();
        browser.findElement(By.id("register:save")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"),
                "De vrijwilliger is geregistreerd."));
        assertTrue(browser.findElement(By.tagName("main")).getText().contains(name));
    }

    private WebElement skill(String name, String code) {
        return browser.findElement(By.cssSelector("input[name='" + name + "'][value='" + code + "']"));
    }

    private static String mine(String title) {
        Api.Reply reply = Api.as(Portal.ZHVKK_MEMBER).get("/api/v1/zhvkk/help-requests/mine");
        assertEquals(200, reply.status(), reply.body());
        JsonArray all = reply.structure().asJsonArray();
        return all.stream().map(JsonObject.class::cast).filter(r -> title.equals(r.getString("title"))).findFirst()
                .orElseThrow(() -> new AssertionError("no request " + title + " in " + reply.body())).getString("id");
    }
}

package nl.dorpskracht.system.portal;

import nl.dorpskracht.system.support.Browser;
import nl.dorpskracht.system.support.ProjectRows;
import nl.dorpskracht.system.support.Portal;
import nl.dorpskracht.system.support.RunningDorpskracht;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The portal's start page in Chromium: its Projectenbank and Vraag & aanbod sections follow the local/national switch.
 * Mijn provincie shows the own association's published initiatives and open help requests; Landelijk the initiatives
 * associations share with all, and no help request (they stay in their province). Another association's own-only
 * initiatives and its requests never show, whatever the address says.
 */
public class PortalProjectsBrowserIT {

    private static final String LIMBURG = "Vereniging Kleine Kernen Limburg";

    @RegisterExtension
    public static final Browser CHROMIUM = Browser.waitingUpTo(20);

    private final WebDriver browser = CHROMIUM.driver();
    private final WebDriverWait wait = CHROMIUM.await();
    private final String run = UUID.randomUUID().toString().substring(0, 8);

    @BeforeEach
    public void local() {
        Portal.prefer(Portal.ZHVKK_MEMBER, "local");
    }

    @AfterEach
    public void localAgain() {
        Portal.prefer(Portal.ZHVKK_MEMBER, "local");
    }

    @Test
    public void theSectionsFollowTheSwitchAndShowNothingOfAnotherAssociationsOwn() {
        String own = ProjectRows.one("zhvkk", "Buurtbus Goeree " + run, ProjectRows.OWN, true);
        ProjectRows.one("zhvkk", "Concept Zuid " + run, ProjectRows.OWN, false);
        String shared = ProjectRows.one("vkkl", "Energiecoöperatie Limburg " + run, ProjectRows.SHARED, true);
        ProjectRows.one("vkkl", "Alleen Limburg " + run, ProjectRows.OWN, true);
        ProjectRows.request("zhvkk", "Hulp bij subsidieaanvraag " + run, "OPEN");
        ProjectRows.request("zhvkk", "Afgeronde vraag " + run, "CLOSED");
        ProjectRows.request("vkkl", "Limburgse vraag " + run, "OPEN");

        CHROMIUM.logIn(Portal.ZHVKK_MEMBER, By.id("scope:local"));
        String initiatives = browser.findElement(By.id("initiatives")).getText();
        assertTrue(initiatives.contains("Buurtbus Goeree " + run), initiatives);
        assertFalse(initiatives.contains("Concept Zuid " + run), "no draft");
        assertFalse(initiatives.contains("Alleen Limburg " + run), "nothing of Limburg under Mijn provincie");
        assertFalse(initiatives.contains("Energiecoöperatie Limburg " + run));
        String requests = browser.findElement(By.id("requests")).getText();
        assertTrue(requests.contains("Hulp bij subsidieaanvraag " + run), requests);
        assertFalse(requests.contains("Afgeronde vraag " + run), "closed requests are not asked any more");
        assertFalse(requests.contains("Limburgse vraag " + run));
        String link = browser.findElement(By.linkText("Buurtbus Goeree " + run)).getAttribute("href");
        assertTrue(link.endsWith("/portal/initiatief.xhtml?tenant=zhvkk&id=" + own), link);
        assertTrue(browser.findElement(By.id("allInitiatives")).getAttribute("href")
                .endsWith("/portal/projectenbank.xhtml"));
        assertTrue(browser.findElement(By.id("allRequests")).getAttribute("href")
                .endsWith("/portal/vraag-en-aanbod.xhtml"));

        browser.findElement(By.id("scope:national")).click();
        wait.until(ExpectedConditions.attributeToBe(By.id("scope:national"), "aria-pressed", "true"));
        initiatives = browser.findElement(By.id("initiatives")).getText();
        assertTrue(initiatives.contains("Energiecoöperatie Limburg " + run), initiatives);
        assertTrue(initiatives.contains(LIMBURG), "the association that shared it is named");
        assertFalse(initiatives.contains("Alleen Limburg " + run), "Limburg's own-only initiative stays in Limburg");
        assertFalse(initiatives.contains("Buurtbus Goeree " + run), "own-only: not shared nationally");
        assertEquals("/portal/initiatief.xhtml?tenant=vkkl&id=" + shared,
                browser.findElement(By.linkText("Energiecoöperatie Limburg " + run)).getAttribute("href")
                        .replaceFirst("^https?://[^/]+", ""));
        requests = browser.findElement(By.id("requests")).getText();
        assertFalse(requests.contains(run), "help requests stay in their province: " + requests);
        assertTrue(requests.contains("Hulpvragen blijven bij de eigen provincie"), requests);

        // a forged tenant in the address changes nothing: the portal shows the caller's own province
        Portal.prefer(Portal.ZHVKK_MEMBER, "local");
        browser.get(RunningDorpskracht.get().baseUrl() + "/portal/index.xhtml?tenant=vkkl&scope=LOCAL");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("requests")));
        String page = browser.findElement(By.tagName("main")).getText();
        assertFalse(page.contains("Limburgse vraag " + run), page);
        assertFalse(page.contains("Alleen Limburg " + run), page);
    }

    @Test
    public void aLimburgContactPersonSeesLimburgsOwnUnderMijnProvincieAndNoRequestOfZuidHolland() {
        ProjectRows.one("vkkl", "Dorpshuis Venray " + run, ProjectRows.OWN, true);
        ProjectRows.request("zhvkk", "Zuid-Hollandse vraag " + run, "OPEN");
        Portal.prefer(Portal.VKKL_MEMBER, "local");
        CHROMIUM.logIn(Portal.VKKL_MEMBER, By.id("scope:local"));
        assertTrue(browser.findElement(By.id("initiatives")).getText().contains("Dorpshuis Venray " + run));
        assertFalse(browser.findElement(By.tagName("main")).getText().contains("Zuid-Hollandse vraag " + run));
    }
}

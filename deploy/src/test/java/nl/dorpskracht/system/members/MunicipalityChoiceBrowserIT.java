package nl.dorpskracht.system.members;

import nl.dorpskracht.system.support.Browser;
import nl.dorpskracht.system.support.Database;
import nl.dorpskracht.system.support.RunningDorpskracht;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A province secretary is told that an organisation's municipality is not in the register, lists those organisations,
 * and chooses the municipality from the register, own province first, in Debian's Chromium.
 */
public class MunicipalityChoiceBrowserIT {

    @RegisterExtension
    public static final Browser CHROMIUM = Browser.waitingUpTo(20);

    private final WebDriver browser = CHROMIUM.driver();
    private final WebDriverWait wait = CHROMIUM.await();

    @Test
    public void theAdminSeesTheUnmatchedOrganisationAndChoosesItsMunicipalityFromTheRegister() {
        String name = "Dorpsraad Zonder Register " + UUID.randomUUID().toString().substring(0, 6);
        String id = UUID.randomUUID().toString();
        Database.execute("insert into member_organisation (tenant_id, id, name, type, municipality) values"
                + " ('zhvkk', ?::uuid, ?, 'DORPSRAAD', 'Gemeente Giessenlanden-Oud')", id, name);

        CHROMIUM.logIn("admin@zhvkk.demo", By.id("members:table"));
        browser.get(RunningDorpskracht.get().baseUrl() + "/admin/members.xhtml");
        WebElement notice = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("unmatched")));
        assertTrue(notice.getText().contains("niet in het gemeenteregister"), notice.getText());
        browser.findElement(By.id("showUnmatched")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("members:table"), name));
        assertTrue(browser.findElement(By.id("members:table")).getText().contains("niet in register"));

        browser.findElements(By.cssSelector("#members\\:table a")).stream()
                .filter(a -> ("Bewerken: " + name).equals(a.getAttribute("aria-label"))).findFirst().orElseThrow()
                .click();
        WebElement choice = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("memberForm:municipality")));
        assertEquals("Gemeente", browser.findElement(By.cssSelector("label[for='memberForm:municipality']")).getText());
        String hintId = choice.getAttribute("aria-describedby");
        String hint = browser.findElement(By.id(hintId)).getText();
        assertTrue(hint.contains("Gemeente Giessenlanden-Oud"), "what was written is shown: " + hint);
        List<WebElement> groups = choice.findElements(By.tagName("optgroup"));
        assertEquals("Zuid-Holland", groups.get(0).getAttribute("label"), "the own province comes first");
        assertEquals(12, groups.size());
        Select select = new Select(choice);
        assertEquals("", select.getFirstSelectedOption().getAttribute("value"), "nothing chosen for it yet");
        select.selectByVisibleText("Molenlanden");
        browser.findElement(By.id("memberForm:save")).click();

        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "Opgeslagen"));
        assertEquals("Molenlanden|GM1978", Database.single(
                "select municipality || '|' || municipality_code" + " from member_organisation where id = ?::uuid",
                id));
        browser.get(RunningDorpskracht.get().baseUrl() + "/admin/members.xhtml?municipality=unmatched");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("members:table")));
        assertTrue(!browser.findElement(By.id("members:table")).getText().contains(name));
    }
}

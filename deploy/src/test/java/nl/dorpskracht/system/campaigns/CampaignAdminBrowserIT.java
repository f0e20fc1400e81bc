package nl.dorpskracht.system.campaigns;

import nl.dorpskracht.system.support.Api;
import nl.dorpskracht.system.support.Axe;
import nl.dorpskracht.system.support.Browser;
import nl.dorpskracht.system.support.Campaigns;
import nl.dorpskracht.system.support.Database;
import nl.dorpskracht.system.support.Prizes;
import nl.dorpskracht.system.support.RunningDorpskracht;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The VKKL admin writes a campaign in the admin console: speerpunten added and reordered, kept in that order, bad input
 * and a stale edit answered in Dutch, opened, signed on behalf of a member and withdrawn. LVKK's admin sees the
 * co-signatures of a national campaign counted per province. One Chromium serves the class; every test logs in afresh.
 */
public class CampaignAdminBrowserIT {

    private static final String RUN = String.valueOf(System.nanoTime());

    @RegisterExtension
    public static final Browser CHROMIUM = Browser.waitingUpTo(20);

    private final WebDriver browser = CHROMIUM.driver();
    private final WebDriverWait wait = CHROMIUM.await();

    @Test
    public void anAdminWritesOrdersOpensAndSignsACampaign() {
        String title = "Ontmoeting in elk dorp " + RUN;
        String member = "Dorpsraad Campagnepagina " + RUN;
        Campaigns.member("vkkl", member, "Venlo", "ACTIVE");
        String target = "Gemeenteraad Browsertest " + RUN;
        String targetId = Campaigns.target("vkkl", "MUNICIPAL_COUNCIL", target, "Venlo");
        login("admin@vkkl.demo");
        browser.findElement(By.linkText("Campagnes")).click();

        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("newForm:body"))).sendKeys("Geachte raad,");
        browser.findElement(By.id("newForm:create")).click();
        message("Geef de campagne een titel.");
        browser.findElement(By.id("newForm:title")).sendKeys(title);
        browser.findElement(By.id("newForm:create")).click();
        message("De campagne is aangemaakt.");
        String id = browser.getCurrentUrl().replaceAll(".*[?&]id=([0-9a-f-]{36}).*", "$1");

        for (int i = 0; i < 3; i++) {
            click(By.id("campaignForm:addPosition"));
            wait.until(ExpectedConditions.presenceOfElementLocated(position(i)));
        }
        browser.findElement(position(0)).sendKeys("Ruimte voor ontmoeting");
        browser.findElement(position(1)).sendKeys("Vertrouwen in de dorpen");
        browser.findElement(position(2)).sendKeys("Geld voor dorpshuizen");
        click(By.cssSelector("input[aria-label='Speerpunt 3 omhoog']"));
        wait.until(ExpectedConditions.attributeToBe(position(1), "value", "Geld voor dorpshuizen"));

        date("campaignForm:opensOn", "2026-12-10");
        date("campaignForm:closesOn", "2026-12-01");
        click(By.id("campaignForm:save"));
        message("De sluitingsdatum ligt v\u00f3\u00f3r de openingsdatum.");
        assertEquals("Geld voor dorpshuizen", browser.findElement(position(1)).getAttribute("value"),
                "a refused save keeps what was typed");
        date("campaignForm:opensOn", "");
        date("campaignForm:closesOn", "");
        click(By.id("campaignForm:save"));
        message("De campagne is opgeslagen.");

        browser.navigate().refresh();
        List<String> expected = List.of("Ruimte voor ontmoeting", "Geld voor dorpshuizen", "Vertrouwen in de dorpen");
        for (int i = 0; i < 3; i++) {
            assertEquals(expected.get(i),
                    wait.until(ExpectedConditions.presenceOfElementLocated(position(i))).getAttribute("value"));
        }
        Api admin = Api.as("admin@vkkl.demo");
        JsonObject stored = admin.get(Campaigns.path("vkkl", id)).json();
        assertEquals(expected, stored.getJsonArray("positions").stream().map(JsonValue::asJsonObject)
                .map(p -> p.getString("title")).toList());

        click(By.cssSelector("#targetPicker > summary"));
        WebElement filter = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("targetFilter")));
        filter.sendKeys("Browsertest " + RUN);
        wait.until(d -> d.findElements(By.cssSelector("#targetOptions input[type=checkbox]")).stream()
                .filter(WebElement::isDisplayed).count() == 1);
        click(By.cssSelector("input[name='campaignForm:targets'][value='" + targetId + "']"));
        wait.until(ExpectedConditions.elementSelectionStateToBe(
                By.cssSelector("input[name='campaignForm:targets'][value='" + targetId + "']"), true));
        click(By.id("campaignForm:save"));
        message("De campagne is opgeslagen.");
        assertEquals(target, browser.findElement(By.id("chosenTargets")).getText());
        stored = admin.get(Campaigns.path("vkkl", id)).json();
        assertEquals(List.of(targetId), stored.getJsonArray("targetIds").getValuesAs(JsonString.class).stream()
                .map(JsonString::getString).toList());

        String other = Campaigns.body(title, false, expected, List.of(targetId));
        other = other.substring(0, other.lastIndexOf('}')) + ",\"version\":"
                + stored.getJsonNumber("version").longValue() + "}";
        Api.Reply elsewhere = admin.putJson(Campaigns.path("vkkl", id), other);
        assertEquals(200, elsewhere.status(), elsewhere.body());
        browser.findElement(By.id("campaignForm:summary")).sendKeys("Mijn wijziging");
        click(By.id("campaignForm:save"));
        message("Iemand anders heeft dit intussen gewijzigd. Laad de gegevens opnieuw.");
        browser.get(RunningDorpskracht.get().baseUrl() + "/admin/campaign.xhtml?id=" + id);

        click(By.id("statusForm:open"));
        wait.until(ExpectedConditions.alertIsPresent()).accept();
        message("De campagne staat open voor ondertekening.");
        assertEquals("Open voor ondertekening", browser.findElement(By.id("status")).getText());
        assertTrue(browser.findElement(By.id("signaturesForm:noSignatures")).isDisplayed());

        browser.findElement(By.id("signForm:memberQuery")).sendKeys("Campagnepagina " + RUN);
        click(By.id("signForm:find"));
        new Select(wait.until(ExpectedConditions.presenceOfElementLocated(By.id("signForm:memberId"))))
                .selectByVisibleText(member);
        click(By.id("signForm:sign"));
        message("De organisatie heeft ondertekend.");
        String signatures = browser.findElement(By.id("signaturesForm:signatures")).getText();
        assertTrue(signatures.contains(member + " Venlo") && signatures.contains("De vereniging (beheerder)"),
                signatures);
        assertEquals("1", Campaigns.signaturesInDatabase(id));

        String letters = browser.findElement(By.id("lettersForm:letters")).getText();
        assertTrue(letters.contains(target + " Venlo 1"), letters);
        assertEquals("%PDF-", post("lettersForm", "lettersForm:letters:0:download"), "the letter downloads as a PDF");
        assertEquals("PK", post("lettersForm", "lettersForm:downloadAll").substring(0, 2), "all letters as a zip");
        click(By.cssSelector("input[aria-label='Bewerken: " + target + "']"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("outreachEdit:responseSummary")));
        date("outreachEdit:sentOn", "2026-12-10");
        date("outreachEdit:responseOn", "2026-12-01");
        click(By.id("outreachEdit:save"));
        message("Het antwoord kan niet eerder zijn dan de verzenddatum.");
        date("outreachEdit:sentOn", "");
        date("outreachEdit:responseOn", "");
        browser.findElement(By.id("outreachEdit:responseSummary")).sendKeys("De wethouder komt langs.");
        new Select(browser.findElement(By.id("outreachEdit:outcome"))).selectByVisibleText("Deels toegezegd");
        click(By.id("outreachEdit:save"));
        message("Het contact met de geadresseerde is opgeslagen.");
        String outreachTable = browser.findElement(By.id("outreachForm:outreach")).getText();
        assertTrue(outreachTable.contains("Deels toegezegd De wethouder komt langs."), outreachTable);
        JsonObject outreach = admin.get(Campaigns.path("vkkl", id) + "/outreach").structure().asJsonArray()
                .getJsonObject(0);
        assertEquals("De wethouder komt langs.", outreach.getString("responseSummary"));
        assertEquals("PARTIAL", outreach.getString("outcome"));

        click(By.cssSelector("input[aria-label='Intrekken: " + member + "']"));
        wait.until(ExpectedConditions.alertIsPresent()).accept();
        message("De ondertekening is ingetrokken.");
        assertTrue(browser.findElement(By.id("signaturesForm:noSignatures")).isDisplayed());
        assertEquals("0", Campaigns.signaturesInDatabase(id));
    }

    @Test
    public void lvkkSeesANationalCampaignCountedPerProvinceAfterAZuidHollandContactSigns() {
        String title = "Landelijk ontmoeten " + RUN;
        String id = Campaigns.open("lvkk", title, true, List.of());
        assertEquals(201, Campaigns.sign(Api.as("member@zhvkk.demo"), "zhvkk", id).status());
        login("admin@lvkk.demo");
        browser.findElement(By.linkText("Campagnes")).click();
        click(By.linkText(title));
        WebElement perProvince = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("perProvince")));
        assertTrue(perProvince.getText().contains("Zuid-Hollandse Vereniging van Kleine Kernen 1"),
                perProvince.getText());
        assertEquals("In totaal 1 organisaties.", browser.findElement(By.id("total")).getText());
        String organisation = Database.single("select name from member_organisation where id = ?::uuid",
                Prizes.organisationOf("member@zhvkk.demo"));
        assertTrue(browser.findElement(By.id("cosigners")).getText().contains(organisation));
    }

    @Test
    public void aKeyboardAloneChoosesTwoAddresseesInAnAccessiblePickerAndAFixedLetterReadsAsText() {
        String first = Campaigns.target("vkkl", "MUNICIPAL_COUNCIL", "Gemeenteraad Toetsenbord een " + RUN, "Venlo");
        String second = Campaigns.target("vkkl", "MUNICIPAL_COUNCIL", "Gemeenteraad Toetsenbord twee " + RUN, "Venray");
        String id = Campaigns.open("vkkl", "Toetsenbordcampagne " + RUN, false, List.of());
        login("admin@vkkl.demo");
        browser.get(RunningDorpskracht.get().baseUrl() + "/admin/campaign.xhtml?id=" + id);

        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("letterText")));
        assertEquals(List.of(), browser.findElements(By.cssSelector("#letterSection input, #letterSection textarea")),
                "an open campaign's letter is text, not disabled fields");
        assertEquals(
                List.of("Geachte raad,", "De dorpen vragen uw aandacht.", "Wij rekenen op u.",
                        "Met vriendelijke groet"),
                browser.findElements(By.cssSelector("#letterText .letter-paragraph")).stream().map(WebElement::getText)
                        .toList());
        WebElement paragraph = browser.findElement(By.cssSelector("#letterText .letter-paragraph"));
        assertTrue(!paragraph.getCssValue("font-family").contains("monospace"), paragraph.getCssValue("font-family"));
        Axe.assertClean(browser, "campaign page");

        tabTo(By.cssSelector("#targetPicker > summary"));
        keys(Keys.ENTER);
        wait.until(ExpectedConditions.attributeToBeNotEmpty(browser.findElement(By.id("targetPicker")), "open"));
        Axe.assertClean(browser, "campaign page, picker opened");
        keys(Keys.TAB);
        assertEquals("targetFilter", browser.switchTo().activeElement().getAttribute("id"));
        keys("Toetsenbord " + RUN);
        wait.until(d -> d.findElements(By.cssSelector("#targetOptions input[type=checkbox]")).stream()
                .filter(WebElement::isDisplayed).count() == 2);
        keys(Keys.ENTER);
        keys(Keys.TAB);
        keys(Keys.SPACE);
        keys(Keys.TAB);
        keys(Keys.SPACE);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("targetsCount"), "2 gekozen"));
        Axe.assertClean(browser, "campaign page, two addressees chosen");
        tabTo(By.id("campaignForm:save"));
        keys(Keys.ENTER);
        message("De campagne is opgeslagen.");

        JsonObject stored = Api.as("admin@vkkl.demo").get(Campaigns.path("vkkl", id)).json();
        assertEquals(java.util.Set.of(first, second), stored.getJsonArray("targetIds").getValuesAs(JsonString.class)
                .stream().map(JsonString::getString).collect(java.util.stream.Collectors.toSet()));
        assertTrue(browser.findElement(By.id("targetsChosen")).getText().contains("2"),
                browser.findElement(By.id("targetsChosen")).getText());
    }

    @Test
    public void lvkksNationalCampaignPageFoldsItsLongListsBehindAnInPageNavigation() {
        String id = Api.as("admin@lvkk.demo").get(Campaigns.path("lvkk")).structure().asJsonArray().stream()
                .map(JsonValue::asJsonObject)
                .filter(c -> c.getString("title").equals("Ontmoeting als antwoord op maatschappelijke opgaven"))
                .findFirst().orElseThrow().getString("id");
        login("admin@lvkk.demo");
        browser.get(RunningDorpskracht.get().baseUrl() + "/admin/campaign.xhtml?id=" + id);

        WebElement toc = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("pageToc")));
        List<String> sections = toc.findElements(By.tagName("a")).stream()
                .map(a -> a.getAttribute("href").replaceAll(".*#", "")).toList();
        assertTrue(sections.containsAll(List.of("letterSection", "targetsSection", "signaturesSection",
                "lettersSection", "outreachSection", "countsSection", "cosignersSection")), sections.toString());
        for (String section : sections) {
            assertEquals(1, browser.findElements(By.id(section)).size(), "the navigation's " + section + " is there");
        }
        for (String list : List.of("chosenTargetsList", "lettersList", "outreachList")) {
            assertEquals(null, browser.findElement(By.id(list)).getAttribute("open"), list + " starts folded");
        }
        long height = ((Number) ((JavascriptExecutor) browser)
                .executeScript("return document.documentElement.scrollHeight")).longValue();
        assertTrue(height < 8000, "the page is " + height + " px long");
        Axe.assertClean(browser, "LVKK's national campaign");

        tabTo(By.cssSelector("#pageToc a[href='#lettersSection']"));
        keys(Keys.ENTER);
        keys(Keys.TAB);
        assertEquals("summary", browser.switchTo().activeElement().getTagName(), "after the jump, the letters' list");
        keys(Keys.ENTER);
        wait.until(ExpectedConditions.attributeToBeNotEmpty(browser.findElement(By.id("lettersList")), "open"));
        assertTrue(browser.findElement(By.id("lettersForm:letters")).isDisplayed());
    }

    @Test
    public void anAdminKeepsTheTargetListNextToTheSeededCouncils() {
        String party = "Dorpenpartij " + RUN;
        login("admin@ovkk.demo");
        browser.findElement(By.linkText("Campagnes")).click();
        click(By.id("targetsLink"));
        new Select(wait.until(ExpectedConditions.presenceOfElementLocated(By.id("targets:filterKind"))))
                .selectByVisibleText("Gemeenteraad");
        click(By.id("targets:show"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("targets:table"),
                "CBS, Gemeentelijke indeling op 1 januari 2025"));
        assertTrue(browser.findElement(By.id("targets:table")).getText().contains("Dalfsen"));

        click(By.id("targets:add"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("targetForm:name"))).sendKeys(party);
        click(By.id("targetForm:save"));
        message("Een gemeenteraad hoort bij een gemeente; vul de gemeente in.");
        new Select(browser.findElement(By.id("targetForm:kind"))).selectByVisibleText("Politieke partij");
        click(By.id("targetForm:save"));
        message("De geadresseerde is opgeslagen.");
        new Select(browser.findElement(By.id("targets:filterKind"))).selectByVisibleText("Alle soorten");
        click(By.id("targets:show"));
        click(By.cssSelector("input[aria-label='Bewerken: " + party + "']"));
        WebElement name = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("targetForm:name")));
        name.clear();
        name.sendKeys(party + " Overijssel");
        click(By.id("targetForm:save"));
        message("De geadresseerde is opgeslagen.");
        String table = browser.findElement(By.id("targets:table")).getText();
        assertTrue(table.contains("Politieke partij " + party + " Overijssel") && table.contains("Zelf toegevoegd"),
                table);
        click(By.cssSelector("input[aria-label='Verwijderen: " + party + " Overijssel']"));
        wait.until(ExpectedConditions.alertIsPresent()).accept();
        message("De geadresseerde is verwijderd.");
        assertTrue(!browser.findElement(By.id("targets:table")).getText().contains(party));
    }

    private void login(String user) {
        CHROMIUM.logIn(user, By.id("nav:logout"));
    }

    /** Presses Tab until the element has the focus, as someone without a mouse would. */
    private void tabTo(By target) {
        WebElement wanted = wait.until(ExpectedConditions.presenceOfElementLocated(target));
        for (int i = 0; i < 400 && !wanted.equals(browser.switchTo().activeElement()); i++) {
            keys(Keys.TAB);
        }
        assertEquals(wanted, browser.switchTo().activeElement(), "Tab reaches " + target);
    }

    private void keys(CharSequence... keys) {
        new Actions(browser).sendKeys(keys).perform();
    }

    private static By position(int index) {
        return By.id("campaignForm:positions:" + index + ":positionTitle");
    }

    private void click(By locator) {
        wait.until(ExpectedConditions.elementToBeClickable(locator)).click();
    }

    private void date(String id, String value) {
        ((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1]",
                browser.findElement(By.id(id)), value);
    }

    /** Submits a form as its button would and returns the first bytes of the answer (a download). */
    private String post(String form, String button) {
        return String.valueOf(((JavascriptExecutor) browser).executeAsyncScript(
                "var done = arguments[arguments.length - 1];" + " var form = document.getElementById(arguments[0]);"
                        + " var data = new URLSearchParams(new FormData(form)); data.append(arguments[1], 'x');"
                        + " fetch(form.action, {method: 'POST', body: data}).then(r => r.arrayBuffer())"
                        + " .then(b => done(String.fromCharCode.apply(null, new Uint8Array(b.slice(0, 5)))));",
                form, button));
    }

    private void message(String text) {
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), text));
    }
}

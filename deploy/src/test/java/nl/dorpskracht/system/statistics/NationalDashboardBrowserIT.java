package nl.dorpskracht.system.statistics;

import nl.dorpskracht.system.support.Api;
import nl.dorpskracht.system.support.Browser;
import nl.dorpskracht.system.support.RunningDorpskracht;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Issue 6's dashboard in Chromium: the national office reaches it through the menu, sees eleven drawn charts and tables
 * whose numbers are the API's for the same period, changes the period, is told plainly about a wrong date, downloads
 * the CSV, reads it on a phone and in English. Administrators, ambassadors and contact persons who type its address see
 * no figure.
 */
public class NationalDashboardBrowserIT {

    private static final String NATIONAL = "national@lvkk.demo";
    private static final String[] SUMMARY_FIELDS = { "activeOrganisations", "joined", "left", "invoices",
            "invoicedCents", "paidCents", "events", "registrationsHosted", "registrationsFromHere", "coSignatures" };
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final int CHARTS = 11;

    @RegisterExtension
    public static final Browser CHROMIUM = Browser.waitingUpTo(30);

    private final WebDriver browser = CHROMIUM.driver();
    private final WebDriverWait wait = CHROMIUM.await();

    @Test
    public void theNationalOfficeReadsTheApisNumbersInChartsAndTablesForThePeriodItChooses() {
        CHROMIUM.logIn(NATIONAL, By.id("summary-table"));
        assertTrue(browser.getCurrentUrl().contains("/admin/national.xhtml"), "lands on the dashboard");
        browser.get(RunningDorpskracht.get().baseUrl() + "/index.xhtml");
        wait.until(ExpectedConditions.elementToBeClickable(By.id("nav:national"))).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("summary-table")));
        assertEquals("Landelijke cijfers", browser.findElement(By.tagName("h1")).getText());
        assertEquals("Landelijke cijfers", browser.findElement(By.id("nav:national")).getText());

        assertChartsDrawn();
        String[] period = shownPeriod();
        assertSummaryEqualsApi(period[0], period[1]);
        assertOrganisationTotalsEqualSummary();
        assertProjectFiguresEqualApi(period[0], period[1]);
        screenshot("national-desktop");

        browser.findElement(By.cssSelector("#growth nav")).findElement(By.linkText("Vereniging Kleine Kernen Limburg"))
                .click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("growth-heading"),
                "Vereniging Kleine Kernen Limburg"));
        assertEquals(shown("summary-table", "vkkl").subList(1, 3), shown("growth-table", "total"),
                "Limburg's joined and left, quarter by quarter, add up to its summary");
        assertEquals("true", browser.findElement(By.cssSelector("#growth nav"))
                .findElement(By.linkText("Vereniging Kleine Kernen Limburg")).getAttribute("aria-current"));

        int lastYear = LocalDate.now(ZoneId.of("Europe/Amsterdam")).getYear() - 1;
        browser.findElement(By.id("period:lastYear")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("periodShown"),
                "1 januari " + lastYear + " tot en met 31 december " + lastYear));
        assertEquals(List.of(lastYear + "-01-01", lastYear + "-12-31"), List.of(shownPeriod()));
        assertSummaryEqualsApi(lastYear + "-01-01", lastYear + "-12-31");
        assertChartsDrawn();
        assertEquals(List.of("4", "1", "2", "3").stream().map(q -> lastYear + " K" + q).sorted().toList(),
                browser.findElements(By.cssSelector("#events-table tbody th")).stream().map(WebElement::getText)
                        .sorted().toList(),
                "a row per quarter, written the Dutch way");

        String before = browser.findElement(By.id("summary-table")).getText();
        String shownBefore = browser.findElement(By.id("periodShown")).getText();
        WebElement from = browser.findElement(By.id("period:from"));
        from.clear();
        from.sendKeys("31-13-2025");
        browser.findElement(By.id("period:show")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("period"),
                "Dit is geen geldige datum; schrijf bijvoorbeeld 31-12-2024 of 2024-12-31."));
        assertEquals(shownBefore, browser.findElement(By.id("periodShown")).getText(), "the period stays");
        assertEquals(before, browser.findElement(By.id("summary-table")).getText(), "the figures stay");
        screenshot("national-bad-date");

        String href = browser.findElement(By.id("period:csv")).getAttribute("href");
        assertEquals("Download de cijfers (CSV)", browser.findElement(By.id("period:csv")).getText());
        assertTrue(
                href.contains("/api/v1/national/statistics/csv?from=" + lastYear + "-01-01&to=" + lastYear + "-12-31"),
                href);
        String[] csv = download(href);
        assertEquals("200", csv[0], csv[1]);
        String firstLine = csv[1].replace("\uFEFF", "").lines().findFirst().orElse("");
        assertTrue(firstLine.startsWith("onderdeel;code;vereniging;"), firstLine);
    }

    @Test
    public void onAPhoneOnlyTheTablesScrollAndInEnglishTheHeadingsAreEnglish() {
        CHROMIUM.logIn(NATIONAL, By.id("summary-table"));
        browser.manage().window().setSize(new Dimension(360, 800));
        browser.navigate().refresh();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("summary-table")));
        assertChartsDrawn();
        screenshot("national-360");
        Object overflow = ((JavascriptExecutor) browser)
                .executeScript("return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
        assertEquals(0L, ((Number) overflow).longValue(), "no sideways scrolling of the page at 360 px");
        Object wrapped = ((JavascriptExecutor) browser)
                .executeScript("return Array.from(document.querySelectorAll('table.figures'))"
                        + ".every(t => t.parentElement.classList.contains('table-scroll'));");
        assertEquals(Boolean.TRUE, wrapped, "every table scrolls inside its wrapper");

        browser.manage().window().setSize(new Dimension(1280, 900));
        browser.findElement(By.id("nav:language")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "National figures"));
        String headers = browser.findElement(By.cssSelector("#summary-table thead")).getText();
        assertTrue(headers.contains("Active organisations") && headers.contains("Co-signatures"), headers);
        assertTrue(browser.findElement(By.id("summary-table")).getText().contains("Total"));
        assertTrue(browser.findElement(By.cssSelector("#events-table tbody th")).getText().matches("\\d{4} Q[1-4]"));
        assertEquals("Download the figures (CSV)", browser.findElement(By.id("period:csv")).getText());
        assertChartsDrawn();
        screenshot("national-english");
    }

    @Test
    public void administratorsAndContactPersonsWhoTypeTheAddressSeeNoFigure() {
        for (String email : List.of("admin@vkkl.demo", "admin@lvkk.demo", "member@vkkl.demo",
                "ambassadeur@vkkl.demo")) {
            CHROMIUM.logIn(email, By.id("nav:logout"));
            assertTrue(browser.findElements(By.id("nav:national")).isEmpty(), email + " has no menu link");
            browser.get(RunningDorpskracht.get().baseUrl() + "/admin/national.xhtml");
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"),
                    "Deze pagina is voor het landelijk bureau."));
            String main = browser.findElement(By.tagName("main")).getText();
            assertFalse(main.matches("(?s).*\\d.*"), email + " sees no number: " + main);
            assertTrue(browser.findElements(By.tagName("table")).isEmpty(), email);
            assertTrue(browser.findElements(By.tagName("canvas")).isEmpty(), email);
            assertFalse(browser.getPageSource().contains("summary-table"), email);
            if (email.equals("admin@vkkl.demo")) {
                screenshot("national-no-access");
            }
        }
    }

    private void assertChartsDrawn() {
        List<WebElement> canvases = browser.findElements(By.cssSelector(".ui-chart canvas"));
        assertEquals(CHARTS, canvases.size());
        for (WebElement canvas : canvases) {
            wait.until(driver -> Boolean.TRUE.equals(((JavascriptExecutor) driver).executeScript(
                    "const c = arguments[0]; return !!(window.Chart && Chart.getChart(c)) && c.width > 0 && c.height > 0;",
                    canvas)));
            assertFalse(canvas.getAttribute("aria-label").isBlank(), "each chart says what it shows");
        }
        assertEquals(CHARTS, browser.findElements(By.cssSelector("section.figure table.figures caption")).size());
    }

    /** The period the page shows, read from its CSV link, as the API takes it. */
    private String[] shownPeriod() {
        URI link = URI.create(browser.findElement(By.id("period:csv")).getAttribute("href"));
        String from = null;
        String to = null;
        for (String parameter : link.getQuery().split("&")) {
            String[] pair = parameter.split("=", 2);
            if (pair[0].equals("from")) {
                from = pair[1];
            } else if (pair[0].equals("to")) {
                to = pair[1];
            }
        }
        return new String[] { from, to };
    }

    private void assertSummaryEqualsApi(String from, String to) {
        Api.Reply reply = Api.as(NATIONAL).get("/api/v1/national/statistics?from=" + from + "&to=" + to);
        assertEquals(200, reply.status(), reply.body());
        JsonObject report = reply.json();
        assertFalse(report.getJsonArray("tenants").isEmpty());
        for (JsonValue value : report.getJsonArray("tenants")) {
            JsonObject tenant = value.asJsonObject();
            assertEquals(expected(tenant), shown("summary-table", tenant.getString("tenant")), tenant.toString());
            assertEquals(tenant.getString("name"),
                    browser.findElement(
                            By.cssSelector("#summary-table tr[data-key='" + tenant.getString("tenant") + "'] th"))
                            .getText());
        }
        assertEquals(expected(report.getJsonObject("total")), shown("summary-table", "total"), "the Totaal row");
        assertEquals("Totaal", browser.findElement(By.cssSelector("#summary-table tr[data-key='total'] th")).getText());
    }

    /**
     * The Projectenbank's initiatives per theme add up to the API's, and the matches per quarter are the API's own
     * totals, hidden where it hides them.
     */
    private void assertProjectFiguresEqualApi(String from, String to) {
        JsonObject report = Api.as(NATIONAL).get("/api/v1/national/statistics?from=" + from + "&to=" + to).json();
        long initiatives = report.getJsonArray("initiatives").stream()
                .mapToLong(row -> row.asJsonObject().getJsonNumber("initiatives").longValue()).sum();
        assertEquals(List.of(Long.toString(initiatives)), shown("initiativesByTheme-table", "total"));
        assertEquals(List.of(Long.toString(initiatives)).get(0),
                Long.toString(shown("initiativesByProvince-table", "total").stream().mapToLong(Long::parseLong).sum()));
        for (JsonValue value : report.getJsonObject("matches").getJsonArray("byQuarter")) {
            JsonObject quarter = value.asJsonObject();
            assertEquals(List.of(people(quarter.get("proposed")), people(quarter.get("accepted"))),
                    shown("matches-table", quarter.getString("quarter")), quarter.toString());
        }
        long requests = report.getJsonArray("helpRequests").stream().map(JsonValue::asJsonObject)
                .mapToLong(row -> row.getJsonNumber("open").longValue() + row.getJsonNumber("matched").longValue()
                        + row.getJsonNumber("closed").longValue())
                .sum();
        assertEquals(requests, shown("helpRequests-table", "total").stream().mapToLong(Long::parseLong).sum());
        assertEquals("Projectenbank: gepubliceerde initiatieven per thema",
                browser.findElement(By.id("initiativesByTheme-heading")).getText());
    }

    private static String people(JsonValue value) {
        JsonObject people = value.asJsonObject();
        return people.containsKey("count") && !people.isNull("count") ? people.getJsonNumber("count").toString()
                : "<" + people.getInt("fewerThan");
    }

    /** The organisations table's last column is the summary's first: the same number, read twice. */
    private void assertOrganisationTotalsEqualSummary() {
        for (WebElement row : browser.findElements(By.cssSelector("#organisations-table tr[data-key]"))) {
            String key = row.getAttribute("data-key");
            List<WebElement> cells = row.findElements(By.tagName("td"));
            assertEquals(shown("summary-table", key).get(0), plain(cells.get(cells.size() - 1).getText()), key);
        }
    }

    private static List<String> expected(JsonObject summary) {
        List<String> values = new ArrayList<>();
        for (String field : SUMMARY_FIELDS) {
            JsonValue value = summary.get(field);
            if (value instanceof JsonObject people) {
                values.add(people.containsKey("count") && !people.isNull("count")
                        ? people.getJsonNumber("count").toString() : "<" + people.getInt("fewerThan"));
            } else {
                values.add(value.toString());
            }
        }
        return values;
    }

    /** The cells of a row as plain numbers: {@code 1.234} as 1234, {@code € 1.234,50} as 123450 cents. */
    private List<String> shown(String table, String key) {
        return browser.findElements(By.cssSelector("#" + table + " tr[data-key='" + key + "'] td")).stream()
                .map(cell -> plain(cell.getText())).toList();
    }

    private static String plain(String text) {
        if (text.startsWith("<")) {
            return text;
        }
        return Long.toString(Long.parseLong(text.replaceAll("[^0-9]", "")));
    }

    /** The link as the browser fetches it, with its own session: status and body. */
    private String[] download(String href) {
        Object reply = ((JavascriptExecutor) browser).executeAsyncScript(
                "const done = arguments[arguments.length - 1];" + " fetch(arguments[0], {credentials: 'same-origin'})"
                        + ".then(r => r.text().then(t => done(r.status + '\\n' + t))).catch(e => done('0\\n' + e));",
                href);
        return reply.toString().split("\n", 2);
    }

    /** The whole page, for a person to look at: the window is made as tall as the page first. */
    private void screenshot(String name) {
        Dimension size = browser.manage().window().getSize();
        Object height = ((JavascriptExecutor) browser).executeScript("return document.documentElement.scrollHeight;");
        browser.manage().window().setSize(new Dimension(size.getWidth(), ((Number) height).intValue() + 150));
        try {
            Files.createDirectories(SCREENSHOTS);
            Files.write(SCREENSHOTS.resolve(name + ".png"),
                    ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } finally {
            browser.manage().window().setSize(size);
        }
    }
}

package org.canon.graph.page;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.canon.graph.ServiceTestBase;
import org.canon.graph.TestQueries;
import org.canon.graph.query.QueryRunner;
import org.canon.graph.search.Completion;
import org.canon.graph.search.SearchApiTests;
import org.canon.graph.search.SearchService;
import org.canon.graph.store.CanonStore;
import org.canon.graph.vocab.Canon;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The pages, their search box and the Fuseki UI in a real browser: Debian's Chromium, headless, driven by Selenium through Debian's
 * chromedriver ({@code /usr/bin/chromium}, {@code /usr/bin/chromedriver}; {@code .ci/run} installs them). Without them
 * the tests are skipped with a message saying so; {@code -Dcanon.test.excluded-groups=long,browser} leaves them out.
 * Screenshots of the pages go to {@code target/screenshots/}, and also to the folder named by
 * {@code -Dcanon.screenshots=docs/screenshots} (how the README's are taken).
 */
@Tag("browser")
// The Fuseki UI's scripts are up to 4.5 MB and Fuseki's answer cap (canon.query.max-result-size) also cuts the UI's
// static files: the shared test setting of 1MB would leave the UI blank, so these tests run with the default.
class BrowserTest extends ServiceTestBase {
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final String CODE = "HEALTH.HEALTHIN8668.M3";
    static WebDriver browser;
    static Path profileDir;
    @Autowired CanonStore store;
    @Autowired QueryRunner runner;
    @Autowired SearchService search;

    @DynamicPropertySource
    static void fullAnswers(DynamicPropertyRegistry r) {
        r.add("canon.query.max-result-size", () -> "64MB");
    }

    @BeforeAll
    static void startBrowser() throws IOException {
        assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "Browser tests skipped: no /usr/bin/chromium or /usr/bin/chromedriver (apt-get install chromium chromium-driver)");
        profileDir = Files.createTempDirectory(Files.createDirectories(Path.of("target")), "chromium-profile");
        ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + profileDir.toAbsolutePath(), "--window-size=1280,1000");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).build();
        browser = new ChromeDriver(service, options);
        browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(120));
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    /** Waits for the condition; on a timeout, keeps the page's source and a screenshot in target/screenshots. */
    WebDriverWait waitUpTo(int seconds) {
        return new WebDriverWait(browser, Duration.ofSeconds(seconds)) {
            @Override
            public <V> V until(java.util.function.Function<? super WebDriver, ? extends V> condition) {
                try {
                    return super.until(condition);
                } catch (org.openqa.selenium.TimeoutException e) {
                    try {
                        Path dir = Files.createDirectories(Path.of("target", "screenshots"));
                        Files.writeString(dir.resolve("failure.html"), browser.getCurrentUrl() + "\n" + browser.getPageSource());
                        Files.copy(((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath(),
                                dir.resolve("failure.png"), StandardCopyOption.REPLACE_EXISTING);
                    } catch (IOException | RuntimeException ignored) {
                        // the timeout is what the test reports
                    }
                    throw e;
                }
            }
        };
    }

    @Test
    void theSeedProfilesPageShowsItsFacts() throws IOException {
        browser.get(api("/id/profile/" + CODE));
        Map<String, String> p = TestQueries.one(store, """
                SELECT * WHERE { <%s> skos:prefLabel ?title ; canon:focus ?f ; canon:level/canon:displayLabel ?level ;
                  canon:qualityAssessment/canon:sourceCount ?sources . ?f skos:scopeNote ?scope }""".formatted(Canon.profile(CODE)));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo(p.get("title"));
        String body = browser.findElement(By.tagName("body")).getText();
        assertThat(body).contains(CODE, p.get("level"), p.get("scope"), p.get("sources") + " sources");
        screenshot("profile", 1280, 3000);
        screenshot("profile-phone", 390, 1600);
    }

    @Test
    void aLinkToASkillAndBack() {
        browser.get(api("/id/profile/" + CODE));
        String label = TestQueries.one(store, "SELECT ?l WHERE { <" + Canon.id("skill", "health-ehr-emr-expertise")
                + "> skos:prefLabel ?l }").get("l");
        browser.findElement(By.cssSelector("#skills a[href='/id/skill/health-ehr-emr-expertise']")).click();
        waitUpTo(60).until(d -> d.getCurrentUrl().endsWith("/id/skill/health-ehr-emr-expertise"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo(label);
        // the skill's page lists the roles that hold it, this profile among them
        WebElement back = browser.findElement(By.cssSelector("#holders a[href='/id/profile/" + CODE + "']"));
        back.click();
        waitUpTo(60).until(d -> d.getCurrentUrl().endsWith("/id/profile/" + CODE));
        assertThat(browser.findElement(By.id("code")).getText()).isEqualTo(CODE);
        browser.navigate().back();
        waitUpTo(60).until(d -> d.getCurrentUrl().endsWith("/id/skill/health-ehr-emr-expertise"));
    }

    @Test
    void aNamedQueryRunsInTheEditor() throws IOException {
        browser.get(api("/id/profile/" + CODE));
        browser.findElement(By.cssSelector("#adjacent a.open")).click();
        waitUpTo(60).until(d -> d.findElements(By.id("run")).size() == 1);
        assertThat(browser.findElement(By.id("query-text")).getAttribute("value")).contains("\"" + CODE + "\"");
        browser.findElement(By.id("run")).click();
        waitUpTo(120).until(d -> !d.findElements(By.cssSelector("#results tbody tr")).isEmpty());
        int expected = runner.rows("adjacency", Map.of("code", CODE), r -> r).size();
        assertThat(browser.findElements(By.cssSelector("#results tbody tr"))).hasSize(expected);
        screenshot("editor", 1280, 1400);
    }

    @Test
    void aNamedQueryOpensInTheFusekiUiAndRuns() throws IOException {
        browser.get(api("/queries/skills/fuseki?code=" + CODE));
        waitUpTo(120).until(d -> d.getCurrentUrl().startsWith(fuseki("/")) && !d.findElements(By.cssSelector(".CodeMirror")).isEmpty());
        String text = (String) ((JavascriptExecutor) browser).executeScript(
                "return document.querySelector('.CodeMirror').CodeMirror.getValue()");
        assertThat(text).contains("VALUES ?code { \"" + CODE + "\" }");
        int expected = runner.rows("skills", Map.of("code", CODE), r -> r).size();
        assertThat(runInFusekiUi()).isEqualTo(expected);
        screenshot("fuseki-ui", 1280, 1000);
    }

    /**
     * The README's first query pasted into the Fuseki UI, run against the endpoint the UI puts in its "SPARQL Endpoint"
     * field, gives the rows it gives at the SPARQL endpoint.
     */
    @Test
    void theReadmesFirstQueryRunsInTheFusekiUi() throws IOException {
        String readme = Files.readString(Path.of("README.md"));
        int start = readme.indexOf("```sparql\n") + "```sparql\n".length();
        String query = readme.substring(start, readme.indexOf("```", start));
        int expected = TestQueries.select(store, query).size();
        assertThat(expected).isPositive();
        browser.get(fuseki("/#/dataset/" + dataset() + "/query"));
        waitUpTo(120).until(d -> !d.findElements(By.cssSelector(".CodeMirror")).isEmpty());
        ((JavascriptExecutor) browser).executeScript("document.querySelector('.CodeMirror').CodeMirror.setValue(arguments[0])", query);
        assertThat(runInFusekiUi()).isEqualTo(expected);
    }

    @Test
    void searchFromThePageFindsTheSeedProfile() throws IOException {
        browser.get(api("/id/focus/HEALTHIN8668"));
        // the search box of the page's header: a plain form, sent with Enter
        WebElement box = browser.findElement(By.cssSelector("header.site form.search input[name=q]"));
        box.sendKeys("health informatics");
        box.sendKeys(Keys.ENTER);
        waitUpTo(60).until(d -> d.getCurrentUrl().contains("/search?q=health+informatics"));
        WebElement hit = browser.findElement(By.cssSelector("#results a[href='/id/profile/" + CODE + "']"));
        assertThat(hit.getText()).isEqualTo(TestQueries.one(store, "SELECT ?t WHERE { <" + Canon.profile(CODE)
                + "> skos:prefLabel ?t }").get("t"));
        screenshot("search", 1280, 1400);
        hit.click();
        waitUpTo(60).until(d -> d.getCurrentUrl().endsWith("/id/profile/" + CODE));
        assertThat(browser.findElement(By.id("code")).getText()).isEqualTo(CODE);
    }

    @Test
    void theSearchBoxCompletesNamesAsOneTypes() throws IOException {
        browser.get(api("/"));
        WebElement box = browser.findElement(By.id("home-q"));
        box.sendKeys("health inf");
        By shown = By.cssSelector("#home-q + ul.completions li a");
        List<Completion> expected = search.suggest("health inf", List.of(), List.of(), 8);
        waitUpTo(60).until(d -> d.findElements(shown).size() == expected.size());
        List<WebElement> links = browser.findElements(shown);
        for (int i = 0; i < expected.size(); i++) {
            assertThat(links.get(i).getText()).startsWith(expected.get(i).label());
            assertThat(links.get(i).getAttribute("href")).endsWith(expected.get(i).page());
        }
        screenshot("autocomplete", 1280, 900);
        // the arrow key picks the first, Enter opens its page
        box.sendKeys(Keys.ARROW_DOWN);
        box.sendKeys(Keys.ENTER);
        waitUpTo(60).until(d -> d.getCurrentUrl().endsWith(expected.get(0).page()));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo(expected.get(0).label());
    }

    /** text:query in the Fuseki UI: the documented example (docs/search.md) gives the rows the SPARQL endpoint gives. */
    @Test
    void theReadmesTextQueryRunsInTheFusekiUi() throws Exception {
        assumeFalse(org.canon.graph.TestStores.remote(), "text:query is the remote server's own configuration");
        String query = SearchApiTests.readmeTextQuery();
        java.net.http.HttpResponse<String> csv = post(fuseki("/canon/sparql"), "application/x-www-form-urlencoded",
                "query=" + java.net.URLEncoder.encode(query, java.nio.charset.StandardCharsets.UTF_8), null, "text/csv");
        long expected = csv.body().lines().count() - 1;
        assertThat(expected).isPositive();
        browser.get(fuseki("/#/dataset/" + dataset() + "/query"));
        waitUpTo(120).until(d -> !d.findElements(By.cssSelector(".CodeMirror")).isEmpty());
        ((JavascriptExecutor) browser).executeScript("document.querySelector('.CodeMirror').CodeMirror.setValue(arguments[0])", query);
        assertThat(runInFusekiUi()).isEqualTo(expected);
    }

    /** Presses the UI's run button and counts the rows of its result table. */
    private int runInFusekiUi() {
        // the endpoint field as the UI fills it in
        String endpoint = browser.findElement(By.cssSelector("input[type=text], input:not([type])")).getAttribute("value");
        assertThat(endpoint).startsWith("/" + dataset());
        browser.findElement(By.cssSelector(".yasqe_queryButton")).click();
        waitUpTo(120).until(d -> !d.findElements(By.cssSelector(".yasr .dataTable tbody tr, .yasr .errorHeader, .yasr .error")).isEmpty());
        assertThat(browser.findElements(By.cssSelector(".yasr .errorHeader, .yasr .error"))).as("the UI's error for " + endpoint)
                .isEmpty();
        // the table shows 50 rows a page; the chip above it counts them all ("51 results in 0.2 seconds")
        String chip = browser.findElement(By.cssSelector(".yasr .yasr_response_chip")).getText();
        java.util.regex.Matcher count = java.util.regex.Pattern.compile("^(\\d+) results?").matcher(chip.trim());
        assertThat(count.find()).as("the UI's result count: " + chip).isTrue();
        int rows = Integer.parseInt(count.group(1));
        assertThat(browser.findElements(By.cssSelector(".yasr .dataTable tbody tr"))).hasSize(Math.min(rows, 50));
        return rows;
    }

    private static String dataset() {
        return org.canon.graph.TestStores.remote() ? org.canon.graph.RemoteFuseki.get().canonUrl()
                .replaceFirst("^.*/", "") : "canon";
    }

    @Test
    void screenshotsOfTheOtherPages() throws IOException {
        for (String[] page : List.of(new String[] {"home", "/"}, new String[] {"focus", "/id/focus/HEALTHIN8668"},
                new String[] {"skill", "/id/skill/critical-thinking"}, new String[] {"level", "/id/level/M3"})) {
            browser.get(api(page[1]));
            assertThat(browser.findElements(By.tagName("h1"))).as(page[1]).hasSize(1);
            screenshot(page[0], 1280, 1400);
        }
    }

    /** A screenshot at this window size into target/screenshots, and into -Dcanon.screenshots when given. */
    private void screenshot(String name, int width, int height) throws IOException {
        browser.manage().window().setSize(new Dimension(width, height));
        Path shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath();
        Path dir = Files.createDirectories(Path.of("target", "screenshots"));
        Files.copy(shot, dir.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        String also = System.getProperty("canon.screenshots");
        if (also != null && !also.isBlank()) {
            Files.copy(shot, Files.createDirectories(Path.of(also)).resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        }
        browser.manage().window().setSize(new Dimension(1280, 1000));
    }
}

package org.duban.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.duban.it.ServiceProcess;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The supervision pages in a real browser (Debian's headless Chromium driven by Selenium) against the packaged service
 * with the seed loaded: the overview, its filters, an indicator, a unit, sign-in, an import previewed and committed,
 * and an INTERNAL plan hidden from anonymous visitors. Every page is checked with axe-core (0 critical, 0 serious) and
 * photographed under {@code target/screenshots/}; the overview's first load is measured (bytes transferred, time to
 * first render) and written to {@code target/screenshots/metrics.txt}.
 *
 * <p>Without Chromium, chromedriver or axe-core the test fails in CI ({@code CI=true}) and is reported as aborted,
 * with the reason, elsewhere: never a silent skip.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SupervisionPageIT {

    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final Path AXE = Path.of("src", "test", "browser", "node_modules", "axe-core", "axe.min.js");
    private static final long MAX_FIRST_LOAD_BYTES = 600 * 1024;
    private static final ObjectMapper JSON = new ObjectMapper();

    private static ServiceProcess service;
    private static WebDriver driver;
    private static String axeSource;
    private static long seedPlan;
    private static final List<String> metrics = new ArrayList<>();

    @BeforeAll
    static void start() throws IOException {
        Path chromium = firstExisting(System.getProperty("duban.it.chromium"), "/usr/bin/chromium",
                "/usr/bin/chromium-browser");
        Path chromedriver = firstExisting(System.getProperty("duban.it.chromedriver"), "/usr/bin/chromedriver");
        if (chromium == null || chromedriver == null || !Files.exists(AXE)) {
            String why = "the browser test needs Chromium (/usr/bin/chromium), chromedriver (/usr/bin/chromedriver) and "
                    + "axe-core (npm ci --prefix src/test/browser); found chromium=" + chromium + ", chromedriver="
                    + chromedriver + ", axe=" + Files.exists(AXE) + ". .ci/run installs them.";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                fail(why);
            }
            System.err.println("SupervisionPageIT NOT RUN: " + why);
            Assumptions.abort(why);
        }
        axeSource = Files.readString(AXE, StandardCharsets.UTF_8);
        Files.createDirectories(SCREENSHOTS);
        service = ServiceProcess.start(ServiceProcess.Options.defaults().demoData(true));
        seedPlan = api().get("/api/v1/plans").then().statusCode(200).extract().jsonPath().getLong("items[0].id");

        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--window-size=1366,900", "--lang=zh-CN",
                "--user-data-dir=" + Files.createTempDirectory("duban-chromium").toAbsolutePath());
        // The driver named explicitly: no Selenium Manager download (the machine has no internet).
        ChromeDriverService driverService = new ChromeDriverService.Builder()
                .usingDriverExecutable(chromedriver.toFile()).usingAnyFreePort().build();
        driver = new ChromeDriver(driverService, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60)).scriptTimeout(Duration.ofSeconds(60));
    }

    @AfterAll
    static void stop() throws IOException {
        if (driver != null) {
            driver.quit();
        }
        if (service != null) {
            service.close();
        }
        if (!metrics.isEmpty()) {
            Files.write(SCREENSHOTS.resolve("metrics.txt"), metrics, StandardCharsets.UTF_8);
        }
    }

    @Test
    @Order(1)
    void shouldShowTheSeedPlansTwelveTasksLedBy市经信局OnAFastLightFirstLoad() {
        // Warm-ups that leave the browser's cache of this site empty: Chromium loads its CJK font once, the service
        // renders its first page once (class loading, JIT). What is measured is then the page, cold-cached.
        driver.get("data:text/html;charset=utf-8,<html lang='zh-CN'><body>督办 预热 Warm-up</body></html>");
        given().baseUri(service.baseUrl()).get("/").then().statusCode(200);
        open("/");
        List<WebElement> rows = driver.findElements(By.cssSelector("#tasks tbody tr"));
        assertThat(rows).hasSize(12);
        for (WebElement row : rows) {
            assertThat(row.findElement(By.cssSelector("td.units a")).getText()).isEqualTo("市经信局");
        }
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("2023年市政府工作报告完成情况表");
        assertThat(driver.findElement(By.cssSelector("#chart-lights canvas")).isDisplayed()).isTrue();

        // First load of a fresh browser profile: everything transferred, and when the page first painted.
        Map<?, ?> timing = (Map<?, ?>) js().executeScript("""
                const nav = performance.getEntriesByType('navigation')[0];
                const resources = performance.getEntriesByType('resource');
                const paint = performance.getEntriesByName('first-contentful-paint')[0];
                return {
                  transferred: nav.transferSize + resources.reduce((s, r) => s + r.transferSize, 0),
                  decoded: nav.decodedBodySize + resources.reduce((s, r) => s + r.decodedBodySize, 0),
                  resources: resources.length,
                  responseStart: nav.responseStart,
                  responseEnd: nav.responseEnd,
                  firstContentfulPaint: paint ? paint.startTime : -1,
                  domContentLoaded: nav.domContentLoadedEventEnd,
                  load: nav.loadEventEnd
                };""");
        long transferred = ((Number) timing.get("transferred")).longValue();
        double firstPaint = ((Number) timing.get("firstContentfulPaint")).doubleValue();
        metrics.add("overview first load: transferred " + transferred + " bytes (" + transferred / 1024 + " KiB) in "
                + timing.get("resources") + " resources + the document; decoded " + timing.get("decoded")
                + " bytes; server's first byte " + Math.round(((Number) timing.get("responseStart")).doubleValue())
                + " ms; first contentful paint " + Math.round(firstPaint) + " ms; DOMContentLoaded "
                + Math.round(((Number) timing.get("domContentLoaded")).doubleValue()) + " ms; load "
                + Math.round(((Number) timing.get("load")).doubleValue()) + " ms");
        System.out.println("SupervisionPageIT " + metrics.get(metrics.size() - 1));
        assertThat(transferred).as("bytes transferred on the overview's first load").isPositive()
                .isLessThanOrEqualTo(MAX_FIRST_LOAD_BYTES);
        assertThat(firstPaint).as("first contentful paint of the overview, ms").isPositive();
        // The time is recorded in target/screenshots/metrics.txt, never asserted: speed is a benchmark's figure, and a
        // shared 2-core machine makes a timed assertion flaky (the goal is 1 s on a quiet machine).
        screenshot("overview");
        assertAccessible("overview");

        // A phone's width: the table turns into cards, nothing is cut off sideways.
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(390, 844));
        try {
            open("/");
            Number overflow = (Number) js().executeScript(
                    "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
            assertThat(overflow.intValue()).as("horizontal overflow on a phone, px").isLessThanOrEqualTo(0);
            screenshot("overview-phone");
            assertAccessible("overview on a phone");
        } finally {
            driver.manage().window().setSize(new org.openqa.selenium.Dimension(1366, 900));
        }
    }

    @Test
    @Order(2)
    void shouldFilterTheTasksByUnitAndByLight() {
        open("/");
        long unit = api().get("/api/v1/plans/" + seedPlan + "/units?size=200").then().extract().jsonPath()
                .getLong("items.find { it.name == '市科技局' }.unitId");
        new Select(driver.findElement(By.id("f-unit"))).selectByVisibleText("市科技局");
        submitFilters();
        int expected = api().get("/api/v1/tasks?plan=" + seedPlan + "&unit=" + unit).then().extract().jsonPath()
                .getInt("totalItems");
        assertThat(expected).isPositive();
        assertThat(driver.findElements(By.cssSelector("#tasks tbody tr"))).hasSize(expected)
                .allSatisfy(row -> assertThat(row.findElement(By.cssSelector("td.units")).getText()).contains("市科技局"));
        screenshot("overview-unit-filter");

        open("/");
        Map<String, Integer> byLight = api().get("/api/v1/plans/" + seedPlan + "/summary").then().extract().jsonPath()
                .getMap("tasksByLight", String.class, Integer.class);
        String light = byLight.entrySet().stream().filter(e -> e.getValue() > 0 && e.getValue() < 12)
                .map(Map.Entry::getKey).findFirst().orElse("GREEN");
        new Select(driver.findElement(By.id("f-light"))).selectByValue(light);
        submitFilters();
        List<WebElement> rows = driver.findElements(By.cssSelector("#tasks tbody tr"));
        assertThat(rows).hasSize(byLight.get(light))
                .allSatisfy(row -> assertThat(row.getAttribute("data-light")).isEqualTo(light));
        screenshot("overview-light-filter");
        assertAccessible("overview with filters");
    }

    @Test
    @Order(3)
    void shouldShowTheIndicator工业投资WithTargetActualVerdictAndExplanation() {
        open("/");
        followToCharts(By.linkText("工业投资"));
        long id = Long.parseLong(driver.getCurrentUrl().replaceAll(".*/indicators/(\\d+).*", "$1"));
        String explanation = api().get("/api/v1/indicators/" + id).then().statusCode(200).extract().jsonPath()
                .getString("assessment.explanation");
        assertThat(driver.findElement(By.id("target")).getText()).contains("500");
        assertThat(driver.findElement(By.id("actual")).getText()).contains("510");
        assertThat(driver.findElement(By.id("verdict")).getText()).contains("LIKELY_MET");
        assertThat(driver.findElement(By.id("explanation")).getText()).isEqualTo(explanation);
        assertThat(driver.findElements(By.cssSelector("#indicator-source mark"))).extracting(WebElement::getText)
                .contains("500");
        assertThat(driver.findElement(By.cssSelector("#chart-target canvas")).isDisplayed()).isTrue();
        screenshot("indicator-industrial-investment");
        assertAccessible("indicator");
    }

    @Test
    @Order(4)
    void shouldShowAUnitWithTheRanking() {
        open("/");
        followToCharts(By.cssSelector("#tasks tbody tr td.units a"));
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("单位：市经信局");
        assertThat(driver.findElements(By.cssSelector("#ranking tbody tr"))).isNotEmpty();
        screenshot("unit");
        assertAccessible("unit");
    }

    @Test
    @Order(5)
    void shouldHideAnInternalPlanFromAnonymousVisitors() {
        long internal = api().contentType("application/json").body(Map.of("title", "2024年内部督办事项清单", "year",
                2024, "region", "舟山市", "disclosure", "INTERNAL")).post("/api/v1/plans").then().statusCode(201)
                .extract().jsonPath().getLong("id");
        open("/plans/" + internal);
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("未找到");
        assertThat(driver.getPageSource()).doesNotContain("2024年内部督办事项清单");
        open("/");
        assertThat(driver.getPageSource()).doesNotContain("2024年内部督办事项清单");
        screenshot("internal-plan-anonymous");
        assertAccessible("not found");
    }

    @Test
    @Order(6)
    void shouldSignInThenPreviewAndCommitAnImport() throws IOException {
        open("/import");
        assertThat(driver.getCurrentUrl()).endsWith("/login");
        screenshot("login");
        assertAccessible("login");
        driver.findElement(By.id("username")).sendKeys(ServiceProcess.ADMIN);
        driver.findElement(By.id("password")).sendKeys(ServiceProcess.ADMIN_PASSWORD);
        driver.findElement(By.id("sign-in")).click();
        wait(ExpectedConditions.urlContains("/import"));
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("导入完成情况表");
        screenshot("import");
        assertAccessible("import");

        Path document = Files.createTempFile("完成情况表", ".txt");
        Files.writeString(document, """
                2024年东海市政府工作报告重点任务完成情况表
                任务内容 | 牵头单位 | 完成情况 |
                全年实现工业投资300亿元以上。 | 市经信局 | 1-12月，预计完成工业投资320亿元。 |
                新增个转企150家。 | 市市场监管局、市经信局 | 全年新增个转企160家。 |
                """, StandardCharsets.UTF_8);
        driver.findElement(By.id("file")).sendKeys(document.toAbsolutePath().toString());
        WebElement region = driver.findElement(By.id("region"));
        region.clear();
        region.sendKeys("东海市");
        driver.findElement(By.id("preview-button")).click();
        wait(ExpectedConditions.presenceOfElementLocated(By.id("preview-tasks")));
        assertThat(driver.findElement(By.id("preview-plan-title")).getText()).isEqualTo("2024年东海市政府工作报告重点任务完成情况表");
        assertThat(driver.findElements(By.cssSelector("#preview-tasks tbody tr"))).hasSize(2);
        assertThat(driver.findElements(By.cssSelector("#preview-tasks mark"))).extracting(WebElement::getText)
                .contains("300", "320", "150", "160");
        api().get("/api/v1/plans?region=东海市").then().statusCode(200).body("totalItems",
                org.hamcrest.Matchers.equalTo(0));
        screenshot("import-preview");
        assertAccessible("import preview");

        driver.findElement(By.id("commit-button")).click();
        wait(ExpectedConditions.presenceOfElementLocated(By.id("plan-link")));
        screenshot("import-result");
        assertAccessible("import result");
        followToCharts(By.id("plan-link"));
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("2024年东海市政府工作报告重点任务完成情况表");
        assertThat(driver.findElements(By.cssSelector("#tasks tbody tr"))).hasSize(2);
        String planUrl = driver.getCurrentUrl();
        screenshot("imported-plan");

        // The document did not say 主动公开: the plan is INTERNAL, gone once signed out.
        driver.findElement(By.cssSelector("form[action='/logout'] button")).click();
        wait(ExpectedConditions.presenceOfElementLocated(By.linkText("登录")));
        driver.get(planUrl);
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("未找到");
        screenshot("imported-plan-after-sign-out");
    }

    private static void open(String path) {
        driver.get(service.baseUrl() + path);
        if (driver.findElements(By.id("chart-data")).size() > 0) {
            waitForCharts();
        }
    }

    private static void submitFilters() {
        followToCharts(By.id("apply-filters"));
    }

    /**
     * Clicks what leads to another page and waits for that page's charts. The old page has drawn charts too (they are
     * drawn after the first paint), so it is marked first and the wait looks for an unmarked page. The mark lives in
     * the page's script state, not in an element reference: Chrome may answer a question about an element of a page
     * being replaced with an inspector error instead of "stale".
     */
    private static void followToCharts(By link) {
        js().executeScript("window.dubanLeaving = true;");
        driver.findElement(link).click();
        // While the page is replaced, Chrome may answer with any of several errors: ask again until the deadline.
        new WebDriverWait(driver, Duration.ofSeconds(30)).ignoring(WebDriverException.class)
                .until(d -> Boolean.TRUE.equals(js().executeScript("""
                        return window.dubanLeaving === undefined
                            && document.documentElement.getAttribute('data-charts') === 'drawn';""")));
    }

    private static void waitForCharts() {
        wait(d -> "drawn".equals(d.findElement(By.tagName("html")).getAttribute("data-charts")));
    }

    private static <T> void wait(java.util.function.Function<WebDriver, T> condition) {
        // A navigation may replace the page between finding an element and reading it: look again.
        new WebDriverWait(driver, Duration.ofSeconds(30)).ignoring(StaleElementReferenceException.class)
                .until(condition::apply);
    }

    private static JavascriptExecutor js() {
        return (JavascriptExecutor) driver;
    }

    /** Runs axe-core in the page: no critical and no serious violation of its rules. */
    private static void assertAccessible(String page) {
        js().executeScript(axeSource);
        String result = (String) js().executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, { resultTypes: ['violations'] })
                  .then(r => done(JSON.stringify(r.violations.map(v => ({ id: v.id, impact: v.impact, help: v.help,
                      nodes: v.nodes.map(n => n.target.join(' ')).slice(0, 5) })))))
                  .catch(e => done(JSON.stringify([{ id: 'axe-error', impact: 'critical', help: String(e), nodes: [] }])));
                """);
        try {
            JsonNode violations = JSON.readTree(result);
            List<String> blocking = new ArrayList<>();
            List<String> minor = new ArrayList<>();
            for (JsonNode v : violations) {
                String line = v.get("impact").asText() + " " + v.get("id").asText() + ": " + v.get("help").asText()
                        + " " + v.get("nodes");
                ("critical".equals(v.get("impact").asText()) || "serious".equals(v.get("impact").asText())
                        ? blocking : minor).add(line);
            }
            metrics.add("axe " + page + ": " + blocking.size() + " critical/serious, " + minor.size() + " other"
                    + (minor.isEmpty() ? "" : " " + minor));
            assertThat(blocking).as("axe critical and serious violations on the " + page + " page").isEmpty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void screenshot(String name) {
        try {
            Path file = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath();
            Files.copy(file, SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static RequestSpecification api() {
        return given().baseUri(service.baseUrl()).auth().preemptive().basic(ServiceProcess.ADMIN,
                ServiceProcess.ADMIN_PASSWORD);
    }

    private static Path firstExisting(String... candidates) {
        for (String candidate : candidates) {
            if (candidate != null && Files.isExecutable(Path.of(candidate))) {
                return Path.of(candidate);
            }
        }
        return null;
    }
}

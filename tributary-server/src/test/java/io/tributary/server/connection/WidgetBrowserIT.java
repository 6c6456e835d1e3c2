package io.tributary.server.connection;

import static org.assertj.core.api.Assertions.assertThat;

import io.tributary.server.account.DeveloperCredentials.EnvironmentCredentials;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import tools.jackson.databind.JsonNode;

/**
 * The whole connection flow in a real browser (headless Debian Chromium + chromedriver): widget → SANDBOX →
 * consent page → approve (or deny) → the developer's success (or failure) URL with the right parameters.
 */
class WidgetBrowserIT extends ConnectionTestSupport {
    private static final File CHROMIUM = new File("/usr/bin/chromium");
    private static final File DRIVER = new File("/usr/bin/chromedriver");
    private ChromeDriver driver;
    private Path profile;

    @BeforeEach
    void browser() throws Exception {
        Assumptions.assumeTrue(
                CHROMIUM.canExecute() && DRIVER.canExecute(),
                "skipped: /usr/bin/chromium and /usr/bin/chromedriver are needed (apt-get install -y chromium"
                        + " chromium-driver)");
        profile = Files.createTempDirectory("tributary-chromium-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.getPath());
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
                "--disable-quic",
                "--window-size=390,844",
                "--user-data-dir=" + profile);
        driver = new ChromeDriver(
                new ChromeDriverService.Builder()
                        .usingDriverExecutable(DRIVER)
                        .usingAnyFreePort()
                        .build(),
                options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    }

    @AfterEach
    void close() throws Exception {
        if (driver != null) driver.quit();
        if (profile != null)
            try (var s = Files.walk(profile)) {
                s.sorted(java.util.Comparator.reverseOrder())
                        .forEach(p -> p.toFile().delete());
            }
    }

    private String widgetUrl(EnvironmentCredentials e, String reference) {
        String success = http().base() + "/v2/auth/success?app=demo";
        String failure = http().base() + "/v2/auth/failure";
        return as(e).post(
                        "/v2/auth/generateWidgetSession",
                        "{\"providers\":\"SANDBOX\",\"language\":\"en\",\"reference_id\":\"" + reference
                                + "\",\"auth_success_redirect_url\":\"" + success
                                + "\",\"auth_failure_redirect_url\":\"" + failure + "\"}")
                .json()
                .get("url")
                .asString();
    }

    private WebElement waitFor(By by) {
        return new WebDriverWait(driver, Duration.ofSeconds(20)).until(ExpectedConditions.elementToBeClickable(by));
    }

    @Test
    void connectSandboxInTheBrowser() {
        EnvironmentCredentials e = env(newDeveloper(), "testing");
        as(e).patch(
                        "/v2/dashboard/settings/widget",
                        "{\"display_name\":\"Acme Fitness\",\"primary_color\":\"#0B6E4F\"}");
        String url = widgetUrl(e, "browser-1");
        String sessionId = url.substring(url.lastIndexOf('/') + 1);
        driver.get(url);
        assertThat(driver.getTitle()).contains("Connect a data source", "Acme Fitness");
        assertThat(driver.findElement(By.tagName("main")).getText()).contains("Acme Fitness");
        WebElement sandbox = waitFor(By.id("provider-SANDBOX"));
        assertThat(sandbox.getAccessibleName()).isEqualTo("Connect Sandbox");
        assertThat(sandbox.findElement(By.tagName("img")).getAttribute("alt")).isEqualTo("Sandbox");
        sandbox.click();

        WebElement approve = waitFor(By.id("approve"));
        assertThat(driver.getCurrentUrl()).contains("/sandbox/oauth/authorize");
        assertThat(driver.findElement(By.cssSelector("label[for=account]")).getText())
                .isNotBlank();
        approve.click();

        new WebDriverWait(driver, Duration.ofSeconds(20)).until(ExpectedConditions.urlContains("/v2/auth/success"));
        String landed = driver.getCurrentUrl();
        Map<String, String> q = query(landed);
        assertThat(q).containsEntry("app", "demo").containsEntry("resource", "SANDBOX");
        assertThat(q).containsEntry("reference_id", "browser-1");
        assertThat(q.get("user_id")).matches("[0-9a-f-]{36}");
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("You are connected");

        List<Event> auth = events(e, "auth");
        assertThat(auth).hasSize(1);
        JsonNode p = auth.get(0).payload();
        assertThat(p.get("status").asString()).isEqualTo("success");
        assertThat(p.get("user").get("user_id").asString()).isEqualTo(q.get("user_id"));
        assertThat(p.get("widget_session_id").asString()).isEqualTo(sessionId);
        assertThat(p.get("reference_id").asString()).isEqualTo("browser-1");
        assertThat(as(e).get("/v2/userInfo?user_id=" + q.get("user_id"))
                        .json()
                        .get("is_authenticated")
                        .asBoolean())
                .isTrue();

        // the widget link is used up: a clear page, not a stack trace
        driver.get(url);
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("This link has already been used");
    }

    @Test
    void cancelAtTheConsentPage() {
        EnvironmentCredentials e = env(newDeveloper(), "testing");
        driver.get(widgetUrl(e, "browser-2"));
        waitFor(By.id("provider-SANDBOX")).click();
        waitFor(By.id("deny")).click();
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(ExpectedConditions.urlContains("/v2/auth/failure"));
        Map<String, String> q = query(driver.getCurrentUrl());
        assertThat(q).containsEntry("resource", "SANDBOX").containsEntry("reference_id", "browser-2");
        assertThat(q).containsEntry("reason", "auth_cancelled");
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Connection not completed");
        List<Event> auth = events(e, "auth");
        assertThat(auth).hasSize(1);
        assertThat(auth.get(0).payload().get("status").asString()).isEqualTo("error");
        assertThat(auth.get(0).payload().get("reason").asString()).isEqualTo("auth_cancelled");
        assertThat(as(e).get("/v2/userInfo?user_id=" + q.get("user_id")).status())
                .isEqualTo(404);
    }
}

package io.claimflow.e2e;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium, driven through Debian's chromedriver (so Selenium downloads no browser or driver), on one
 * site: its pages opened by path, waits, the claims a page lists, and the screenshots a person looks at to see what a
 * browser test saw.
 */
final class HeadlessChromium implements AutoCloseable {

    static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("CLAIMFLOW_CHROMIUM", "/usr/bin/chromium"));
    static final Path CHROMEDRIVER =
            Path.of(System.getenv().getOrDefault("CLAIMFLOW_CHROMEDRIVER", "/usr/bin/chromedriver"));
    private static final Path SCREENSHOTS = Path.of("target", "explorer-screenshots");

    private final ChromeDriver driver;
    private final String site;

    private HeadlessChromium(ChromeDriver driver, String site) {
        this.driver = driver;
        this.site = site;
    }

    /** Skips the calling tests, saying why, where Chromium or its driver is not installed. */
    static void assumeInstalled() {
        Assumptions.assumeTrue(
                Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "Chromium and chromedriver not found at " + CHROMIUM + " and " + CHROMEDRIVER
                        + " (apt-get install chromium chromium-driver, as .ci/run does; or set CLAIMFLOW_CHROMIUM and"
                        + " CLAIMFLOW_CHROMEDRIVER): the explorer's browser tests are skipped");
    }

    /** A new headless browser with a laptop's window, on the site at this base URL. */
    static HeadlessChromium start(String site) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        // No sandbox: CI runs as root, where Chromium refuses its sandbox; /dev/shm is small in containers.
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1280,1000");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        driver.manage().window().setSize(new Dimension(1280, 1000));
        return new HeadlessChromium(driver, site);
    }

    ChromeDriver driver() {
        return driver;
    }

    /** Opens the site's page at the path and waits until it has loaded. */
    void open(String path) {
        driver.get(site + path);
        waitFor(() -> "complete".equals(driver.executeScript("return document.readyState")));
    }

    /** Waits up to 30 s for the condition. */
    void waitFor(Supplier<Boolean> condition) {
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(ignored -> condition.get());
    }

    /** The ids of the claims the page lists. */
    Set<String> claimIds() {
        Set<String> ids = new HashSet<>();
        driver.findElements(By.cssSelector("#claims article.claim"))
                .forEach(card -> ids.add(card.getAttribute("data-claim-id")));
        return ids;
    }

    /**
     * Presses Tab until the focused element is the one looked for, and answers it. Call it on a page just opened, so
     * that Tab starts from the top (a click would move the start of Tab's order to where it clicked).
     */
    WebElement tabTo(Predicate<WebElement> wanted) {
        for (int presses = 0; presses < 40; presses++) {
            new Actions(driver).sendKeys(Keys.TAB).perform();
            WebElement focused = driver.switchTo().activeElement();
            if (wanted.test(focused)) {
                return focused;
            }
        }
        throw new AssertionError("not reached with 40 presses of Tab on " + driver.getCurrentUrl());
    }

    @Override
    public void close() {
        driver.quit();
    }

    /** Saves what the browser shows as target/explorer-screenshots/NAME.png and answers where. */
    Path screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            File shot = driver.getScreenshotAs(OutputType.FILE);
            Path target = SCREENSHOTS.resolve(name + ".png");
            Files.copy(shot.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

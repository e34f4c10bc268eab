package org.partnershipsteward.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Debian's headless Chromium driven by Selenium, used the way a person uses the pages. */
public final class Browser implements AutoCloseable {

    private final WebDriver driver;
    private final String base;

    public Browser(URL base) {
        System.setProperty("webdriver.chrome.driver", "/usr/bin/chromedriver");
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--disable-quic", "--window-size=1366,900");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new java.io.File("/usr/bin/chromedriver")).build();
        this.driver = new ChromeDriver(service, options);
        this.driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        String b = base.toString();
        this.base = b.endsWith("/") ? b.substring(0, b.length() - 1) : b;
    }

    public WebDriver driver() {
        return driver;
    }

    public Browser open(String path) {
        driver.get(base + path);
        return this;
    }

    public Browser signIn(String email, String password) {
        open("/login.xhtml");
        type("login:email", email);
        type("login:password", password);
        click("login:submit");
        // signed in (the page moved on) or refused (the form shows why)
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> !d.getCurrentUrl().contains("/login.xhtml")
                || !d.findElements(By.cssSelector("#login\\:messages .ui-messages-error")).isEmpty());
        waitFor(By.id("main"));
        return this;
    }

    public Browser signOut() {
        open("/logout");
        return this;
    }

    public void type(String id, String text) {
        WebElement field = waitFor(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    public void click(String id) {
        click(By.id(id));
    }

    /**
     * Clicks once the element can be clicked; PrimeFaces may still be replacing the node after the page
     * loaded, so a click on a node that left the document is tried again.
     */
    public void click(By by) {
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30));
        for (int attempt = 1; ; attempt++) {
            try {
                wait.until(ExpectedConditions.elementToBeClickable(by)).click();
                return;
            } catch (org.openqa.selenium.StaleElementReferenceException | org.openqa.selenium.ElementClickInterceptedException e) {
                if (attempt == 5) {
                    throw e;
                }
            } catch (org.openqa.selenium.WebDriverException e) {
                if (attempt == 5 || e.getMessage() == null || !e.getMessage().contains("does not belong to the document")) {
                    throw e;
                }
            }
        }
    }

    /** Chooses an option of a filterable PrimeFaces selectOneMenu as a person does: open, type, Enter. */
    public void choose(String menuId, String label) {
        click(menuId);
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30));
        WebElement filter = wait.until(ExpectedConditions.elementToBeClickable(By.id(menuId + "_filter")));
        filter.sendKeys(label);
        filter.sendKeys(org.openqa.selenium.Keys.ENTER);
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id(menuId + "_panel")));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id(menuId + "_label"), label));
    }

    public WebElement waitFor(By by) {
        try {
            return new WebDriverWait(driver, Duration.ofSeconds(30)).until(ExpectedConditions.presenceOfElementLocated(by));
        } catch (org.openqa.selenium.TimeoutException e) {
            screenshot("failed-" + System.currentTimeMillis());
            throw new AssertionError("Not on the page: " + by + "\n" + text(), e);
        }
    }

    /** Waits until the element shows the text (after a post, the old page's element may still be there). */
    public String waitForText(By by, String text) {
        try {
            new WebDriverWait(driver, Duration.ofSeconds(30)).until(ExpectedConditions.textToBePresentInElementLocated(by, text));
            return driver.findElement(by).getText();
        } catch (org.openqa.selenium.TimeoutException e) {
            screenshot("failed-" + System.currentTimeMillis());
            throw new AssertionError("'" + text + "' not shown in " + by + "\n" + text(), e);
        }
    }

    public boolean has(By by) {
        return !driver.findElements(by).isEmpty();
    }

    public String text() {
        return driver.findElement(By.tagName("body")).getText();
    }

    public String path() {
        String url = driver.getCurrentUrl();
        return url.startsWith(base) ? url.substring(base.length()) : url;
    }

    /** Saves a PNG of the page under target/screenshots (kept by the build for the README and reviews). */
    public Path screenshot(String name) {
        try {
            Path dir = Path.of(System.getProperty("it.screenshots", "target/screenshots"));
            Files.createDirectories(dir);
            Path file = dir.resolve(name + ".png");
            Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}

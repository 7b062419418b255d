package id.kinerja.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.interactions.WheelInput;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Debian chromium driven through /usr/bin/chromedriver, logged in through the login page,
 * working Camunda Forms in Tasklist by their labels. Skipped where the browser is missing, unless
 * KINERJA_REQUIRE_BROWSER=true (as in CI), where it fails. Screenshots go to target/screenshots.
 */
final class Browser implements AutoCloseable {

  static final Path SCREENSHOTS = Path.of("target", "screenshots");
  private static final String CHROMIUM = "/usr/bin/chromium";
  private static final String DRIVER = "/usr/bin/chromedriver";

  private final ChromeDriver driver;
  private final String base;
  private final WebDriverWait wait;

  private Browser(int port, String language) {
    ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM).addArguments("--headless=new", "--no-sandbox",
        "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking", "--disable-component-update",
        "--no-first-run", "--disable-sync", "--window-size=1400,2000", "--lang=" + language);
    options.setExperimentalOption("prefs", java.util.Map.of("intl.accept_languages", language));
    options.setCapability("goog:loggingPrefs", java.util.Map.of("browser", "ALL"));
    this.driver = new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(Path.of(DRIVER).toFile()).build(),
        options);
    this.base = "http://localhost:" + port;
    this.wait = new WebDriverWait(driver, Duration.ofSeconds(20));
    // A page that re-renders while we look (Cockpit's plugins, a progress bar) replaces elements: look again.
    this.wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
  }

  /** A browser of an Indonesian office: its language is Indonesian. */
  static Browser open(int port) {
    return open(port, "id");
  }

  /** A browser asking for the language given (a BCP 47 tag such as en-US). */
  static Browser open(int port, String language) {
    boolean present = Files.isExecutable(Path.of(CHROMIUM)) && Files.isExecutable(Path.of(DRIVER));
    if (!present) {
      if (Boolean.parseBoolean(System.getenv("KINERJA_REQUIRE_BROWSER"))) {
        Assertions.fail("chromium and chromedriver are required (KINERJA_REQUIRE_BROWSER=true) but missing");
      }
      Assumptions.abort("chromium or chromedriver missing: install Debian's chromium and chromium-driver");
    }
    return new Browser(port, language);
  }

  Browser login(String user, String password) {
    driver.manage().deleteAllCookies();
    driver.get(base + "/login");
    driver.findElement(By.id("username")).sendKeys(user);
    driver.findElement(By.id("password")).sendKeys(password);
    driver.findElement(By.cssSelector("button[type=submit]")).click();
    until("gagal-masuk-" + user, ExpectedConditions.urlContains("/camunda/app/"));
    return this;
  }

  /**
   * Logs in with "Masuk dengan SSO" on the login page, at the single sign-on provider's own login
   * form (Spring Authorization Server's), and waits until the browser is back at the application.
   */
  Browser singleSignOn(String user, String password) {
    driver.get(base + "/login");
    driver.findElement(By.id("sso")).click();
    until("gagal-sso-" + user, ExpectedConditions.urlContains("127.0.0.1"));
    driver.findElement(By.id("username")).sendKeys(user);
    driver.findElement(By.id("password")).sendKeys(password);
    driver.findElement(By.cssSelector("button[type=submit]")).click();
    until("gagal-kembali-dari-sso-" + user, ExpectedConditions.urlContains(base));
    return this;
  }

  /** Waits until the address shown contains the text. */
  Browser awaitUrl(String part) {
    until("gagal-menunggu-alamat", ExpectedConditions.urlContains(part));
    return this;
  }

  String url() {
    return driver.getCurrentUrl();
  }

  /**
   * Opens a page of the application and waits until its text contains what is expected; on a
   * time-out the browser's log is printed, which names a blocked script or a module not loaded.
   */
  Browser page(String path, String expected) {
    driver.get(base + path);
    try {
      new WebDriverWait(driver, Duration.ofSeconds(30))
          .until(d -> d.findElement(By.tagName("body")).getText().contains(expected));
      return this;
    } catch (RuntimeException e) {
      screenshot("gagal-membuka" + path.replaceAll("[^a-z]+", "-"));
      driver.manage().logs().get("browser").forEach(entry -> System.out.println("BROWSER " + entry));
      throw e;
    }
  }

  /** From now on every webapp plugin module reaches this browser that many milliseconds late. */
  Browser pluginsArriveLate(long millis) {
    driver.manage().addCookie(new Cookie(SlowPlugins.COOKIE, String.valueOf(millis)));
    return this;
  }

  /** From now on the webapps' translations reach this browser that many milliseconds late, as on a loaded server. */
  Browser translationsArriveLate(long millis) {
    driver.manage().addCookie(new Cookie(SlowPlugins.LOCALE_COOKIE, String.valueOf(millis)));
    return this;
  }

  /** Opens the task's form in Tasklist and waits until form-js has rendered it. */
  Browser task(String taskId) {
    driver.get(base + "/camunda/app/tasklist/default/#/?task=" + taskId);
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".fjs-form")));
    return this;
  }

  /** The n-th input (0-based) whose label starts with the text: rows of a list repeat their labels. */
  WebElement field(String label, int index) {
    List<WebElement> labels = driver.findElements(By.xpath("//label[starts-with(normalize-space(.), '" + label + "')]"));
    Assertions.assertTrue(labels.size() > index, "no field '" + label + "' #" + index);
    return driver.findElement(By.id(labels.get(index).getAttribute("for")));
  }

  /** Waits until the first field with the label can be filled (a form shown greyed out cannot). */
  Browser awaitEnabled(String label) {
    until("gagal-menunggu-isian-" + label.replace(' ', '-'), d -> field(label, 0).isEnabled());
    return this;
  }

  /** Types into the field and leaves it; form-js commits a value after a short debounce, so wait for it. */
  Browser type(String label, int index, Object value) {
    WebElement input = field(label, index);
    driver.executeScript("arguments[0].scrollIntoView({block: 'center'})", input);
    input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
    input.sendKeys(String.valueOf(value), Keys.TAB);
    pause(350);
    return this;
  }

  /** Picks an option of a form-js select (a custom dropdown) by its visible label. */
  Browser choose(String label, int index, String option) {
    List<WebElement> labels = driver.findElements(By.xpath("//label[starts-with(normalize-space(.), '" + label + "')]"));
    Assertions.assertTrue(labels.size() > index, "no select '" + label + "' #" + index);
    WebElement select = labels.get(index).findElement(
        By.xpath("./ancestor::div[contains(@class,'fjs-form-field')][1]//div[contains(@class,'fjs-input-group')]"));
    By item = By.xpath("//*[contains(@class,'fjs-dropdownlist-item') and normalize-space(.)='" + option + "']");
    // A select that already has the focus (after Tab from the previous field) opened on focus; a click closes it.
    for (int attempt = 0; attempt < 3 && driver.findElements(item).isEmpty(); attempt++) {
      click(select);
      pause(300);
    }
    // The list may open under Tasklist's fixed footer: press it with events, as a mouse would.
    driver.executeScript("for (const type of ['mousedown', 'mouseup', 'click']) {"
        + " arguments[0].dispatchEvent(new MouseEvent(type, {bubbles: true, cancelable: true, view: window})); }",
        until("gagal-memilih-" + label.replace(' ', '-'), ExpectedConditions.presenceOfElementLocated(item)));
    return this;
  }

  /**
   * Types into the input found by CSS and leaves it, which fires its change event. Cockpit may
   * render a dashboard plugin again while it loads; then the input is found afresh.
   */
  Browser enter(String css, Object value) {
    for (int attempt = 1; ; attempt++) {
      try {
        WebElement input = driver.findElement(By.cssSelector(css));
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        input.sendKeys(String.valueOf(value), Keys.TAB);
        return this;
      } catch (org.openqa.selenium.StaleElementReferenceException replaced) {
        if (attempt == 3) {
          throw replaced;
        }
        pause(500);
      }
    }
  }

  /** Chooses the file in the file input found by CSS, as a person picking it in the dialog. */
  Browser upload(String css, Path file) {
    driver.findElement(By.cssSelector(css)).sendKeys(file.toAbsolutePath().toString());
    return this;
  }

  /** Scrolls the element found by CSS to the top of the window, for a screenshot of that part of a page. */
  Browser scrollTo(String css) {
    driver.executeScript("arguments[0].scrollIntoView({block: 'start'})", driver.findElement(By.cssSelector(css)));
    pause(200);
    return this;
  }

  /** Picks an option of a native select found by CSS by its visible text. */
  Browser select(String css, String option) {
    new Select(driver.findElement(By.cssSelector(css))).selectByVisibleText(option);
    return this;
  }

  /** Waits until some element matching the CSS selector shows the text. */
  Browser await(String css, String expected) {
    until("gagal-menunggu-" + expected.replaceAll("[^A-Za-z0-9]+", "-"),
        d -> d.findElements(By.cssSelector(css)).stream().anyMatch(e -> e.getText().contains(expected)));
    return this;
  }

  /** Waits for the condition; on a time-out saves a screenshot under the name first. */
  private <T> T until(String screenshotOnFailure, java.util.function.Function<? super org.openqa.selenium.WebDriver, T> condition) {
    try {
      return wait.until(condition);
    } catch (RuntimeException e) {
      screenshot(screenshotOnFailure);
      throw e;
    }
  }

  /** Zooms the diagram in around the first element matching the CSS selector, as Ctrl and the mouse wheel do. */
  Browser zoomTo(String css, int steps) {
    WebElement target = driver.findElement(By.cssSelector(css));
    for (int i = 0; i < steps; i++) {
      new Actions(driver).keyDown(Keys.CONTROL).scrollFromOrigin(WheelInput.ScrollOrigin.fromElement(target), 0, -120)
          .keyUp(Keys.CONTROL).perform();
      pause(200);
    }
    return this;
  }

  WebElement element(String css) {
    return driver.findElement(By.cssSelector(css));
  }

  List<String> attributes(String css, String attribute) {
    return driver.findElements(By.cssSelector(css)).stream().map(e -> e.getAttribute(attribute)).toList();
  }

  List<String> texts(String css) {
    return driver.findElements(By.cssSelector(css)).stream().map(WebElement::getText).toList();
  }

  Browser clickLink(String text) {
    click(driver.findElement(By.xpath("//a[normalize-space(.)='" + text + "']")));
    return this;
  }

  Browser click(String buttonText) {
    click(driver.findElement(By.xpath("//button[normalize-space(.)='" + buttonText + "']")));
    return this;
  }

  /** Scrolls the element to the middle first: Tasklist's footer covers the bottom of the form. */
  void click(WebElement element) {
    driver.executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
    element.click();
  }

  /** Runs JavaScript in the page and returns its result, to see what the page itself holds. */
  Object script(String javascript) {
    return driver.executeScript(javascript);
  }

  /** Runs JavaScript that answers through its last argument (a callback), for a fetch or a timer. */
  Object asyncScript(String javascript) {
    return driver.executeAsyncScript(javascript);
  }

  String text() {
    return driver.findElement(By.tagName("body")).getText();
  }

  List<String> fieldErrors() {
    return driver.findElements(By.cssSelector(".fjs-form-field-error")).stream().map(WebElement::getText)
        .filter(t -> !t.isBlank()).toList();
  }

  void pause(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  void screenshot(String name) {
    try {
      Files.createDirectories(SCREENSHOTS);
      Files.write(SCREENSHOTS.resolve(name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    driver.quit();
  }
}

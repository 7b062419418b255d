package id.kinerja.browser;

import static org.assertj.core.api.Assertions.assertThat;

import id.kinerja.DemoUsers;
import id.kinerja.Http;
import id.kinerja.KinerjaSpringTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * On a slow office link a webapp plugin can take longer than the 7 seconds after which the
 * webapps' RequireJS gave up, and the manager looked at a spinner for good. Here every plugin
 * module arrives 9 seconds late, and Cockpit and Tasklist still come up.
 */
@KinerjaSpringTest
class SlowLinkBrowserTest {

  @LocalServerPort
  int port;

  @Test
  void cockpitAndTasklistComeUpWhenTheirPluginsArriveAfterNineSeconds() {
    int delayedBefore = SlowPlugins.DELAYED.get();
    try (Browser browser = Browser.open(port)) {
      browser.login(DemoUsers.CAMAT, Http.DEMO_PASSWORD).pluginsArriveLate(9_000)
          .page("/camunda/app/cockpit/default/", "Hambatan penilaian kinerja")
          .page("/camunda/app/tasklist/default/", "Tugas Saya");
    }
    assertThat(SlowPlugins.DELAYED.get() - delayedBefore).as("plugin modules answered late").isGreaterThanOrEqualTo(2);
  }

  /**
   * A first visit (nothing cached in the browser) while the server is slow to send the
   * translations: the search box and the sorting still read Indonesian, never a raw key such as
   * SEARCH_PLACEHOLDER or CREATION_DATE.
   */
  @Test
  void tasklistShowsNoRawKeysWhenItsTranslationsArriveLate() {
    try (Browser browser = Browser.open(port)) {
      browser.login(DemoUsers.STAFF, Http.DEMO_PASSWORD);
      browser.script("window.localStorage.clear()");
      browser.translationsArriveLate(3_000).page("/camunda/app/tasklist/default/", "Tugas Saya");
      browser.pause(4_000);
      assertThat(browser.attributes("input", "placeholder")).contains("Saring Tugas");
      assertThat(browser.text() + browser.attributes("[title]", "title") + browser.attributes("[placeholder]", "placeholder"))
          .doesNotContainPattern("\\b[A-Z]{3,}_[A-Z_]{3,}\\b");
    }
  }
}

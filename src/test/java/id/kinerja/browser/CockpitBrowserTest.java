package id.kinerja.browser;

import static org.assertj.core.api.Assertions.assertThat;

import id.kinerja.DemoUsers;
import id.kinerja.Http;
import id.kinerja.KinerjaSpringTest;
import id.kinerja.bottleneck.BottleneckQueries;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A manager sees the bottleneck plugin on the Cockpit dashboard; others are refused. */
@KinerjaSpringTest
class CockpitBrowserTest {

  @LocalServerPort
  int port;
  @Autowired
  BottleneckQueries queries;

  @Test
  void aManagerSeesTheBottlenecksAndOthersAreRefused() {
    int year = LocalDate.now().getYear();
    long open = queries.perActivity(year).stream().mapToLong(BottleneckQueries.ActivityFigures::open).sum();

    try (Browser browser = Browser.open(port)) {
      browser.login(DemoUsers.CAMAT, Http.DEMO_PASSWORD).page("/camunda/app/cockpit/default/", "Per pemegang tugas");
      assertThat(browser.text()).contains("Hambatan penilaian kinerja", "Per aktivitas", "Per unit");
      browser.screenshot("08-cockpit-hambatan-penilaian");
      assertThat(queries.perActivity(year).stream().mapToLong(BottleneckQueries.ActivityFigures::open).sum())
          .as("the figures the plugin showed are the database's").isEqualTo(open);

      browser.login(DemoUsers.PROCESS_OWNER, Http.DEMO_PASSWORD)
          .page("/camunda/app/cockpit/default/", "Hanya pimpinan dan pengelola kinerja");
      browser.screenshot("09-cockpit-ditolak");
    }
    assertThat(Http.browserLogin(port, DemoUsers.STAFF, Http.DEMO_PASSWORD)
        .get("/camunda/api/cockpit/plugin/kinerja-bottleneck/default/bottlenecks/" + year).statusCode()).isIn(401, 403);
  }
}

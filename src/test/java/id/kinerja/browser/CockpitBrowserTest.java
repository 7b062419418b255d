package id.kinerja.browser;

import static org.assertj.core.api.Assertions.assertThat;

import id.kinerja.DemoUsers;
import id.kinerja.Http;
import id.kinerja.KinerjaSpringTest;
import id.kinerja.appraisal.AppraisalDriver;
import id.kinerja.appraisal.AppraisalProcess;
import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A manager sees the bottleneck plugin on the Cockpit dashboard and on the appraisal's process
 * definition, with the counts of the seeded year, drawn on the diagram too; others are refused.
 */
@KinerjaSpringTest
class CockpitBrowserTest {

  private static final String ROWS = ".kinerja-bottleneck-body tr";

  @LocalServerPort
  int port;
  @Autowired
  AppraisalDriver driver;
  @Autowired
  RepositoryService repository;

  @Test
  void aManagerSeesTheBottlenecksAndOthersAreRefused() {
    int year = AppraisalDriver.newYear();
    driver.oneSubmittedOneOverdue(year, 3);

    try (Browser browser = Browser.open(port)) {
      browser.login(DemoUsers.CAMAT, Http.DEMO_PASSWORD).page("/camunda/app/cockpit/default/", "Hambatan penilaian kinerja")
          .enter(".kinerja-bottleneck-year", year)
          .await(ROWS, "Susun SKP 1 1").await(ROWS, "Periksa SKP 1 0");
      assertThat(browser.texts(ROWS)).anyMatch(row -> row.startsWith("Kelurahan Plaju Ulu 2 1"))
          .anyMatch(row -> row.contains(DemoUsers.LURAH + " 1 0"));
      assertThat(browser.texts(".kinerja-bottleneck-chart title")).isNotEmpty();
      browser.screenshot("08-cockpit-hambatan-penilaian");

      browser.select(".kinerja-bottleneck-activity", "Susun SKP").await(".kinerja-bottleneck-body h4", "Per unit — Susun SKP");
      assertThat(browser.text()).contains("Tidak ada tugas terbuka pada atasan.");

      String definition = repository.createProcessDefinitionQuery().processDefinitionKey(AppraisalProcess.KEY)
          .latestVersion().singleResult().getId();
      browser.page("/camunda/app/cockpit/default/#/process-definition/" + definition + "/runtime", "Hambatan")
          .await(".kinerja-bottleneck-badge", "1 lewat");
      assertThat(browser.attributes(".kinerja-bottleneck-badges", "title"))
          .anyMatch(title -> title.startsWith("Susun SKP (tahun " + year + "): 1 terbuka, 1 lewat batas waktu"))
          .anyMatch(title -> title.startsWith("Periksa SKP (tahun " + year + "): 1 terbuka, 0 lewat batas waktu"));
      browser.clickLink("Hambatan").await(ROWS, "Susun SKP 1 1").zoomTo(".kinerja-bottleneck-badge.lewat", 6);
      browser.screenshot("09-cockpit-hambatan-diagram");

      browser.login(DemoUsers.PROCESS_OWNER, Http.DEMO_PASSWORD)
          .page("/camunda/app/cockpit/default/", "Hanya pimpinan dan pengelola kinerja");
      browser.screenshot("10-cockpit-ditolak");
    }
    assertThat(Http.browserLogin(port, DemoUsers.STAFF, Http.DEMO_PASSWORD)
        .get("/camunda/api/cockpit/plugin/kinerja-bottleneck/default/bottlenecks/" + year).statusCode()).isIn(401, 403);
  }
}

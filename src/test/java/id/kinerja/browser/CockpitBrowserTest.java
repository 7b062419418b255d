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
 * HR prepares the documents of a unit as one ZIP from the dashboard.
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
    int year = AppraisalDriver.newYearWithinLimits();
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
      assertThat(browser.text()).as("HR's document panel is not offered").doesNotContain("Dokumen resmi unit");
    }
    assertThat(Http.browserLogin(port, DemoUsers.STAFF, Http.DEMO_PASSWORD)
        .get("/camunda/api/cockpit/plugin/kinerja-bottleneck/default/bottlenecks/" + year).statusCode()).isIn(401, 403);
  }

  /**
   * HR picks a unit and a year on the dashboard, watches the documents being issued and downloads
   * the ZIP: the SKPs of the Lurah (set by the driver first) and of two staff.
   */
  @Test
  void hrPreparesAUnitsDocumentsAsOneZipWithItsProgress() {
    int year = AppraisalDriver.newYear();
    driver.planned(DemoUsers.STAFF, DemoUsers.LURAH, year);
    driver.planned(DemoUsers.OTHER_STAFF, DemoUsers.LURAH, year);

    try (Browser browser = Browser.open(port)) {
      browser.login(DemoUsers.HR, Http.DEMO_PASSWORD).page("/camunda/app/cockpit/default/", "Dokumen resmi unit")
          .await(".kinerja-dokumen-unit option", "Kelurahan Plaju Ulu")
          .select(".kinerja-dokumen-unit", "Kelurahan Plaju Ulu").enter(".kinerja-dokumen-year", year)
          .click("Siapkan ZIP");
      browser.await(".kinerja-dokumen-progress", "Selesai: 3 dari 3 dokumen (100%)");
      browser.screenshot("13-cockpit-dokumen-unit");
      // Read in one script: the panel re-renders as the progress arrives, so an element may go stale.
      String zip = (String) browser.script("return document.querySelector('.kinerja-dokumen-download').href");
      Object fetched = browser.asyncScript("const done = arguments[arguments.length - 1];"
          + "fetch('" + zip + "', {credentials: 'same-origin'}).then(r => done(r.status + ' ' + r.headers.get('Content-Type')))"
          + ".catch(e => done('error ' + e));");
      assertThat(fetched).isEqualTo("200 application/zip");
    }
    assertThat(Http.browserLogin(port, DemoUsers.LURAH, Http.DEMO_PASSWORD)
        .get("/camunda/api/cockpit/plugin/kinerja-dokumen/default/units").statusCode()).as("a Lurah is not HR").isEqualTo(403);
  }
}

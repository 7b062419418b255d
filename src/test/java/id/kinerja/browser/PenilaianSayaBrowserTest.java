package id.kinerja.browser;

import static org.assertj.core.api.Assertions.assertThat;

import id.kinerja.DemoUsers;
import id.kinerja.Http;
import id.kinerja.KinerjaSpringTest;
import id.kinerja.appraisal.AppraisalDriver;
import java.util.List;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Penilaian Saya in a real browser, reached from Tasklist's navbar: after submitting, the employee
 * sees her SKP waiting for the Lurah; once it is set and a quarter reviewed, her SKP and the
 * feedback. The Lurah sees "Staf Saya" with her appraisal and who in his unit is late; HR's navbar
 * also leads to Pengelolaan Kinerja.
 */
@KinerjaSpringTest
class PenilaianSayaBrowserTest {

  private static final String TASKLIST = "/camunda/app/tasklist/default/";

  @LocalServerPort
  int port;
  @Autowired
  AppraisalDriver driver;

  @Test
  void fromTasklistTheEmployeeFollowsHerAppraisalAndTheLurahHisStaff() {
    int year = AppraisalDriver.newYear();
    driver.approvedPlan(DemoUsers.LURAH, year);
    ProcessInstance instance = driver.start(DemoUsers.STAFF, year);
    Task draft = driver.task(instance, "Task_SusunSkp");
    driver.complete(DemoUsers.STAFF, draft, driver.plan(draft));

    try (Browser browser = Browser.open(port)) {
      browser.login(DemoUsers.STAFF, Http.DEMO_PASSWORD).page(TASKLIST, "Penilaian Saya");
      assertThat(browser.texts("a.kinerja-pengelolaan")).as("not HR").isEmpty();
      browser.clickLink("Penilaian Saya");
      browser.await("article.tahun[data-tahun='" + year + "'] .menunggu", "Periksa SKP");
      assertThat(yearText(browser, year)).contains("Perencanaan SKP", "M. Ridwan", "31 Januari " + year,
          "SKP belum ditetapkan");
      assertThat(browser.attributes("#ke-tasklist", "href")).allMatch(href -> href.endsWith(TASKLIST));

      driver.complete(DemoUsers.LURAH, instance, "Task_PeriksaSkp", AppraisalDriver.approve());
      driver.runDueJobs(instance);
      driver.quarters(instance, DemoUsers.STAFF, DemoUsers.LURAH, 1);
      browser.page("/penilaian-saya", "Evaluasi TW I");
      assertThat(yearText(browser, year)).contains("Pemantauan dan pembinaan",
          "Meningkatnya partisipasi warga dalam program pendidikan nonformal", "Jumlah kegiatan sosialisasi",
          "12 kegiatan", AppraisalDriver.FEEDBACK, "RHK atasan yang diintervensi: Meningkatnya kualitas pelayanan kelurahan", "Sasaran Kinerja Pegawai (PDF)", "Menunggu akhir periode, hingga 1 Juli " + year, "Predikat periode");
      assertNoOverflow(browser);
      browser.screenshot("penilaian-saya-pegawai");

      int late = AppraisalDriver.newYear();
      driver.oneSubmittedOneOverdue(late, 6);
      browser.login(DemoUsers.LURAH, Http.DEMO_PASSWORD).page(TASKLIST, "Penilaian Saya");
      browser.clickLink("Penilaian Saya");
      browser.await("#staf", "Staf Saya");
      browser.select("#pilih-staf", browser.texts("#pilih-staf option").stream()
          .filter(option -> option.startsWith("Siti Rahmawati")).findFirst().orElseThrow());
      browser.await("#staf article.tahun[data-tahun='" + late + "']", "Periksa SKP");
      browser.await("#terlambat", "Susun SKP");
      assertThat(browser.texts("#terlambat tbody tr")).anyMatch(row -> row.contains("Ahmad Fauzi (" + late + ")")
          && row.contains("6 hari"));
      assertNoOverflow(browser);
      browser.screenshot("penilaian-saya-atasan");

      browser.login(DemoUsers.HR, Http.DEMO_PASSWORD).page(TASKLIST, "Pengelolaan Kinerja");
      browser.screenshot("penilaian-saya-tasklist-navbar");
      assertThat(browser.attributes("a.kinerja-pengelolaan", "href")).allMatch(href -> href.endsWith("/pengelolaan"));
    }
  }

  private static String yearText(Browser browser, int year) {
    List<String> texts = browser.texts("#saya article.tahun[data-tahun='" + year + "']");
    assertThat(texts).hasSize(1);
    return texts.get(0);
  }

  /** Nothing wider than the window: tables fit the width and long texts wrap. */
  private static void assertNoOverflow(Browser browser) {
    Object wide = browser.script("return document.documentElement.scrollWidth > window.innerWidth"
        + " || [...document.querySelectorAll('table')].some(t => t.scrollWidth > t.parentElement.clientWidth + 1);");
    assertThat(wide).as("overflow").isEqualTo(false);
  }
}

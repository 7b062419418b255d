package id.kinerja.browser;

import static org.assertj.core.api.Assertions.assertThat;

import id.kinerja.DemoUsers;
import id.kinerja.Http;
import id.kinerja.KinerjaSpringTest;
import id.kinerja.appraisal.AppraisalDriver;
import java.util.List;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The office works in Bahasa Indonesia: an employee's and a supervisor's screens in Tasklist,
 * Cockpit, Admin and Welcome show none of the webapps' English chrome, the Camunda 8 banner is
 * gone, a supervisor's list says whose each task is, and a refused page is an Indonesian one. A
 * browser that asks for English still gets English.
 */
@KinerjaSpringTest
class IndonesianWebappsBrowserTest {

  /** Words of the webapps' English chrome, as they showed before the translation. */
  private static final List<String> ENGLISH = List.of("Claim", "Unclaim", "Complete", "Save", "Start process",
      "Create task", "Keyboard Shortcuts", "Due in", "Created", "ago", "Add new", "Field is required", "Field must",
      "Log out", "My profile", "History", "Description", "Add Comment", "Set follow-up date", "Set due date",
      "Add groups", "Loading", "finished with failures", "It is time to migrate", "Whitelabel", "Powered by",
      "Processes", "Decisions", "Deployments", "Batches", "Dashboard", "Users", "Groups", "Authorizations",
      "Welcome", "Sorting", "Tasks", "Assignee", "Unassigned", "Search");

  @LocalServerPort
  int port;
  @Autowired
  AppraisalDriver driver;


  @Test
  void anEmployeesAndASupervisorsYearShowNoEnglish() {
    int year = AppraisalDriver.newYear();
    ProcessInstance siti = driver.planned(DemoUsers.STAFF, DemoUsers.LURAH, year);
    ProcessInstance other = driver.planned(DemoUsers.OTHER_STAFF, DemoUsers.LURAH, year);
    driver.openPeriod(siti, 1);
    driver.openPeriod(other, 1);
    Task realisation = driver.periodTask(siti, "Task_CatatRealisasi", 1);
    driver.complete(DemoUsers.OTHER_STAFF, driver.periodTask(other, "Task_CatatRealisasi", 1),
        driver.realisation(driver.periodTask(other, "Task_CatatRealisasi", 1)));
    driver.complete(DemoUsers.STAFF, realisation, driver.realisation(realisation));

    try (Browser browser = Browser.open(port)) {
      browser.login(DemoUsers.LURAH, Http.DEMO_PASSWORD).page("/camunda/app/tasklist/default/", "Tugas Saya")
          .await(".tasks-list li", "Siti Rahmawati");
      List<String> entries = browser.texts(".tasks-list li");
      assertThat(entries).anyMatch(e -> e.startsWith("Beri umpan balik per RHK dan rating periode: Siti Rahmawati")
          && e.contains("(TW I)")).anyMatch(e -> e.contains("per RHK dan rating periode: ") && !e.contains("Siti"));
      browser.screenshot("12-daftar-tugas-atasan");
      assertNoEnglish(browser, "Tasklist of the supervisor");

      Task feedback = driver.periodTask(siti, "Task_UmpanBalikTriwulan", 1);
      browser.task(feedback.getId());
      assertNoEnglish(browser, "a feedback form");
      for (String tab : List.of("Riwayat", "Diagram", "Deskripsi", "Formulir")) {
        browser.clickLink(tab);
        browser.pause(800);
        assertNoEnglish(browser, "the tab " + tab);
      }

      browser.login(DemoUsers.STAFF, Http.DEMO_PASSWORD).page("/camunda/app/tasklist/default/", "Tugas Saya");
      browser.pause(1500);
      assertNoEnglish(browser, "Tasklist of the employee");
      browser.page("/camunda/app/welcome/default/", "Kinerja ASN");
      browser.pause(1500);
      assertNoEnglish(browser, "Welcome of the employee");
      browser.page("/camunda/app/cockpit/default/", "Akses ditolak");
      assertNoEnglish(browser, "Cockpit refused to an employee");
      browser.screenshot("13-cockpit-ditolak-pegawai");

      browser.login(DemoUsers.CAMAT, Http.DEMO_PASSWORD).page("/camunda/app/cockpit/default/", "Hambatan penilaian kinerja");
      assertNoEnglish(browser, "Cockpit's dashboard");
      browser.page("/camunda/app/cockpit/default/#/processes", "definisi proses");
      browser.pause(1500);
      assertNoEnglish(browser, "Cockpit's processes");

      browser.login(DemoUsers.ADMIN, Http.DEMO_PASSWORD).page("/camunda/app/admin/default/#/users", "Pengguna");
      browser.pause(1500);
      assertNoEnglish(browser, "Admin's users");
      browser.screenshot("14-admin-pengguna");
    }
  }

  /**
   * The employee asking for a dialog kinerja finds her own NIP filled in, Indonesian around it, and
   * a refusal that reads as one Indonesian sentence.
   */
  @Test
  void theEmployeesOwnNipIsFilledInWhenSheAsksForADialogAndARefusalIsPlain() {
    try (Browser browser = Browser.open(port)) {
      browser.login(DemoUsers.STAFF, Http.DEMO_PASSWORD).page("/camunda/app/tasklist/default/", "Tugas Saya");
      browser.clickLink("Mulai proses");
      browser.await(".modal-body a", "Minta Dialog Kinerja");
      browser.clickLink("Minta Dialog Kinerja");
      browser.await(".fjs-form", "Topik dialog");
      browser.awaitEnabled("NIP pegawai");
      for (int i = 0; i < 25 && browser.field("NIP pegawai", 0).getAttribute("value").isEmpty(); i++) {
        browser.pause(200);
      }
      assertThat(browser.field("NIP pegawai", 0).getAttribute("value")).isEqualTo(DemoUsers.STAFF);
      browser.screenshot("15-minta-dialog-nip-terisi");
      assertNoEnglish(browser, "the start form");

      // She has no SKP set this year: the refusal is one Indonesian sentence, without ids.
      browser.type("Topik dialog", 0, "Capaian realisasi dan kendala pelaksanaan RHK");
      browser.click("Mulai");
      browser.await(".modal-dialog .alert", "Dialog kinerja hanya dapat diminta sejak SKP ditetapkan");
      assertThat(browser.texts(".modal-dialog .alert")).noneMatch(alert -> alert.matches("(?s).*[0-9a-f]{8}-[0-9a-f]{4}-.*")
          || alert.contains("Cannot"));
      browser.screenshot("16-minta-dialog-ditolak");
    }
  }

  @Test
  void aBrowserThatAsksForEnglishGetsEnglish() {
    try (Browser browser = Browser.open(port, "en-US")) {
      browser.login(DemoUsers.STAFF, Http.DEMO_PASSWORD).page("/camunda/app/tasklist/default/", "Start process");
      assertThat(browser.text()).contains("Create task").doesNotContain("Mulai proses");
    }
  }

  private static void assertNoEnglish(Browser browser, String where) {
    String text = browser.text();
    assertThat(ENGLISH).as("English words on %s", where)
        .noneMatch(word -> Pattern.compile("\\b" + Pattern.quote(word) + "\\b").matcher(text).find());
    assertThat(text).as("raw translation keys on %s", where).doesNotContainPattern("\\b[A-Z]{3,}_[A-Z_]{3,}\\b");
  }
}

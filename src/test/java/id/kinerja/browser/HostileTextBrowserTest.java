package id.kinerja.browser;

import static org.assertj.core.api.Assertions.assertThat;

import id.kinerja.DemoUsers;
import id.kinerja.Http;
import id.kinerja.KinerjaSpringTest;
import id.kinerja.appraisal.AppraisalDriver;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A supervisor's return note full of HTML and JavaScript is shown as the literal text it is, to
 * the employee in Tasklist and to HR in Cockpit's variable view, and none of it runs. A form
 * submitted after its task was completed elsewhere is refused with a message in Bahasa Indonesia.
 */
@KinerjaSpringTest
class HostileTextBrowserTest {

  /** Staff of Seksi Pelayanan Umum and their Kasi: used by no other test. */
  private static final String STAFF = "199106302019032003";
  private static final String KASI = "198105232006042002";
  private static final String NOTE =
      "Perbaiki target <img src=x onerror=\"window.kinerjaXss=1\"><script>window.kinerjaXss=1</script> <b>bold</b>";
  private static final String TASKLIST = "/camunda/app/tasklist/default/";
  private static final String NOTHING_RAN = "return typeof window.kinerjaXss === 'undefined'"
      + " && document.querySelectorAll('img[src=\"x\"]').length === 0"
      + " && ![...document.querySelectorAll('b')].some(b => b.textContent === 'bold')";

  @LocalServerPort
  int port;
  @Autowired
  AppraisalDriver driver;

  @Test
  void htmlAndScriptInAReturnNoteShowAsTextInTasklistAndCockpit() {
    int year = AppraisalDriver.newYear();
    driver.approvedPlan(KASI, year);
    ProcessInstance instance = driver.start(STAFF, year);
    Task draft = driver.task(instance, "Task_SusunSkp");
    driver.complete(STAFF, draft, driver.plan(draft));

    try (Browser browser = Browser.open(port)) {
      browser.login(KASI, Http.DEMO_PASSWORD).page(TASKLIST, "Tugas Saya")
          .task(driver.task(instance, "Task_PeriksaSkp").getId());
      browser.click(browser.field("Kembalikan untuk diperbaiki", 0));
      browser.type("Catatan perbaikan untuk pegawai", 0, NOTE);
      browser.click("Kirim");
      awaitTask(instance, "Task_SusunSkp");
      assertThat(driver.variable(instance, "catatanPengembalian")).isEqualTo(NOTE);

      browser.login(STAFF, Http.DEMO_PASSWORD).page(TASKLIST, "Tugas Saya")
          .task(driver.task(instance, "Task_SusunSkp").getId());
      assertThat(browser.field("Catatan atasan saat SKP dikembalikan", 0).getAttribute("value")).isEqualTo(NOTE);
      browser.pause(1000);
      assertThat(browser.script(NOTHING_RAN)).as("no markup of the note became an element or ran").isEqualTo(true);
      browser.screenshot("20-tasklist-catatan-html-sebagai-teks");

      browser.login(DemoUsers.HR, Http.DEMO_PASSWORD)
          .page("/camunda/app/cockpit/default/#/process-instance/" + instance.getId() + "/runtime?tab=variables-tab",
              "catatanPengembalian")
          .await("td", "<b>bold</b>");
      assertThat(browser.text()).contains("<script>window.kinerjaXss=1</script>");
      assertThat(browser.script(NOTHING_RAN)).as("no markup of the note became an element or ran").isEqualTo(true);
      browser.screenshot("20-cockpit-variabel-html-sebagai-teks");

      Task again = driver.task(instance, "Task_SusunSkp");
      browser.login(STAFF, Http.DEMO_PASSWORD).page(TASKLIST, "Tugas Saya").task(again.getId());
      driver.complete(STAFF, again, driver.plan(again));
      browser.click("Kirim");
      browser.await("body", "sudah diselesaikan");
      browser.screenshot("21-tasklist-tugas-sudah-diselesaikan");
      assertThat(driver.tasks.createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey("Task_PeriksaSkp")
          .count()).as("the second submission changed nothing").isEqualTo(1);
    }
  }

  private void awaitTask(ProcessInstance instance, String key) {
    for (int i = 0; i < 100 && !driver.hasTask(instance, key); i++) {
      driver.runDueJobs(instance);
      browserPause();
    }
    assertThat(driver.hasTask(instance, key)).as("task %s", key).isTrue();
  }

  private static void browserPause() {
    try {
      Thread.sleep(200);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}

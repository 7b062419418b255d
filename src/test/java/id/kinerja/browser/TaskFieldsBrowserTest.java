package id.kinerja.browser;

import static org.assertj.core.api.Assertions.assertThat;

import id.kinerja.Http;
import id.kinerja.KinerjaSpringTest;
import id.kinerja.appraisal.AppraisalDriver;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * An employee who uses Tasklist's own button to remove her task's due date is told in Bahasa
 * Indonesia that only an administrator may, and the date stays as the period set it.
 */
@KinerjaSpringTest
class TaskFieldsBrowserTest {

  /** Staff of Seksi Pelayanan Umum: used by no other test. */
  private static final String STAFF = "199711052022031002";

  @LocalServerPort
  int port;
  @Autowired
  AppraisalDriver driver;

  @Test
  void removingADueDateInTasklistIsRefusedInBahasaIndonesia() {
    ProcessInstance instance = driver.start(STAFF, AppraisalDriver.newYear());
    Task draft = driver.task(instance, "Task_SusunSkp");

    try (Browser browser = Browser.open(port)) {
      browser.login(STAFF, Http.DEMO_PASSWORD).page("/camunda/app/tasklist/default/", "Tugas Saya").task(draft.getId());
      browser.script("document.querySelector('a.reset-due-date').click()");
      browser.await("body", "hanya boleh dilakukan administrator");
      browser.screenshot("30-tasklist-batas-waktu-tidak-dapat-diubah");
    }
    assertThat(driver.task(instance, "Task_SusunSkp").getDueDate()).isEqualTo(draft.getDueDate());
  }
}

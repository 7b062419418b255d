package id.kinerja.browser;

import static org.assertj.core.api.Assertions.assertThat;

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
 * The documents where people need them: once the SKP is set, the employee's and the rater's forms
 * in Tasklist link to its PDF, which opens in the Tasklist session; a colleague's session gets none.
 */
@KinerjaSpringTest
class DocumentLinksBrowserTest {

  /** Staff at Kelurahan Bagus Kuning and their Lurah, whom no other browser test uses. */
  private static final String STAFF = "199201012018011008";
  private static final String LURAH = "197712122005011006";
  private static final String COLLEAGUE = "199502152020122005";

  @LocalServerPort
  int port;
  @Autowired
  AppraisalDriver driver;

  @Test
  void theEmployeesAndTheRatersFormsLinkToTheSetSkp() {
    int year = AppraisalDriver.newYear();
    ProcessInstance instance = driver.planned(STAFF, LURAH, year);
    driver.openPeriod(instance, 1);
    Task realisation = driver.task(instance, "Task_CatatRealisasi");
    String skp = "/dokumen/" + STAFF + "/" + year + "/skp";

    try (Browser browser = Browser.open(port)) {
      browser.login(STAFF, Http.DEMO_PASSWORD).task(realisation.getId());
      browser.await(".fjs-form", "Unduh SKP (PDF)");
      List<String> links = browser.attributes(".fjs-form a", "href");
      assertThat(links).anyMatch(href -> href.endsWith(skp));
      assertThat(browser.attributes(".fjs-form a[href$='/skp']", "target")).as("opens beside the task").containsOnly("_blank");
      browser.screenshot("12-catat-realisasi-unduh-skp");
      assertThat(fetched(browser, skp)).isEqualTo("200 application/pdf");

      browser.login(COLLEAGUE, Http.DEMO_PASSWORD);
      assertThat(fetched(browser, skp)).as("a colleague's session").startsWith("403");
    }
  }

  /** Status and type of a GET in the page's own session, as a click on the link would get them. */
  private static String fetched(Browser browser, String path) {
    Object answer = browser.asyncScript("const done = arguments[arguments.length - 1];"
        + "fetch('" + path + "', {credentials: 'same-origin'}).then(r => done(r.status + ' ' + r.headers.get('Content-Type')))"
        + ".catch(e => done('error ' + e));");
    return String.valueOf(answer);
  }
}

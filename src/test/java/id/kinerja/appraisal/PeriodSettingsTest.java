package id.kinerja.appraisal;

import static org.assertj.core.api.Assertions.assertThat;

import id.kinerja.DemoUsers;
import id.kinerja.Http;
import id.kinerja.KinerjaSpringTest;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Deadlines are settings of the period that HR sets, read by each appraisal when it starts. */
@KinerjaSpringTest
class PeriodSettingsTest {

  @LocalServerPort
  int port;
  @Autowired
  AppraisalDriver driver;

  @Test
  void hrSetsThePeriodsDeadlinesAndNewAppraisalsUseThem() {
    int year = AppraisalDriver.newYear();
    var saved = put(DemoUsers.HR, "/api/periods/" + year + "/settings", """
        {"planDeadline":"%d-02-28","planReminderDays":10,"finalAssessmentOpens":"%d-01-05",
         "appealWindowDays":21,"appealDecisionDays":10,"appealReminderDays":2,
         "evaluationFrequency":"SEMESTER","evaluationDueDays":15,"evaluationReminderDays":4}""".formatted(year, year + 1));
    assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
    assertThat(saved.body()).as("left out, the appeal's explanations keep 7 days").contains("\"appealExplanationDays\":7");

    ProcessInstance instance = driver.start(DemoUsers.STAFF, year);

    assertThat(driver.variable(instance, "batasRencana")).isEqualTo(endOf(LocalDate.of(year, 2, 28)));
    assertThat(driver.variable(instance, "pengingatRencana")).isEqualTo(endOf(LocalDate.of(year, 2, 18)));
    assertThat(driver.variable(instance, "jendelaKeberatan")).isEqualTo("P21D");
    assertThat(driver.variable(instance, "pengingatPutusanKeberatan")).isEqualTo("P8D");
    assertThat(driver.variable(instance, "akhirPeriode")).isEqualTo(startOf(LocalDate.of(year + 1, 1, 5)));
    assertThat(saved.body()).contains("\"evaluationFrequency\":\"SEMESTER\"", "\"evaluationDueDays\":15",
        "\"evaluationReminderDays\":4");
  }

  @Test
  void theAnnualAssessmentOpensTheDayAfterThePeriodEndsAndNeverBefore() {
    int year = AppraisalDriver.newYear();
    var defaults = Http.demoUser(port, DemoUsers.HR).get("/api/periods/" + year + "/settings");
    assertThat(defaults.body()).contains("\"finalAssessmentOpens\":\"" + (year + 1) + "-01-01\"",
        "\"evaluationFrequency\":\"QUARTERLY\"", "\"evaluationDueDays\":10", "\"evaluationReminderDays\":3");

    var refused = put(DemoUsers.HR, "/api/periods/" + year + "/settings", """
        {"planDeadline":"%d-01-31","planReminderDays":7,"finalAssessmentOpens":"%d-12-31",
         "appealWindowDays":14,"appealDecisionDays":14,"appealReminderDays":3,
         "evaluationDueDays":0,"evaluationReminderDays":0}""".formatted(year, year));
    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(refused.body()).contains("paling cepat " + (year + 1) + "-01-01", "batas evaluasi periodik 1 sampai 60 hari");
    var reminderAfterDue = put(DemoUsers.HR, "/api/periods/" + year + "/settings", """
        {"planDeadline":"%d-01-31","planReminderDays":7,"finalAssessmentOpens":"%d-01-01",
         "appealWindowDays":14,"appealDecisionDays":14,"appealReminderDays":3,
         "evaluationDueDays":5,"evaluationReminderDays":5}""".formatted(year, year + 1));
    assertThat(reminderAfterDue.statusCode()).isEqualTo(400);
    assertThat(reminderAfterDue.body()).contains("pengingat evaluasi periodik");

    // A row written before the rule (31 December) still opens the assessment only on 1 January.
    driver.jdbc.sql("insert into kinerja.appraisal_period (period_year, plan_deadline, final_assessment_opens)"
        + " values (?, ?, ?)").params(year, LocalDate.of(year, 1, 31), LocalDate.of(year, 12, 31)).update();
    ProcessInstance instance = driver.start(DemoUsers.STAFF, year);
    assertThat(driver.variable(instance, "akhirPeriode")).isEqualTo(startOf(LocalDate.of(year + 1, 1, 1)));
  }

  @Test
  void nonsenseSettingsAreRefusedAndOnlyHrMaySetThem() {
    String body = """
        {"planDeadline":"2041-12-31","planReminderDays":-1,"finalAssessmentOpens":"2041-01-01",
         "appealWindowDays":0,"appealDecisionDays":14,"appealReminderDays":3,"appealExplanationDays":14}""";
    var refused = put(DemoUsers.HR, "/api/periods/2041/settings", body);
    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(refused.body()).contains("sesudah batas SKP", "paling sedikit 1 hari", "tidak boleh negatif",
        "batas penjelasan keberatan paling sedikit 1 hari dan harus sebelum batas keputusan keberatan");
    assertThat(put(DemoUsers.STAFF, "/api/periods/2041/settings", body).statusCode()).isEqualTo(403);
  }

  @Test
  void hrEntersOrganisationGoals() {
    int year = AppraisalDriver.newYear();
    var created = Http.demoUser(port, DemoUsers.HR).postJson("/api/periods/" + year + "/goals",
        "{\"description\":\"Meningkatnya indeks kepuasan masyarakat Kota Palembang\"}");
    assertThat(created.statusCode()).isEqualTo(201);
    assertThat(Http.demoUser(port, DemoUsers.HR).get("/api/periods/" + year + "/goals").body()).contains("indeks kepuasan");
    assertThat(Http.demoUser(port, DemoUsers.HR).postJson("/api/periods/" + year + "/goals", "{\"description\":\"x\"}")
        .statusCode()).isEqualTo(400);
  }

  private java.net.http.HttpResponse<String> put(String user, String path, String body) {
    Http http = Http.demoUser(port, user);
    return http.send(http.request(path).header("Content-Type", "application/json")
        .PUT(java.net.http.HttpRequest.BodyPublishers.ofString(body)));
  }

  private static Date startOf(LocalDate date) {
    return Date.from(date.atStartOfDay(ZoneId.systemDefault()).toInstant());
  }

  private static Date endOf(LocalDate date) {
    return Date.from(date.plusDays(1).atStartOfDay(ZoneId.systemDefault()).minusSeconds(1).toInstant());
  }
}

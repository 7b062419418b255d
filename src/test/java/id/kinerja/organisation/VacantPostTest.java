package id.kinerja.organisation;

import static id.kinerja.appraisal.AppraisalDriver.approve;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.kinerja.DemoUsers;
import id.kinerja.Http;
import id.kinerja.KinerjaSpringTest;
import id.kinerja.appraisal.AppraisalDriver;
import id.kinerja.security.Groups;
import java.time.LocalDate;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A rater post with no holder and no Plt/Plh: the next post up holds the task, HR is asked to
 * appoint a Plt/Plh, and the Plt appointed later receives the open tasks. HR never rates.
 */
@KinerjaSpringTest
class VacantPostTest {

  @LocalServerPort
  int port;
  @Autowired
  AppraisalDriver driver;
  @Autowired
  TaskService taskService;
  @Autowired
  JdbcClient jdbc;
  @Autowired
  OrganisationRepository repository;

  @Test
  void theCamatActsForAVacantLurahPostUntilHrAppointsAPltWhoThenReceivesTheOpenTask() {
    VacantKelurahan vacancy = vacantKelurahan();
    int year = AppraisalDriver.newYear();
    driver.approvedPlan(DemoUsers.CAMAT, year);
    ProcessInstance appraisal = submittedPlan(vacancy, year);

    Task review = driver.task(appraisal, "Task_PeriksaSkp");
    assertThat(review.getAssignee()).isEqualTo(DemoUsers.CAMAT);
    assertThat(candidateGroups(review)).doesNotContain(Groups.PENGELOLA_KINERJA);
    assertThat(driver.variable(appraisal, "atasanNip")).isEqualTo(DemoUsers.CAMAT);

    Task appoint = appointmentTask(vacancy.lurahPost());
    assertThat(candidateGroups(appoint)).containsExactly(Groups.PENGELOLA_KINERJA);
    assertThat(appoint.getDueDate()).isNotNull();
    assertThat(taskService.getVariable(appoint.getId(), "namaJabatan")).isEqualTo("Lurah Uji " + vacancy.suffix());
    assertThat(openVacancies()).contains(vacancy.lurahPost());

    // A Plt who starts next week does not fill the post today: refused, the task stays open.
    assertThatThrownBy(() -> driver.complete(DemoUsers.HR, appoint, appointment(DemoUsers.SEKCAM, LocalDate.now().plusDays(7))))
        .isInstanceOf(ProcessEngineException.class).hasMessageContaining("Tanggal mulai tidak boleh sesudah hari ini");
    assertThat(appointmentTask(vacancy.lurahPost()).getId()).isEqualTo(appoint.getId());

    driver.complete(DemoUsers.HR, appoint, appointment(DemoUsers.SEKCAM, LocalDate.now()));

    Task moved = driver.task(appraisal, "Task_PeriksaSkp");
    assertThat(moved.getAssignee()).isEqualTo(DemoUsers.SEKCAM);
    assertThat(driver.variable(appraisal, "atasanNip")).isEqualTo(DemoUsers.SEKCAM);
    assertThat(openVacancies()).doesNotContain(vacancy.lurahPost());
    driver.complete(DemoUsers.SEKCAM, moved, approve());
    driver.runDueJobs(appraisal);
    assertThat(jdbc.sql("select p.approved_by from kinerja.performance_plan p join kinerja.appraisal a on a.id = p.appraisal_id"
        + " where a.nip = ? and a.period_year = ?").params(vacancy.staffNip(), year).query(String.class).single())
        .isEqualTo(DemoUsers.SEKCAM);
  }

  @Test
  void aPltAppointedThroughTheDirectoryEndsHrsAppointmentTaskAndTakesTheOpenTask() {
    VacantKelurahan vacancy = vacantKelurahan();
    int year = AppraisalDriver.newYear();
    driver.approvedPlan(DemoUsers.CAMAT, year);
    ProcessInstance appraisal = submittedPlan(vacancy, year);
    assertThat(appointmentTask(vacancy.lurahPost())).isNotNull();

    var response = Http.demoUser(port, DemoUsers.HR).postJson("/api/organisation/acting", """
        {"positionCode":"%s","nip":"%s","kind":"PLH","startDate":"%s","endDate":"%s"}
        """.formatted(vacancy.lurahPost(), DemoUsers.SEKCAM, LocalDate.now(), LocalDate.now().plusDays(30)));

    assertThat(response.statusCode()).isEqualTo(201);
    assertThat(taskService.createTaskQuery().processInstanceBusinessKey(vacancy.lurahPost()).count()).isZero();
    assertThat(driver.task(appraisal, "Task_PeriksaSkp").getAssignee()).isEqualTo(DemoUsers.SEKCAM);
  }

  @Test
  void aSecondTaskOfTheSameVacancyDoesNotAskHrTwice() {
    VacantKelurahan vacancy = vacantKelurahan();
    int year = AppraisalDriver.newYear();
    driver.approvedPlan(DemoUsers.CAMAT, year);
    submittedPlan(vacancy, year);
    submittedPlan(vacancy, AppraisalDriver.newYear());

    assertThat(taskService.createTaskQuery().processInstanceBusinessKey(vacancy.lurahPost()).count()).isEqualTo(1);
    assertThat(Http.demoUser(port, DemoUsers.HR).get("/api/organisation/vacant-posts").body()).contains(vacancy.lurahPost());
  }

  @Test
  void anAppealToAVacantReviewerPostGoesToTheNextPostUpNeverTheRaterAndThenToItsPlt() {
    VacantKelurahan vacancy = VacantKelurahan.withSectionHead(Http.demoUser(port, DemoUsers.HR));
    int year = AppraisalDriver.newYear();
    ProcessInstance appraisal = driver.planned(vacancy.staffNip(), vacancy.sectionHeadNip(), year);
    driver.rated(appraisal, vacancy.staffNip(), vacancy.sectionHeadNip(), "DI_BAWAH_EKSPEKTASI", "SESUAI_EKSPEKTASI",
        "SESUAI_EKSPEKTASI");
    driver.complete(vacancy.staffNip(), appraisal, "Task_TinjauHasil", AppraisalDriver.appeal());
    driver.runDueJobs(appraisal);

    Task review = driver.task(appraisal, "Task_PeriksaKeberatan");
    assertThat(review.getAssignee()).isEqualTo(DemoUsers.CAMAT);
    assertThat(candidateGroups(review)).doesNotContain(Groups.PENGELOLA_KINERJA);
    Task appoint = appointmentTask(vacancy.lurahPost());
    driver.complete(DemoUsers.HR, appoint, appointment(DemoUsers.SEKCAM, LocalDate.now()));

    assertThat(driver.task(appraisal, "Task_PeriksaKeberatan").getAssignee()).isEqualTo(DemoUsers.SEKCAM);
    assertThat(driver.variable(appraisal, "peninjauNip")).isEqualTo(DemoUsers.SEKCAM);
  }

  @Test
  void withTheFallbackTungguTheTaskOfAVacantPostWaitsForItsPlt() {
    VacantKelurahan vacancy = vacantKelurahan();
    ReportingLine waiting = new ReportingLine(repository, ReportingLine.VacantPostFallback.TUNGGU);

    ReportingLine.Duty duty = waiting.raterDutyOf(vacancy.staffNip(), LocalDate.now()).orElseThrow();

    assertThat(duty.vacant()).isTrue();
    assertThat(duty.holder()).isEmpty();
    assertThat(duty.postCode()).isEqualTo(vacancy.lurahPost());
  }

  private VacantKelurahan vacantKelurahan() {
    return VacantKelurahan.create(Http.demoUser(port, DemoUsers.HR));
  }

  private ProcessInstance submittedPlan(VacantKelurahan vacancy, int year) {
    ProcessInstance appraisal = driver.start(vacancy.staffNip(), year);
    Task draft = driver.task(appraisal, "Task_SusunSkp");
    driver.complete(vacancy.staffNip(), draft, driver.plan(draft));
    return appraisal;
  }

  private Task appointmentTask(String post) {
    return taskService.createTaskQuery().processDefinitionKey(AppointmentProcess.KEY).processInstanceBusinessKey(post)
        .singleResult();
  }

  private java.util.List<String> candidateGroups(Task task) {
    return taskService.getIdentityLinksForTask(task.getId()).stream().map(IdentityLink::getGroupId)
        .filter(java.util.Objects::nonNull).toList();
  }

  private java.util.List<String> openVacancies() {
    return jdbc.sql("select position_code from kinerja.vacant_post where filled_at is null").query(String.class).list();
  }

  private static Map<String, Object> appointment(String nip, LocalDate start) {
    return Map.of(OrganisationForms.ACTING_NIP, nip, OrganisationForms.ACTING_KIND, "PLT",
        OrganisationForms.ACTING_START, start.toString(), OrganisationForms.ACTING_END, start.plusMonths(6).toString());
  }
}

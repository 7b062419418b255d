package id.kinerja.appraisal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.kinerja.DemoUsers;
import id.kinerja.Http;
import id.kinerja.KinerjaSpringTest;
import id.kinerja.process.JsonVariables;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * "Pemantauan dan pembinaan": evaluation periods that follow the calendar (opening when the period
 * ends or earlier on the employee's request, due dates, reminder, escalation), realisation and
 * feedback per RHK, and coaching on request until the final rating.
 */
@KinerjaSpringTest
class MonitoringTest {

  @Autowired
  AppraisalDriver driver;
  @Autowired
  ProcessEngine engine;
  @Autowired
  FormService formService;
  @Autowired
  JdbcClient jdbc;
  @Autowired
  AppraisalRepository appraisals;
  @LocalServerPort
  int port;

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void fourQuartersOfRealisationAndFeedbackPerRhkAreRecorded() {
    int year = AppraisalDriver.newYear();
    ProcessInstance instance = driver.planned(DemoUsers.STAFF, DemoUsers.LURAH, year);
    String[] labels = {"TW I", "TW II", "TW III", "TW IV"};
    assertThat(driver.variable(instance, "jumlahPeriodeEvaluasi")).isEqualTo(4);

    for (int quarter = 1; quarter <= 4; quarter++) {
      driver.openPeriod(instance, quarter);
      Task realisation = driver.periodTask(instance, "Task_CatatRealisasi", quarter);
      assertThat(driver.tasks.getVariable(realisation.getId(), "labelTriwulan")).isEqualTo(labels[quarter - 1]);
      Object previousFeedback = driver.tasks.getVariable(realisation.getId(), "umpanBalikSebelumnya");
      assertThat(previousFeedback).isEqualTo(quarter == 1 ? null
          : "Meningkatnya partisipasi warga dalam program pendidikan nonformal: " + AppraisalDriver.FEEDBACK);
      driver.complete(DemoUsers.STAFF, realisation, driver.realisation(realisation));
      Task review = driver.periodTask(instance, "Task_UmpanBalikTriwulan", quarter);
      assertThat(review.getAssignee()).isEqualTo(DemoUsers.LURAH);
      assertThat(JsonVariables.rows(driver.tasks.getVariable(review.getId(), "umpanBalikRhk"))).singleElement()
          .satisfies(row -> assertThat(String.valueOf(row.get("ringkasanRealisasi"))).contains("3 kegiatan", "88%"));
      driver.complete(DemoUsers.LURAH, review, driver.quarterlyReview(review, "DI_ATAS_EKSPEKTASI", "SESUAI_EKSPEKTASI"));
    }

    assertThat(instance).isWaitingAt("Event_PeriodeBerakhir");
    long appraisal = (Long) driver.variable(instance, "penilaianId");
    assertThat(jdbc.sql("select predicate from kinerja.quarterly_review where appraisal_id = ? order by quarter")
        .param(appraisal).query(String.class).list()).containsExactly("BAIK", "BAIK", "BAIK", "BAIK");
    assertThat(jdbc.sql("select count(*) from kinerja.realisation where appraisal_id = ? and feedback = ?")
        .params(appraisal, AppraisalDriver.FEEDBACK).query(Integer.class).single()).isEqualTo(4);
  }

  @Test
  void aQuarterOpensWhenItEndsIsDueTenDaysLaterRemindsAndEscalatesToHr() {
    int year = AppraisalDriver.newYear();
    ProcessInstance instance = driver.planned(DemoUsers.STAFF, DemoUsers.LURAH, year);
    List<Job> openings = engine.getManagementService().createJobQuery().processInstanceId(instance.getId())
        .activityId("Timer_PeriodeEvaluasiBerakhir").orderByJobDuedate().asc().list();
    assertThat(openings).extracting(Job::getDuedate).containsExactly(at(year, 4, 1), at(year, 7, 1), at(year, 10, 1),
        at(year + 1, 1, 1));

    ClockUtil.setCurrentTime(at(LocalDateTime.of(year, 3, 31, 23, 0)));
    driver.runDueJobsOnCalendar(instance);
    assertThat(driver.hasTask(instance, "Task_CatatRealisasi")).as("TW I is still running").isFalse();

    ClockUtil.setCurrentTime(at(LocalDateTime.of(year, 4, 1, 0, 1)));
    driver.runDueJobsOnCalendar(instance);
    Task realisation = driver.task(instance, "Task_CatatRealisasi");
    assertThat(driver.periodOf(realisation.getExecutionId())).isEqualTo(1);
    assertThat(realisation.getDueDate()).isEqualTo(endOf(LocalDate.of(year, 4, 10)));
    assertThat(driver.tasks.getVariable(realisation.getId(), "labelBatasEvaluasi")).isEqualTo("10 April " + year);

    driver.openPeriod(instance, 2);
    Task otherPeriod = driver.periodTask(instance, "Task_CatatRealisasi", 2);

    ClockUtil.setCurrentTime(at(LocalDateTime.of(year, 4, 8, 9, 0)));
    driver.runDueJobsOnCalendar(instance);
    assertThat(driver.periodTask(instance, "Task_CatatRealisasi", 1).getPriority()).isEqualTo(80);
    assertThat(driver.periodTask(instance, "Task_CatatRealisasi", 2).getPriority()).as("TW II is not late")
        .isEqualTo(otherPeriod.getPriority()).isLessThan(80);
    assertThat(driver.tasks.getTaskComments(realisation.getId())).singleElement()
        .satisfies(c -> assertThat(c.getFullMessage()).contains("Pengingat", "evaluasi TW I", "10 April " + year));
    assertThat(driver.hasTask(instance, "Task_EskalasiEvaluasi")).isFalse();

    ClockUtil.setCurrentTime(at(LocalDateTime.of(year, 4, 11, 0, 1)));
    driver.runDueJobsOnCalendar(instance);
    Task escalation = driver.task(instance, "Task_EskalasiEvaluasi");
    assertThat(driver.tasks.getIdentityLinksForTask(escalation.getId()))
        .anySatisfy(l -> assertThat(l.getGroupId()).isEqualTo("pengelola-kinerja"));
    assertThat(driver.tasks.getVariable(escalation.getId(), "tahapTerlambat")).isEqualTo("Evaluasi TW I");
    assertThat(driver.tasks.getVariable(escalation.getId(), "batasWaktu")).isEqualTo("10 April " + year);
    driver.complete(DemoUsers.HR, escalation, Map.of("catatanTindakLanjut", "Pegawai diminta melengkapi realisasi TW I"));

    assertThat(driver.periodTask(instance, "Task_CatatRealisasi", 1).getId()).as("the late task stays with its owner")
        .isEqualTo(realisation.getId());
    assertThat(driver.hasTask(instance, "Task_UmpanBalikTriwulan")).isFalse();
    assertThat(instance).hasPassed("EndEvent_PengingatEvaluasiTerkirim", "EndEvent_EskalasiEvaluasiSelesai");
  }

  @Test
  void aLateSkpGetsTheDueDaysFromTheDayItIsSetForQuartersAlreadyEnded() {
    int year = AppraisalDriver.newYear();
    ClockUtil.setCurrentTime(at(LocalDateTime.of(year, 5, 20, 9, 0)));
    ProcessInstance instance = driver.planned(DemoUsers.STAFF, DemoUsers.LURAH, year);

    driver.runDueJobsOnCalendar(instance);
    Task realisation = driver.task(instance, "Task_CatatRealisasi");
    assertThat(driver.periodOf(realisation.getExecutionId())).as("TW I had ended: open at once").isEqualTo(1);
    assertThat(realisation.getDueDate()).isEqualTo(endOf(LocalDate.of(year, 5, 29)));
    assertThat(driver.hasTask(instance, "Task_EskalasiEvaluasi")).isFalse();
    assertThat(engine.getManagementService().createJobQuery().processInstanceId(instance.getId())
        .activityId("Timer_BatasEvaluasi").singleResult().getDuedate()).isEqualTo(endOf(LocalDate.of(year, 5, 29)));
    Job secondQuarter = engine.getManagementService().createJobQuery().processInstanceId(instance.getId())
        .activityId("Timer_PeriodeEvaluasiBerakhir").list().stream()
        .filter(job -> driver.periodOf(job.getExecutionId()) == 2).findFirst().orElseThrow();
    assertThat(driver.runtime.getVariable(secondQuarter.getExecutionId(), "batasEvaluasi"))
        .as("TW II is due as usual").isEqualTo(endOf(LocalDate.of(year, 7, 10)));
  }

  @Test
  void theEmployeeMayOpenTheRunningQuarterEarlyButNoOtherPeriodAndNobodyElse() {
    int year = AppraisalDriver.newYear();
    ProcessInstance instance = driver.planned(DemoUsers.STAFF, DemoUsers.LURAH, year);
    ClockUtil.setCurrentTime(at(LocalDateTime.of(year, 2, 20, 10, 0)));

    assertThatThrownBy(() -> requestEarlyEvaluation(DemoUsers.LURAH))
        .hasMessageContaining("hanya dapat diminta oleh pegawai sendiri untuk periode evaluasi yang sedang berjalan");
    requestEarlyEvaluation(DemoUsers.STAFF);

    Task realisation = driver.task(instance, "Task_CatatRealisasi");
    assertThat(driver.periodOf(realisation.getExecutionId())).isEqualTo(1);
    assertThat(realisation.getDueDate()).as("the due date stays after the quarter").isEqualTo(endOf(LocalDate.of(year, 4, 10)));
    assertThat(instance).hasPassed("Event_EvaluasiLebihAwal");
    assertThatThrownBy(() -> requestEarlyEvaluation(DemoUsers.STAFF)).as("TW II has not begun")
        .hasMessageContaining("periode evaluasi yang sedang berjalan");
    assertThat(driver.tasks.createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey("Task_CatatRealisasi")
        .count()).isEqualTo(1);
    assertThat(jdbc.sql("select count(*) from kinerja.notification where appraisal_id = ? and kind = 'EVALUASI_LEBIH_AWAL'")
        .param(driver.variable(instance, "penilaianId")).query(Integer.class).single()).isEqualTo(2);
  }

  @Test
  void aSemesterYearHasTwoEvaluationsEndingInJuneAndDecember() {
    int year = AppraisalDriver.newYear();
    PeriodSettings d = PeriodSettings.defaults(year);
    appraisals.saveSettings(new PeriodSettings(year, d.planDeadline(), d.planReminderDays(), d.finalAssessmentOpens(),
        d.appealWindowDays(), d.appealDecisionDays(), d.appealReminderDays(), false, d.explanationDays(),
        EvaluationFrequency.SEMESTER, 14, 5));
    ProcessInstance instance = driver.planned(DemoUsers.STAFF, DemoUsers.LURAH, year);

    assertThat(driver.variable(instance, "jumlahPeriodeEvaluasi")).isEqualTo(2);
    assertThat(engine.getManagementService().createJobQuery().processInstanceId(instance.getId())
        .activityId("Timer_PeriodeEvaluasiBerakhir").orderByJobDuedate().asc().list())
        .extracting(Job::getDuedate).containsExactly(at(year, 7, 1), at(year + 1, 1, 1));
    driver.openPeriod(instance, 1);
    Task first = driver.task(instance, "Task_CatatRealisasi");
    assertThat(driver.tasks.getVariable(first.getId(), "labelTriwulan")).isEqualTo("Semester I");
    assertThat(first.getDueDate()).isEqualTo(endOf(LocalDate.of(year, 7, 14)));
    driver.quarters(instance, DemoUsers.STAFF, DemoUsers.LURAH, 2);

    assertThat(instance).isWaitingAt("Event_PeriodeBerakhir");
    assertThat(jdbc.sql("select quarter from kinerja.quarterly_review where appraisal_id = ? order by quarter")
        .param(driver.variable(instance, "penilaianId")).query(Integer.class).list()).containsExactly(1, 2);
    driver.fireTimer(instance, "Event_PeriodeBerakhir");
    Task self = driver.task(instance, "Task_PenilaianMandiri");
    driver.complete(DemoUsers.STAFF, self, driver.selfAssessment(self));
    assertThat(driver.tasks.getVariable(driver.task(instance, "Task_NilaiKinerja").getId(), "ringkasanTriwulan"))
        .asString().startsWith("Semester I: hasil kerja").contains("\nSemester II: hasil kerja");
  }

  @Test
  void feedbackMustNameEveryRhkOnceOrTheTaskStaysOpen() throws Exception {
    int year = AppraisalDriver.newYear();
    driver.approvedPlan(DemoUsers.LURAH, year);
    ProcessInstance instance = driver.start(DemoUsers.STAFF, year);
    Task draft = driver.task(instance, "Task_SusunSkp");
    String parent = driver.firstParentOption(draft);
    Map<String, Object> second = AppraisalDriver.planRow(parent, "TAMBAHAN");
    second.put("uraian", "Tersusunnya laporan kegiatan pemberdayaan masyarakat kelurahan");
    driver.complete(DemoUsers.STAFF, draft, AppraisalDriver.plan(List.of(AppraisalDriver.planRow(parent, "UTAMA"), second)));
    driver.complete(DemoUsers.LURAH, instance, "Task_PeriksaSkp", AppraisalDriver.approve());
    driver.runDueJobs(instance);
    driver.openPeriod(instance, 1);
    Task realisation = driver.task(instance, "Task_CatatRealisasi");
    driver.complete(DemoUsers.STAFF, realisation, driver.realisation(realisation));
    Task review = driver.task(instance, "Task_UmpanBalikTriwulan");
    List<Map<String, Object>> rows = JsonVariables.rows(driver.quarterlyReview(review, "SESUAI_EKSPEKTASI",
        "SESUAI_EKSPEKTASI").get("umpanBalikRhk"));
    assertThat(rows).hasSize(2);

    var missing = completeOverRest(DemoUsers.LURAH, review, List.of(rows.get(0)));
    assertThat(missing.statusCode()).as(missing.body()).isEqualTo(400);
    assertThat(missing.body()).contains("Umpan balik per RHK wajib diisi, paling sedikit 2 baris");
    var twice = completeOverRest(DemoUsers.LURAH, review, List.of(rows.get(0), rows.get(0)));
    assertThat(twice.statusCode()).as(twice.body()).isEqualTo(400);
    assertThat(twice.body()).contains("setiap RHK tepat satu kali");

    assertThat(driver.task(instance, "Task_UmpanBalikTriwulan").getId()).isEqualTo(review.getId());
    assertThat(jdbc.sql("select count(*) from kinerja.realisation where appraisal_id = ? and feedback is not null")
        .param(driver.variable(instance, "penilaianId")).query(Integer.class).single()).isZero();
    assertThat(completeOverRest(DemoUsers.LURAH, review, rows).statusCode()).isEqualTo(204);
    assertThat(jdbc.sql("select count(*) from kinerja.realisation where appraisal_id = ? and feedback is not null")
        .param(driver.variable(instance, "penilaianId")).query(Integer.class).single()).isEqualTo(2);
  }

  @Test
  void aRealisationWithoutEvidenceIsRefusedAndNothingIsWritten() {
    int year = AppraisalDriver.newYear();
    ProcessInstance instance = driver.planned(DemoUsers.STAFF, DemoUsers.LURAH, year);
    driver.openPeriod(instance, 1);
    Task realisation = driver.task(instance, "Task_CatatRealisasi");
    var rows = JsonVariables.rows(driver.realisation(realisation).get("realisasi"));
    rows.get(0).put("buktiDukung", "bukan tautan");
    rows.get(0).put("realisasiKualitas", 140);

    assertThatThrownBy(() -> driver.complete(DemoUsers.STAFF, realisation, Map.of("realisasi", JsonVariables.of(rows))))
        .isInstanceOf(ProcessEngineException.class)
        .hasMessageContaining("Bukti dukung harus tautan")
        .hasMessageContaining("Realisasi kualitas (%) harus antara 0 dan 100");
    assertThat(driver.task(instance, "Task_CatatRealisasi").getId()).isEqualTo(realisation.getId());
    assertThat(jdbc.sql("select count(*) from kinerja.realisation where appraisal_id = ?")
        .param(driver.variable(instance, "penilaianId")).query(Integer.class).single()).isZero();
  }

  @Test
  void coachingOnRequestRunsBesideTheQuarterWithoutDisturbingIt() {
    int year = LocalDate.now().getYear();
    driver.jdbc.sql("delete from kinerja.appraisal where nip = ? and period_year = ? and process_instance_id is null")
        .params(DemoUsers.LURAH, year).update();
    ProcessInstance instance = driver.planned(DemoUsers.OTHER_STAFF, DemoUsers.LURAH, year);
    driver.openPeriod(instance, 1);
    Task quarterTask = driver.task(instance, "Task_CatatRealisasi");

    requestCoaching(DemoUsers.OTHER_STAFF, DemoUsers.OTHER_STAFF, "Saya perlu bimbingan penyusunan laporan digital");
    requestCoaching(DemoUsers.LURAH, DemoUsers.OTHER_STAFF, "Pembinaan pemanfaatan aplikasi layanan kelurahan");

    assertThat(driver.tasks.createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey("Task_CatatDialog").list())
        .hasSize(2).allSatisfy(t -> assertThat(t.getAssignee()).isEqualTo(DemoUsers.LURAH));
    completeCoaching(instance, DemoUsers.LURAH, DemoUsers.OTHER_STAFF);

    assertThat(driver.task(instance, "Task_CatatRealisasi").getId()).as("the quarter is undisturbed").isEqualTo(quarterTask.getId());
    long appraisal = (Long) driver.variable(instance, "penilaianId");
    assertThat(jdbc.sql("select count(*) from kinerja.coaching_session where appraisal_id = ? and competency_score = 2"
            + " and employee_feedback is not null").param(appraisal).query(Integer.class).single()).isEqualTo(2);
    assertThat(instance).hasPassed("EndEvent_DialogSelesai");
  }

  @Test
  void coachingAskedInDecemberAfterTwIvAndDuringTheFinalAssessmentUntilTheRating() {
    int year = AppraisalDriver.newYear();
    ProcessInstance instance = driver.planned(DemoUsers.STAFF, DemoUsers.LURAH, year);
    driver.quarters(instance, DemoUsers.STAFF, DemoUsers.LURAH, 3);
    ClockUtil.setCurrentTime(at(LocalDateTime.of(year, 12, 5, 9, 0)));
    requestEarlyEvaluation(DemoUsers.STAFF);
    driver.evaluate(instance, DemoUsers.STAFF, DemoUsers.LURAH, 4, "SESUAI_EKSPEKTASI", "SESUAI_EKSPEKTASI");
    assertThat(instance).isWaitingAt("Event_PeriodeBerakhir");

    ClockUtil.setCurrentTime(at(LocalDateTime.of(year, 12, 15, 9, 0)));
    requestCoaching(DemoUsers.STAFF, DemoUsers.STAFF, "Persiapan penilaian akhir tahun dan bukti dukung");
    completeCoaching(instance, DemoUsers.LURAH, DemoUsers.STAFF);
    assertThat(instance).hasPassed("EndEvent_DialogSelesai").isWaitingAt("Event_PeriodeBerakhir");

    ClockUtil.setCurrentTime(at(LocalDateTime.of(year + 1, 1, 1, 0, 1)));
    driver.runDueJobsOnCalendar(instance);
    Task self = driver.task(instance, "Task_PenilaianMandiri");
    driver.complete(DemoUsers.STAFF, self, driver.selfAssessment(self));
    requestCoaching(DemoUsers.LURAH, DemoUsers.STAFF, "Pembahasan capaian sebelum penilaian akhir");
    assertThat(driver.hasTask(instance, "Task_CatatDialog")).as("asked in January for last year's appraisal").isTrue();
    completeCoaching(instance, DemoUsers.LURAH, DemoUsers.STAFF);
    driver.complete(DemoUsers.LURAH, instance, "Task_NilaiKinerja",
        AppraisalDriver.rating("SESUAI_EKSPEKTASI", "SESUAI_EKSPEKTASI", "SESUAI_EKSPEKTASI"));

    assertThatThrownBy(() -> requestCoaching(DemoUsers.STAFF, DemoUsers.STAFF, "Dialog sesudah penilaian akhir selesai"))
        .hasMessageContaining("sampai penilaian kinerja akhir selesai");
    assertThat(jdbc.sql("select count(*) from kinerja.coaching_session where appraisal_id = ?")
        .param(driver.variable(instance, "penilaianId")).query(Integer.class).single()).isEqualTo(2);
  }

  @Test
  void onlyTheEmployeeOrTheirRaterMayAskForCoaching() {
    int year = LocalDate.now().getYear();
    assertThatThrownBy(() -> requestCoaching(DemoUsers.CAMAT, DemoUsers.STAFF, "Saya ingin membina staf kelurahan"))
        .hasMessageContaining("hanya dapat diminta oleh pegawai sendiri atau pejabat penilainya");
    assertThatThrownBy(() -> requestCoaching(DemoUsers.KOMPERTA_STAFF, DemoUsers.KOMPERTA_STAFF, "Dialog tentang target"))
        .hasMessageContaining("sejak SKP ditetapkan sampai penilaian kinerja akhir selesai (penilaian tahun " + year + ")");
  }

  private void completeCoaching(ProcessInstance instance, String rater, String employee) {
    for (Task record : driver.tasks.createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey("Task_CatatDialog").list()) {
      driver.complete(rater, record, Map.of("tanggalDialog", LocalDate.now().toString(),
          "catatanDialog", "Membahas kendala pelaporan digital", "tindakLanjutDisepakati", "Ikut pendampingan aplikasi",
          "kompetensiDievaluasi", "LITERASI_DIGITAL", "skorKompetensi", 2));
    }
    for (Task feedback : driver.tasks.createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey("Task_UmpanBalikDialog").list()) {
      driver.complete(employee, feedback, Map.of("umpanBalikPegawai", "Dialog sangat membantu"));
    }
  }

  private void requestCoaching(String requester, String nip, String topic) {
    submitStart(requester, "permintaan-dialog-kinerja", Map.of("nipPegawai", nip, "topikDialog", topic));
  }

  private void requestEarlyEvaluation(String requester) {
    submitStart(requester, "permintaan-evaluasi-awal",
        Map.of("alasanEvaluasiAwal", "Seluruh target periode ini sudah selesai dikerjakan"));
  }

  private void submitStart(String requester, String key, Map<String, Object> answers) {
    driver.identity.setAuthentication(requester, driver.identity.createGroupQuery().groupMember(requester).list()
        .stream().map(g -> g.getId()).toList());
    try {
      formService.submitStartForm(engine.getRepositoryService().createProcessDefinitionQuery()
          .processDefinitionKey(key).latestVersion().singleResult().getId(), answers);
    } finally {
      driver.identity.clearAuthentication();
    }
  }

  private java.net.http.HttpResponse<String> completeOverRest(String user, Task task, List<Map<String, Object>> rows)
      throws Exception {
    ObjectMapper json = new ObjectMapper();
    Map<String, Object> variables = new LinkedHashMap<>();
    variables.put("umpanBalikRhk", Map.of("value", json.writeValueAsString(new ArrayList<>(rows)), "type", "Json"));
    variables.put("ratingHasilKerja", Map.of("value", "SESUAI_EKSPEKTASI"));
    variables.put("ratingPerilakuKerja", Map.of("value", "SESUAI_EKSPEKTASI"));
    return Http.demoUser(port, user).postJson("/engine-rest/task/" + task.getId() + "/complete",
        json.writeValueAsString(Map.of("variables", variables)));
  }

  private static Date at(int year, int month, int day) {
    return at(LocalDate.of(year, month, day).atStartOfDay());
  }

  private static Date at(LocalDateTime time) {
    return Date.from(time.atZone(ZoneId.systemDefault()).toInstant());
  }

  private static Date endOf(LocalDate date) {
    return Date.from(date.plusDays(1).atStartOfDay(ZoneId.systemDefault()).minusSeconds(1).toInstant());
  }

  /**
   * The realisation form numbers the RHK as the employee numbered them in the SKP (not database
   * ids) and shows every target beside its realisation; a number the SKP lacks is refused.
   */
  @Test
  void realisationRowsAreNumberedAsInTheSkpWithTheirTargets() {
    int year = AppraisalDriver.newYear();
    driver.approvedPlan(DemoUsers.LURAH, year);
    ProcessInstance instance = driver.start(DemoUsers.STAFF, year);
    Task draft = driver.task(instance, "Task_SusunSkp");
    String parent = driver.firstParentOption(draft);
    driver.complete(DemoUsers.STAFF, draft, AppraisalDriver.plan(List.of(AppraisalDriver.planRow(parent, "UTAMA"),
        AppraisalDriver.planRow(parent, "TAMBAHAN"))));
    driver.complete(DemoUsers.LURAH, instance, "Task_PeriksaSkp", AppraisalDriver.approve());
    driver.runDueJobs(instance);
    driver.openPeriod(instance, 1);
    Task realisation = driver.periodTask(instance, "Task_CatatRealisasi", 1);
    List<Map<String, Object>> rows = JsonVariables.rows(driver.tasks.getVariable(realisation.getId(), "realisasi"));
    assertThat(rows).extracting(row -> ((Number) row.get("rhkId")).intValue()).containsExactly(1, 2);
    assertThat(rows.get(0)).containsKeys("targetKuantitas", "satuanKuantitas", "targetKualitas", "targetWaktu");

    Map<String, Object> answers = driver.realisation(realisation);
    List<Map<String, Object>> sent = JsonVariables.rows(answers.get("realisasi"));
    sent.get(1).put("rhkId", 7);
    assertThatThrownBy(() -> driver.complete(DemoUsers.STAFF, realisation, Map.of("realisasi", JsonVariables.of(sent))))
        .hasMessageContaining("RHK 7 bukan RHK SKP ini");
    driver.complete(DemoUsers.STAFF, realisation, driver.realisation(realisation));
    assertThat(jdbc.sql("select count(*) from kinerja.realisation r join kinerja.planned_result p on p.id = r.result_id"
        + " and p.appraisal_id = r.appraisal_id where r.appraisal_id = (select id from kinerja.appraisal where process_instance_id = ?)")
        .param(instance.getId()).query(Long.class).single()).isEqualTo(2);
  }

}

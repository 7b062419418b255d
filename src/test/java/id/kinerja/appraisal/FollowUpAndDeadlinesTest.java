package id.kinerja.appraisal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import id.kinerja.DemoUsers;
import id.kinerja.KinerjaSpringTest;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** "Tindak lanjut" after the final result, and the deadlines with their reminders and escalations. */
@KinerjaSpringTest
class FollowUpAndDeadlinesTest {

  @Autowired
  AppraisalDriver driver;
  @Autowired
  ProcessEngine engine;
  @Autowired
  JdbcClient jdbc;


  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void aLowPredicateRefersToTrainingWhichHrPlansAndTheEmployeeAcknowledges() {
    ProcessInstance instance = final_("DI_BAWAH_EKSPEKTASI", "SESUAI_EKSPEKTASI", "DI_BAWAH_EKSPEKTASI");

    Task plan = driver.task(instance, "Task_RencanakanPelatihan");
    assertThat(driver.tasks.getVariable(plan.getId(), "topikPelatihan")).isEqualTo("Peningkatan kinerja, Kompetensi teknis jabatan");
    assertThat(driver.tasks.getIdentityLinksForTask(plan.getId())).anySatisfy(l -> assertThat(l.getGroupId()).isEqualTo("pengelola-kinerja"));
    driver.complete(DemoUsers.HR, plan, Map.of("rencanaPelatihan", "Diklat teknis pelayanan kelurahan angkatan II",
        "jadwalPelatihan", "2041-03-10"));
    driver.complete(DemoUsers.STAFF, instance, "Task_KonfirmasiRujukan", Map.of("konfirmasiRujukan", true));

    assertThat(instance).hasNotPassed("Task_ProsesPenghargaan").isEnded();
    assertThat(followUp(instance)).isEqualTo("PENINGKATAN_KINERJA,TEKNIS_JABATAN|Diklat teknis pelayanan kelurahan angkatan II|"
        + DemoUsers.HR + "|TRUE");
  }

  @Test
  void aVeryGoodPredicateIsNominatedForAnAwardThatHrProcesses() {
    ProcessInstance instance = final_("DI_ATAS_EKSPEKTASI", "DI_ATAS_EKSPEKTASI", "DI_ATAS_EKSPEKTASI");

    driver.complete(DemoUsers.HR, instance, "Task_ProsesPenghargaan",
        Map.of("jenisPenghargaan", "Pegawai Teladan Kecamatan"));

    assertThat(instance).hasNotPassed("Task_RencanakanPelatihan").isEnded();
    assertThat(jdbc.sql("select award_nomination and award_kind = 'Pegawai Teladan Kecamatan' from kinerja.follow_up"
        + " where appraisal_id = (select id from kinerja.appraisal where process_instance_id = ?)").param(instance.getId())
        .query(Boolean.class).single()).isTrue();
  }

  @Test
  void thePlanDeadlineRemindsTheAssigneeBeforeAndEscalatesToHrAfter() {
    int year = AppraisalDriver.newYear();
    ProcessInstance instance = driver.start(DemoUsers.STAFF, year);
    Task draft = driver.task(instance, "Task_SusunSkp");

    ClockUtil.setCurrentTime(at(LocalDate.of(year, 1, 25)));
    driver.runDueJobs(instance);
    Task reminded = driver.task(instance, "Task_SusunSkp");
    assertThat(reminded.getPriority()).isEqualTo(80);
    assertThat(driver.tasks.getTaskComments(draft.getId())).singleElement()
        .satisfies(c -> assertThat(c.getFullMessage()).contains("Pengingat", "31 Januari " + year));
    assertThat(driver.hasTask(instance, "Task_EskalasiSkp")).isFalse();

    ClockUtil.setCurrentTime(at(LocalDate.of(year, 2, 1)));
    driver.runDueJobs(instance);
    Task escalation = driver.task(instance, "Task_EskalasiSkp");
    assertThat(driver.tasks.getVariable(escalation.getId(), "batasWaktu")).isEqualTo("31 Januari " + year);
    driver.complete(DemoUsers.HR, escalation, Map.of("catatanTindakLanjut", "Pegawai sudah dihubungi, SKP diajukan minggu ini"));

    assertThat(instance).hasPassed("EndEvent_PengingatSkpTerkirim", "EndEvent_EskalasiSkpSelesai").isWaitingAt("Task_SusunSkp");
    assertThat(jdbc.sql("select count(*) from kinerja.notification where appraisal_id = ?")
        .param(driver.variable(instance, "penilaianId")).query(Integer.class).single()).isEqualTo(2);
  }

  @Test
  void anUndecidedAppealRemindsTheReviewerAndEscalatesToHr() {
    ProcessInstance instance = driver.planned(DemoUsers.STAFF, DemoUsers.LURAH, AppraisalDriver.newYear());
    driver.rated(instance, DemoUsers.STAFF, DemoUsers.LURAH, "SESUAI_EKSPEKTASI", "SESUAI_EKSPEKTASI", "SESUAI_EKSPEKTASI");
    driver.complete(DemoUsers.STAFF, instance, "Task_TinjauHasil", AppraisalDriver.appeal());
    driver.runDueJobs(instance);

    driver.fireTimer(instance, "Timer_PengingatKeberatan");
    assertThat(driver.task(instance, "Task_PeriksaKeberatan").getPriority()).isEqualTo(80);
    driver.fireTimer(instance, "Timer_BatasKeberatan");
    driver.complete(DemoUsers.HR, instance, "Task_EskalasiKeberatan", Map.of("catatanTindakLanjut", "Camat diminta memutus hari ini"));
    driver.heard(instance, DemoUsers.CAMAT, DemoUsers.LURAH, DemoUsers.STAFF);
    driver.complete(DemoUsers.CAMAT, instance, "Task_PutuskanKeberatan", AppraisalDriver.confirmResult());

    assertThat(instance).hasPassed("EndEvent_PengingatKeberatanTerkirim", "EndEvent_EskalasiKeberatanSelesai",
        "EndEvent_KeberatanDiputus").isEnded();
  }

  @Test
  void aLowCoachingScoreAddsItsCompetencyAsTrainingTopic() {
    ProcessInstance instance = driver.planned(DemoUsers.STAFF, DemoUsers.LURAH, AppraisalDriver.newYear());
    jdbc.sql("insert into kinerja.coaching_session (appraisal_id, requested_by, topic, requested_at, competency, competency_score)"
            + " values (?, ?, 'Bimbingan aplikasi', current_timestamp, 'LITERASI_DIGITAL', 1)")
        .params(driver.variable(instance, "penilaianId"), DemoUsers.STAFF).update();
    driver.rated(instance, DemoUsers.STAFF, DemoUsers.LURAH, "SESUAI_EKSPEKTASI", "SESUAI_EKSPEKTASI", "SESUAI_EKSPEKTASI");
    driver.complete(DemoUsers.STAFF, instance, "Task_TinjauHasil", AppraisalDriver.accept());

    assertThat(driver.variable(instance, "topikPelatihan")).isEqualTo("Literasi digital / teknologi informasi");
    assertThat(instance).isWaitingAt("Task_RencanakanPelatihan", "Task_KonfirmasiRujukan");
  }

  private ProcessInstance final_(String results, String behaviour, String kompeten) {
    ProcessInstance instance = driver.planned(DemoUsers.STAFF, DemoUsers.LURAH, AppraisalDriver.newYear());
    driver.rated(instance, DemoUsers.STAFF, DemoUsers.LURAH, results, behaviour, kompeten);
    driver.complete(DemoUsers.STAFF, instance, "Task_TinjauHasil", AppraisalDriver.accept());
    return instance;
  }

  private String followUp(ProcessInstance instance) {
    return jdbc.sql("select training_topics || '|' || training_plan || '|' || planned_by || '|' || (employee_ack_at is not null)"
            + " from kinerja.follow_up where appraisal_id = (select id from kinerja.appraisal where process_instance_id = ?)")
        .param(instance.getId()).query(String.class).single();
  }

  private static Date at(LocalDate date) {
    return Date.from(date.atTime(9, 0).atZone(ZoneId.systemDefault()).toInstant());
  }
}

package id.kinerja.appraisal;

import static id.kinerja.appraisal.AppraisalDriver.accept;
import static id.kinerja.appraisal.AppraisalDriver.appeal;
import static id.kinerja.appraisal.AppraisalDriver.askExplanation;
import static id.kinerja.appraisal.AppraisalDriver.changeResult;
import static id.kinerja.appraisal.AppraisalDriver.confirmResult;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import id.kinerja.DemoUsers;
import id.kinerja.Http;
import id.kinerja.KinerjaSpringTest;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** "Penilaian akhir" and "Keberatan": the result, the 14-day window, and the appeal decided one level up. */
@KinerjaSpringTest
class ResultAndAppealTest {

  @LocalServerPort
  int port;
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
  void theStraightPathEndsWithAFinalResultAndNoFollowUp() {
    ProcessInstance instance = rated("SESUAI_EKSPEKTASI", "SESUAI_EKSPEKTASI", "SESUAI_EKSPEKTASI");
    Task review = driver.task(instance, "Task_TinjauHasil");
    assertThat(driver.tasks.getVariable(review.getId(), "labelPredikat")).isEqualTo("Baik");
    assertThat((String) driver.tasks.getVariable(review.getId(), "ringkasanPenilaian")).contains("Hasil kerja: Sesuai ekspektasi", "- Kompeten");

    driver.complete(DemoUsers.STAFF, review, accept());

    assertThat(instance).hasPassed("Task_TetapkanHasilAkhir", "Task_TentukanRujukan").isEnded();
    assertThat(appraisal(instance)).isEqualTo(Map.of("STATUS", "SELESAI", "PREDICATE", "BAIK"));
    assertThat(jdbc.sql("select training_referral or award_nomination from kinerja.follow_up where appraisal_id = ?")
        .param(appraisalId(instance)).query(Boolean.class).single()).isFalse();
  }

  @Test
  void withoutAnAppealInTheWindowTheResultBecomesFinal() {
    ProcessInstance instance = rated("DI_ATAS_EKSPEKTASI", "SESUAI_EKSPEKTASI", "SESUAI_EKSPEKTASI");
    ClockUtil.setCurrentTime(java.util.Date.from(java.time.Instant.now().plus(java.time.Duration.ofDays(15))));

    driver.runDueJobs(instance);

    assertThat(instance).hasPassed("Timer_JendelaKeberatan", "EndEvent_TanpaKeberatan").isEnded();
    assertThat(appraisal(instance).get("PREDICATE")).isEqualTo("BAIK");
  }

  @Test
  void anAppealGoesToTheRatersSupervisorWhoAsksBothSidesThenConfirms() {
    ProcessInstance instance = rated("SESUAI_EKSPEKTASI", "DI_BAWAH_EKSPEKTASI", "SESUAI_EKSPEKTASI");
    driver.complete(DemoUsers.STAFF, instance, "Task_TinjauHasil", appeal());
    driver.runDueJobs(instance);

    Task review = driver.task(instance, "Task_PeriksaKeberatan");
    assertThat(review.getAssignee()).as("the Camat, not the Lurah who rated").isEqualTo(DemoUsers.CAMAT);
    driver.complete(DemoUsers.CAMAT, review, askExplanation(true, true));
    Task fromRater = driver.task(instance, "Task_PenjelasanPenilai");
    Task fromEmployee = driver.task(instance, "Task_PenjelasanPegawai");
    assertThat(fromRater.getAssignee()).isEqualTo(DemoUsers.LURAH);
    assertThat(fromEmployee.getAssignee()).isEqualTo(DemoUsers.STAFF);
    driver.complete(DemoUsers.LURAH, fromRater, Map.of("penjelasan", "Perilaku kerja belum sesuai ekspektasi pimpinan"));
    driver.complete(DemoUsers.STAFF, fromEmployee, Map.of("penjelasan", "Saya selalu hadir dan membantu warga"));

    Task again = driver.task(instance, "Task_PeriksaKeberatan");
    assertThat((String) driver.tasks.getVariable(again.getId(), "penjelasanDiterima"))
        .contains("Pejabat penilai", "Perilaku kerja belum sesuai", "Pegawai", "selalu hadir");
    driver.complete(DemoUsers.CAMAT, again, confirmResult());

    assertThat(instance).hasPassed("EndEvent_KeberatanDiputus").hasNotPassed("Task_HitungUlangPredikat")
        .isWaitingAt("Task_RencanakanPelatihan", "Task_KonfirmasiRujukan");
    assertThat(appraisal(instance).get("PREDICATE")).isEqualTo("KURANG");
    assertThat(jdbc.sql("select decision || ':' || predicate_after || ':' || decided_by from kinerja.appeal where appraisal_id = ?")
        .param(appraisalId(instance)).query(String.class).single()).isEqualTo("TETAPKAN:KURANG:" + DemoUsers.CAMAT);
  }

  @Test
  void aChangedAppealRecomputesThePredicateAndTheDecisionIsFinal() {
    ProcessInstance instance = rated("SESUAI_EKSPEKTASI", "SESUAI_EKSPEKTASI", "SESUAI_EKSPEKTASI");
    driver.complete(DemoUsers.STAFF, instance, "Task_TinjauHasil", appeal());
    driver.runDueJobs(instance);
    driver.complete(DemoUsers.CAMAT, instance, "Task_PeriksaKeberatan", changeResult("DI_ATAS_EKSPEKTASI", "DI_ATAS_EKSPEKTASI"));

    assertThat(instance).hasPassed("Task_HitungUlangPredikat", "EndEvent_KeberatanDiputus").isWaitingAt("Task_ProsesPenghargaan");
    assertThat(appraisal(instance).get("PREDICATE")).isEqualTo("SANGAT_BAIK");
    assertThat(jdbc.sql("select predicate_before || '>' || predicate_after from kinerja.appeal where appraisal_id = ?")
        .param(appraisalId(instance)).query(String.class).single()).isEqualTo("BAIK>SANGAT_BAIK");
  }

  @Test
  void theRaterNeverDecidesTheAppealAgainstTheirOwnRating() {
    ProcessInstance instance = rated("SESUAI_EKSPEKTASI", "SESUAI_EKSPEKTASI", "SESUAI_EKSPEKTASI");
    driver.complete(DemoUsers.STAFF, instance, "Task_TinjauHasil", appeal());
    driver.runDueJobs(instance);
    Task review = driver.task(instance, "Task_PeriksaKeberatan");

    Http rater = Http.demoUser(port, DemoUsers.LURAH);
    assertThat(rater.get("/engine-rest/task").body()).doesNotContain(review.getId());
    assertThat(rater.postJson("/engine-rest/task/" + review.getId() + "/complete",
        "{\"variables\":{\"tindakanPeninjau\":{\"value\":\"PUTUSKAN\"},\"keputusanKeberatan\":{\"value\":\"TETAPKAN\"},"
            + "\"alasanKeputusan\":{\"value\":\"Penilaian saya sudah benar\"}}}").statusCode()).isIn(403, 404);
    assertThatThrownBy(() -> driver.complete(DemoUsers.LURAH, review, confirmResult())).isInstanceOf(AuthorizationException.class);

    // Even a task handed to the rater by an administrator is refused on completion.
    driver.tasks.setAssignee(review.getId(), DemoUsers.LURAH);
    assertThatThrownBy(() -> driver.complete(DemoUsers.LURAH, review, confirmResult()))
        .isInstanceOf(ProcessEngineException.class).hasMessageContaining("tidak boleh memutus keberatan");
    assertThat(driver.task(instance, "Task_PeriksaKeberatan").getId()).isEqualTo(review.getId());
  }

  @Test
  void invalidRatingsAreRefusedAndLeaveTheTaskOpen() {
    int year = AppraisalDriver.newYear();
    ProcessInstance instance = driver.planned(DemoUsers.STAFF, DemoUsers.LURAH, year);
    driver.quarters(instance, DemoUsers.STAFF, DemoUsers.LURAH, 4);
    driver.fireTimer(instance, "Event_PeriodeBerakhir");
    Task self = driver.task(instance, "Task_PenilaianMandiri");
    driver.complete(DemoUsers.STAFF, self, driver.selfAssessment(self));
    Task rating = driver.task(instance, "Task_NilaiKinerja");
    Map<String, Object> unknownValue = new java.util.HashMap<>(AppraisalDriver.rating("LUAR_BIASA", "SESUAI_EKSPEKTASI", "SESUAI_EKSPEKTASI"));
    unknownValue.remove("alasanKompeten");

    assertThatThrownBy(() -> driver.complete(DemoUsers.LURAH, rating, unknownValue))
        .hasMessageContaining("Rating hasil kerja: nilai 'LUAR_BIASA' tidak dikenal")
        .hasMessageContaining("Alasan rating Kompeten wajib diisi");
    assertThat(driver.task(instance, "Task_NilaiKinerja").getId()).isEqualTo(rating.getId());
    assertThat(jdbc.sql("select count(*) from kinerja.behaviour_rating where appraisal_id = ?")
        .param(appraisalId(instance)).query(Integer.class).single()).isZero();
  }

  private ProcessInstance rated(String results, String behaviour, String kompeten) {
    ProcessInstance instance = driver.planned(DemoUsers.STAFF, DemoUsers.LURAH, AppraisalDriver.newYear());
    driver.rated(instance, DemoUsers.STAFF, DemoUsers.LURAH, results, behaviour, kompeten);
    return instance;
  }

  private long appraisalId(ProcessInstance instance) {
    return jdbc.sql("select id from kinerja.appraisal where process_instance_id = ?").param(instance.getId())
        .query(Long.class).single();
  }

  private Map<String, Object> appraisal(ProcessInstance instance) {
    return jdbc.sql("select status, predicate from kinerja.appraisal where process_instance_id = ?")
        .param(instance.getId()).query().singleRow();
  }
}

package id.kinerja.appraisal;

import static id.kinerja.appraisal.AppraisalDriver.accept;
import static id.kinerja.appraisal.AppraisalDriver.appeal;
import static id.kinerja.appraisal.AppraisalDriver.askExplanations;
import static id.kinerja.appraisal.AppraisalDriver.changeResult;
import static id.kinerja.appraisal.AppraisalDriver.confirmResult;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import id.kinerja.DemoUsers;
import id.kinerja.Http;
import id.kinerja.KinerjaSpringTest;
import id.kinerja.period.PeriodSummaries;
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

/**
 * "Penilaian akhir" and "Keberatan": the result, the 14-day window, and the appeal heard and
 * decided one level up, the decision then being what every stored figure shows.
 */
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
  @Autowired
  AppraisalRepository appraisals;
  @Autowired
  PeriodSummaries summaries;

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
  void anAppealGoesToTheRatersSupervisorWhoHearsBothSidesThenConfirms() {
    ProcessInstance instance = rated("SESUAI_EKSPEKTASI", "DI_BAWAH_EKSPEKTASI", "SESUAI_EKSPEKTASI");
    driver.complete(DemoUsers.STAFF, instance, "Task_TinjauHasil", appeal());
    driver.runDueJobs(instance);

    Task review = driver.task(instance, "Task_PeriksaKeberatan");
    assertThat(review.getAssignee()).as("the Camat, not the Lurah who rated").isEqualTo(DemoUsers.CAMAT);
    driver.complete(DemoUsers.CAMAT, review, askExplanations());
    Task fromRater = driver.task(instance, "Task_PenjelasanPenilai");
    Task fromEmployee = driver.task(instance, "Task_PenjelasanPegawai");
    assertThat(fromRater.getAssignee()).isEqualTo(DemoUsers.LURAH);
    assertThat(fromEmployee.getAssignee()).isEqualTo(DemoUsers.STAFF);
    assertThat(driver.tasks.getVariable(fromRater.getId(), "pertanyaanPeninjau")).isEqualTo("Mohon jelaskan dasar penilaian hasil kerja");
    assertThat((String) driver.tasks.getVariable(fromEmployee.getId(), "pertanyaanPeninjau")).contains("bukti realisasi TW IV");
    assertThat(fromEmployee.getDueDate()).as("the period's default of 7 days")
        .isCloseTo(java.util.Date.from(java.time.Instant.now().plus(java.time.Duration.ofDays(7))), 60_000);

    driver.complete(DemoUsers.LURAH, fromRater, Map.of("penjelasan", "Perilaku kerja belum sesuai ekspektasi pimpinan"));
    assertThat(driver.hasTask(instance, "Task_PutuskanKeberatan")).as("the employee is not heard yet").isFalse();
    driver.complete(DemoUsers.STAFF, fromEmployee, Map.of("penjelasan", "Saya selalu hadir dan membantu warga"));

    Task decision = driver.task(instance, "Task_PutuskanKeberatan");
    assertThat(decision.getAssignee()).isEqualTo(DemoUsers.CAMAT);
    assertThat((String) driver.tasks.getVariable(decision.getId(), "penjelasanDiterima"))
        .contains("Pejabat penilai", "Perilaku kerja belum sesuai", "Pegawai", "selalu hadir").doesNotContain("tidak ada penjelasan");
    driver.complete(DemoUsers.CAMAT, decision, confirmResult());

    assertThat(instance).hasPassed("EndEvent_KeberatanDiputus").hasNotPassed("Task_HitungUlangPredikat")
        .isWaitingAt("Task_RencanakanPelatihan", "Task_KonfirmasiRujukan");
    assertThat(appraisal(instance).get("PREDICATE")).isEqualTo("KURANG");
    assertThat(jdbc.sql("select decision || ':' || predicate_after || ':' || decided_by from kinerja.appeal where appraisal_id = ?")
        .param(appraisalId(instance)).query(String.class).single()).isEqualTo("TETAPKAN:KURANG:" + DemoUsers.CAMAT);
    assertThat(finalRating(instance)).containsEntry("PREDICATE", "KURANG").containsEntry("APPEAL_DECISION", "TETAPKAN")
        .containsEntry("APPEAL_REASON", "Penilaian sudah sesuai bukti dukung");
    assertThat((String) driver.variable(instance, "ringkasanPenilaian"))
        .contains("Keputusan keberatan: hasil penilaian ditetapkan", "Penilaian sudah sesuai bukti dukung");
  }

  @Test
  void theReviewerMustAskBothPartiesBeforeDeciding() {
    ProcessInstance instance = rated("SESUAI_EKSPEKTASI", "SESUAI_EKSPEKTASI", "SESUAI_EKSPEKTASI");
    driver.complete(DemoUsers.STAFF, instance, "Task_TinjauHasil", appeal());
    driver.runDueJobs(instance);
    Task review = driver.task(instance, "Task_PeriksaKeberatan");

    assertThatThrownBy(() -> driver.complete(DemoUsers.CAMAT, review,
        Map.of("pertanyaanUntukPenilai", "Mohon jelaskan dasar penilaian hasil kerja")))
        .hasMessageContaining("Pertanyaan untuk pegawai wajib diisi");
    assertThatThrownBy(() -> driver.complete(DemoUsers.CAMAT, review, confirmResult()))
        .hasMessageContaining("Pertanyaan untuk pejabat penilai wajib diisi");

    assertThat(driver.task(instance, "Task_PeriksaKeberatan").getId()).isEqualTo(review.getId());
    assertThat(jdbc.sql("select count(*) from kinerja.appeal_explanation e join kinerja.appeal a on a.id = e.appeal_id"
        + " where a.appraisal_id = ?").param(appraisalId(instance)).query(Integer.class).single()).isZero();
    assertThat(jdbc.sql("select decision from kinerja.appeal where appraisal_id = ?").param(appraisalId(instance))
        .query(String.class).optional()).isEmpty();
  }

  @Test
  void anExplanationMissingAtItsDeadlineIsRecordedAndTheReviewerThenDecides() {
    int year = AppraisalDriver.newYear();
    ProcessInstance instance = driver.planned(DemoUsers.STAFF, DemoUsers.LURAH, year);
    PeriodSettings settings = appraisals.settings(year);
    appraisals.saveSettings(new PeriodSettings(year, settings.planDeadline(), settings.planReminderDays(),
        settings.finalAssessmentOpens(), settings.appealWindowDays(), settings.appealDecisionDays(),
        settings.appealReminderDays(), settings.calibrates(), 3, settings.evaluationFrequency(), settings.evaluationDueDays(),
        settings.evaluationReminderDays()));
    driver.rated(instance, DemoUsers.STAFF, DemoUsers.LURAH, "SESUAI_EKSPEKTASI", "SESUAI_EKSPEKTASI", "SESUAI_EKSPEKTASI");
    driver.complete(DemoUsers.STAFF, instance, "Task_TinjauHasil", appeal());
    driver.runDueJobs(instance);
    driver.complete(DemoUsers.CAMAT, instance, "Task_PeriksaKeberatan", askExplanations());
    driver.complete(DemoUsers.LURAH, instance, "Task_PenjelasanPenilai",
        Map.of("penjelasan", "Realisasi TW IV tidak didukung bukti yang sah"));

    ClockUtil.setCurrentTime(java.util.Date.from(java.time.Instant.now().plus(java.time.Duration.ofDays(2))));
    driver.runDueJobs(instance);
    assertThat(driver.hasTask(instance, "Task_PenjelasanPegawai")).as("still within the 3 days").isTrue();
    assertThat(driver.hasTask(instance, "Task_PutuskanKeberatan")).isFalse();

    ClockUtil.setCurrentTime(java.util.Date.from(java.time.Instant.now().plus(java.time.Duration.ofDays(4))));
    driver.runDueJobs(instance);

    assertThat(instance).hasPassed("Timer_BatasPenjelasanPegawai", "Task_CatatTanpaPenjelasanPegawai")
        .hasNotPassed("Task_CatatTanpaPenjelasanPenilai");
    assertThat(driver.hasTask(instance, "Task_PenjelasanPegawai")).isFalse();
    assertThat(jdbc.sql("select e.role || ':' || coalesce(e.answer, 'TIDAK_ADA') || ':' || case when e.missed_at is null"
            + " then 'tepat' else 'terlewat' end from kinerja.appeal_explanation e join kinerja.appeal a on a.id = e.appeal_id"
            + " where a.appraisal_id = ? order by e.role")
        .param(appraisalId(instance)).query(String.class).list())
        .containsExactly("PEGAWAI:TIDAK_ADA:terlewat", "PENILAI:Realisasi TW IV tidak didukung bukti yang sah:tepat");
    Task decision = driver.task(instance, "Task_PutuskanKeberatan");
    assertThat((String) driver.tasks.getVariable(decision.getId(), "penjelasanDiterima"))
        .contains("Pejabat penilai", "tidak didukung bukti", "Pegawai (atas pertanyaan: Mohon tunjukkan bukti realisasi TW IV",
            "tidak ada penjelasan dalam batas waktu");
    driver.complete(DemoUsers.CAMAT, decision, confirmResult());

    assertThat(instance).hasPassed("EndEvent_KeberatanDiputus").isEnded();
    assertThat(appraisal(instance).get("PREDICATE")).isEqualTo("BAIK");
  }

  @Test
  void aChangedDecisionIsWhatEveryStoredFigureShows() {
    ProcessInstance instance = rated("SESUAI_EKSPEKTASI", "SESUAI_EKSPEKTASI", "SESUAI_EKSPEKTASI");
    int year = ((Number) driver.variable(instance, "tahun")).intValue();
    driver.complete(DemoUsers.STAFF, instance, "Task_TinjauHasil", appeal());
    driver.runDueJobs(instance);
    driver.complete(DemoUsers.CAMAT, instance, "Task_PeriksaKeberatan", askExplanations());
    driver.complete(DemoUsers.STAFF, instance, "Task_PenjelasanPegawai", Map.of("penjelasan", "Bukti TW IV ada di berkas unit"));
    // The rater does not answer: the decision waits for the deadline, then the rater's silence is on record.
    ClockUtil.setCurrentTime(java.util.Date.from(java.time.Instant.now().plus(java.time.Duration.ofDays(8))));
    driver.runDueJobs(instance);
    assertThat(instance).hasPassed("Task_CatatTanpaPenjelasanPenilai");
    Task decision = driver.task(instance, "Task_PutuskanKeberatan");
    assertThat((String) driver.tasks.getVariable(decision.getId(), "penjelasanDiterima"))
        .contains("Pejabat penilai (atas pertanyaan: Mohon jelaskan dasar penilaian hasil kerja): tidak ada penjelasan dalam batas waktu");

    driver.complete(DemoUsers.CAMAT, decision, changeResult("DI_ATAS_EKSPEKTASI", "DI_ATAS_EKSPEKTASI"));

    assertThat(instance).hasPassed("Task_HitungUlangPredikat", "EndEvent_KeberatanDiputus").isWaitingAt("Task_ProsesPenghargaan");
    String reason = "Realisasi TW IV terbukti melampaui target";
    assertThat(finalRating(instance)).containsEntry("RESULTS_RATING", "DI_ATAS_EKSPEKTASI")
        .containsEntry("BEHAVIOUR_RATING", "DI_ATAS_EKSPEKTASI").containsEntry("PREDICATE", "SANGAT_BAIK")
        .containsEntry("RESULTS_REASON", reason).containsEntry("APPEAL_DECISION", "UBAH").containsEntry("APPEAL_REASON", reason);
    assertThat(appraisal(instance).get("PREDICATE")).isEqualTo("SANGAT_BAIK");
    assertThat(jdbc.sql("select predicate_before || '>' || predicate_after || ':' || results_before || ':' || results_reason_before"
            + " from kinerja.appeal where appraisal_id = ?")
        .param(appraisalId(instance)).query(String.class).single())
        .isEqualTo("BAIK>SANGAT_BAIK:SESUAI_EKSPEKTASI:Target kuantitas dan kualitas tercapai");

    // Follow-up ran on the decided predicate: an award nomination, no training.
    assertThat(jdbc.sql("select award_nomination and not training_referral from kinerja.follow_up where appraisal_id = ?")
        .param(appraisalId(instance)).query(Boolean.class).single()).isTrue();
    Task award = driver.task(instance, "Task_ProsesPenghargaan");
    assertThat(driver.tasks.getVariable(award.getId(), "labelPredikat")).isEqualTo("Sangat Baik");
    assertThat((String) driver.tasks.getVariable(award.getId(), "ringkasanPenilaian"))
        .contains("Predikat kinerja: Sangat Baik", "Hasil kerja: Di atas ekspektasi (" + reason + ")",
            "Perilaku kerja: Di atas ekspektasi", "Keputusan keberatan: penilaian diubah")
        .doesNotContain("Target kuantitas dan kualitas tercapai");

    assertThat(jdbc.sql("select recipient from kinerja.notification where appraisal_id = ? and kind = 'KEPUTUSAN_KEBERATAN'"
            + " and message like '%penilaian diubah, predikat kinerja Sangat Baik. Alasan: " + reason + "%' order by recipient")
        .param(appraisalId(instance)).query(String.class).list()).as("the employee and the rater are told")
        .containsExactlyInAnyOrder(DemoUsers.STAFF, DemoUsers.LURAH);

    // The period's summary, as HR reads it and downloads it.
    assertThat(summaries.summary(year).units()).singleElement()
        .satisfies(unit -> assertThat(unit.counts()).isEqualTo(Map.of("SANGAT_BAIK", 1)));
    String csv = Http.demoUser(port, DemoUsers.HR).get("/api/periods/" + year + "/summary.csv?bagian=unit").body();
    assertThat(csv.lines().skip(1)).as("sangat baik 1, baik 0, ...").singleElement().asString()
        .contains("\"1\";\"0\";\"0\";\"0\";\"0\"");
  }

  @Test
  void theRaterNeverExaminesNorDecidesTheAppealAgainstTheirOwnRating() {
    ProcessInstance instance = rated("SESUAI_EKSPEKTASI", "SESUAI_EKSPEKTASI", "SESUAI_EKSPEKTASI");
    driver.complete(DemoUsers.STAFF, instance, "Task_TinjauHasil", appeal());
    driver.runDueJobs(instance);
    Task review = driver.task(instance, "Task_PeriksaKeberatan");

    Http rater = Http.demoUser(port, DemoUsers.LURAH);
    assertThat(rater.get("/engine-rest/task").body()).doesNotContain(review.getId());
    assertThat(rater.postJson("/engine-rest/task/" + review.getId() + "/complete",
        "{\"variables\":{\"pertanyaanUntukPenilai\":{\"value\":\"Apakah penilaian saya sudah benar?\"},"
            + "\"pertanyaanUntukPegawai\":{\"value\":\"Apa bukti yang belum diperhitungkan?\"}}}").statusCode()).isIn(403, 404);
    assertThatThrownBy(() -> driver.complete(DemoUsers.LURAH, review, askExplanations())).isInstanceOf(AuthorizationException.class);

    // Even a task handed to the rater by an administrator is refused on completion.
    driver.tasks.setAssignee(review.getId(), DemoUsers.LURAH);
    assertThatThrownBy(() -> driver.complete(DemoUsers.LURAH, review, askExplanations()))
        .isInstanceOf(ProcessEngineException.class).hasMessageContaining("tidak boleh memutus keberatan");
    assertThat(driver.task(instance, "Task_PeriksaKeberatan").getId()).isEqualTo(review.getId());

    driver.tasks.setAssignee(review.getId(), DemoUsers.CAMAT);
    driver.heard(instance, DemoUsers.CAMAT, DemoUsers.LURAH, DemoUsers.STAFF);
    Task decision = driver.task(instance, "Task_PutuskanKeberatan");
    driver.tasks.setAssignee(decision.getId(), DemoUsers.LURAH);
    assertThatThrownBy(() -> driver.complete(DemoUsers.LURAH, decision, changeResult("DI_ATAS_EKSPEKTASI", "DI_ATAS_EKSPEKTASI")))
        .isInstanceOf(ProcessEngineException.class).hasMessageContaining("tidak boleh memutus keberatan");
    assertThat(jdbc.sql("select count(*) from kinerja.appeal where appraisal_id = ? and decision is not null")
        .param(appraisalId(instance)).query(Integer.class).single()).isZero();
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

  private Map<String, Object> finalRating(ProcessInstance instance) {
    return jdbc.sql("select results_rating, results_reason, behaviour_rating, predicate, appeal_decision, appeal_reason"
        + " from kinerja.final_rating where appraisal_id = ?").param(appraisalId(instance)).query().singleRow();
  }

  private Map<String, Object> appraisal(ProcessInstance instance) {
    return jdbc.sql("select status, predicate from kinerja.appraisal where process_instance_id = ?")
        .param(instance.getId()).query().singleRow();
  }
}

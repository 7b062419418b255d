package id.kinerja.appraisal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import id.kinerja.DemoUsers;
import id.kinerja.KinerjaSpringTest;
import id.kinerja.process.JsonVariables;
import java.time.LocalDate;
import java.util.Map;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** "Pemantauan dan pembinaan": four quarters of realisation and feedback, and coaching on request. */
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


  @Test
  void fourQuartersOfRealisationAndFeedbackAreRecorded() {
    int year = AppraisalDriver.newYear();
    ProcessInstance instance = driver.planned(DemoUsers.STAFF, DemoUsers.LURAH, year);
    String[] labels = {"TW I", "TW II", "TW III", "TW IV"};

    for (int quarter = 1; quarter <= 4; quarter++) {
      Task realisation = driver.task(instance, "Task_CatatRealisasi");
      assertThat(driver.tasks.getVariable(realisation.getId(), "labelTriwulan")).isEqualTo(labels[quarter - 1]);
      Object previousFeedback = driver.tasks.getVariable(realisation.getId(), "umpanBalikSebelumnya");
      assertThat(previousFeedback).isEqualTo(quarter == 1 ? null : "Pertahankan kinerja dan lengkapi bukti dukung");
      driver.complete(DemoUsers.STAFF, realisation, driver.realisation(realisation));
      Task review = driver.task(instance, "Task_UmpanBalikTriwulan");
      assertThat(review.getAssignee()).isEqualTo(DemoUsers.LURAH);
      driver.complete(DemoUsers.LURAH, review, AppraisalDriver.quarterlyReview("DI_ATAS_EKSPEKTASI", "SESUAI_EKSPEKTASI"));
    }

    assertThat(instance).isWaitingAt("Event_PeriodeBerakhir");
    long appraisal = (Long) driver.variable(instance, "penilaianId");
    assertThat(jdbc.sql("select predicate from kinerja.quarterly_review where appraisal_id = ? order by quarter")
        .param(appraisal).query(String.class).list()).containsExactly("BAIK", "BAIK", "BAIK", "BAIK");
    assertThat(jdbc.sql("select count(*) from kinerja.realisation where appraisal_id = ?").param(appraisal)
        .query(Integer.class).single()).isEqualTo(4);
  }

  @Test
  void aRealisationWithoutEvidenceIsRefusedAndNothingIsWritten() {
    int year = AppraisalDriver.newYear();
    ProcessInstance instance = driver.planned(DemoUsers.STAFF, DemoUsers.LURAH, year);
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
    Task quarterTask = driver.task(instance, "Task_CatatRealisasi");

    requestCoaching(DemoUsers.OTHER_STAFF, DemoUsers.OTHER_STAFF, "Saya perlu bimbingan penyusunan laporan digital");
    requestCoaching(DemoUsers.LURAH, DemoUsers.OTHER_STAFF, "Pembinaan pemanfaatan aplikasi layanan kelurahan");

    assertThat(driver.tasks.createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey("Task_CatatDialog").list())
        .hasSize(2).allSatisfy(t -> assertThat(t.getAssignee()).isEqualTo(DemoUsers.LURAH));
    for (Task record : driver.tasks.createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey("Task_CatatDialog").list()) {
      driver.complete(DemoUsers.LURAH, record, Map.of("tanggalDialog", LocalDate.now().toString(),
          "catatanDialog", "Membahas kendala pelaporan digital", "tindakLanjutDisepakati", "Ikut pendampingan aplikasi",
          "kompetensiDievaluasi", "LITERASI_DIGITAL", "skorKompetensi", 2));
    }
    for (Task feedback : driver.tasks.createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey("Task_UmpanBalikDialog").list()) {
      driver.complete(DemoUsers.OTHER_STAFF, feedback, Map.of("umpanBalikPegawai", "Dialog sangat membantu"));
    }

    assertThat(driver.task(instance, "Task_CatatRealisasi").getId()).as("the quarter is undisturbed").isEqualTo(quarterTask.getId());
    long appraisal = (Long) driver.variable(instance, "penilaianId");
    assertThat(jdbc.sql("select count(*) from kinerja.coaching_session where appraisal_id = ? and competency_score = 2"
            + " and employee_feedback is not null").param(appraisal).query(Integer.class).single()).isEqualTo(2);
    assertThat(instance).hasPassed("EndEvent_DialogSelesai");
  }

  @Test
  void onlyTheEmployeeOrTheirRaterMayAskForCoaching() {
    int year = LocalDate.now().getYear();
    assertThatThrownBy(() -> requestCoaching(DemoUsers.CAMAT, DemoUsers.STAFF, "Saya ingin membina staf kelurahan"))
        .hasMessageContaining("hanya dapat diminta oleh pegawai sendiri atau pejabat penilainya");
    assertThatThrownBy(() -> requestCoaching(DemoUsers.KOMPERTA_STAFF, DemoUsers.KOMPERTA_STAFF, "Dialog tentang target"))
        .hasMessageContaining("hanya dapat diminta selama tahap pemantauan dan pembinaan penilaian tahun " + year);
  }

  private void requestCoaching(String requester, String nip, String topic) {
    driver.identity.setAuthentication(requester, driver.identity.createGroupQuery().groupMember(requester).list()
        .stream().map(g -> g.getId()).toList());
    try {
      formService.submitStartForm(engine.getRepositoryService().createProcessDefinitionQuery()
          .processDefinitionKey("permintaan-dialog-kinerja").latestVersion().singleResult().getId(),
          Map.of("nipPegawai", nip, "topikDialog", topic));
    } finally {
      driver.identity.clearAuthentication();
    }
  }
}

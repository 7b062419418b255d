package id.kinerja.period;

import static id.kinerja.appraisal.AppraisalDriver.appeal;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import id.kinerja.DemoUsers;
import id.kinerja.Http;
import id.kinerja.KinerjaSpringTest;
import id.kinerja.appraisal.AppraisalDriver;
import id.kinerja.process.JsonVariables;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A unit's results are checked against the curve, calibrated if needed, then released to the employees. */
@KinerjaSpringTest
class CalibrationTest {

  private static final String LURAH_ILIR = "198004042006041005";
  private static final String STAFF_ILIR = "199412252020121007";
  private static final String LURAH_DARAT = "198108182008012004";
  private static final String STAFF_DARAT = "199607072022032006";

  @org.springframework.boot.test.web.server.LocalServerPort
  int port;
  @Autowired
  AppraisalDriver driver;
  @Autowired
  ProcessEngine engine;
  @Autowired
  JdbcClient jdbc;


  @Test
  void aBrokenCurveIsCalibratedByTheUnitHeadAndTheAppealSeesTheCalibratedResult() {
    int year = yearWithCalibration();
    ProcessInstance staff = driver.planned(DemoUsers.STAFF, DemoUsers.LURAH, year);
    ProcessInstance other = driver.planned(DemoUsers.OTHER_STAFF, DemoUsers.LURAH, year);

    driver.rated(staff, DemoUsers.STAFF, DemoUsers.LURAH, "SESUAI_EKSPEKTASI", "SESUAI_EKSPEKTASI", "SESUAI_EKSPEKTASI");
    assertThat(staff).isWaitingAt("Event_MenungguKalibrasi");
    assertThat(unit("KEL-PLAJU-ULU", year)).as("the unit is not complete yet").isNull();
    driver.rated(other, DemoUsers.OTHER_STAFF, DemoUsers.LURAH, "DI_ATAS_EKSPEKTASI", "DI_ATAS_EKSPEKTASI", "SESUAI_EKSPEKTASI");
    ProcessInstance unit = unit("KEL-PLAJU-ULU", year);
    driver.runDueJobs(unit);

    Task predicate = driver.task(unit, "Task_TetapkanPredikatOrganisasi");
    assertThat(predicate.getAssignee()).as("the leader one level up").isEqualTo(DemoUsers.CAMAT);
    driver.complete(DemoUsers.CAMAT, predicate, Map.of("predikatOrganisasi", "BAIK"));

    Task calibration = driver.task(unit, "Task_KalibrasiUnit");
    assertThat(calibration.getAssignee()).as("the unit head").isEqualTo(DemoUsers.LURAH);
    assertThat((String) driver.tasks.getVariable(calibration.getId(), "ringkasanKurva"))
        .contains("Baik: 1 pegawai (50.0%)", "Sangat Baik: 1 pegawai (50.0%)",
            "Batas dilanggar: paling sedikit 1 pegawai BUTUH_PERBAIKAN atau KURANG");
    assertThatThrownBy(() -> driver.complete(DemoUsers.LURAH, calibration, Map.of()))
        .hasMessageContaining("Ubah paling sedikit satu rating, atau terima penyimpangan");
    driver.complete(DemoUsers.LURAH, calibration, Map.of("perubahan", JsonVariables.of(List.of(Map.of(
        "nip", DemoUsers.STAFF, "ratingHasilKerjaBaru", "DI_BAWAH_EKSPEKTASI", "ratingPerilakuKerjaBaru", "SESUAI_EKSPEKTASI",
        "alasan", "Target kuantitas hanya tercapai 60 persen")))));

    assertThat(unit).hasPassed("Task_PeriksaKurva", "Task_LepaskanHasil").isEnded();
    driver.runDueJobs(staff);
    driver.runDueJobs(other);
    Task review = driver.task(staff, "Task_TinjauHasil");
    assertThat(driver.tasks.getVariable(review.getId(), "labelPredikat")).isEqualTo("Butuh Perbaikan");
    assertThat(driver.hasTask(other, "Task_TinjauHasil")).isTrue();
    assertThat(jdbc.sql("select predicate_before || '>' || predicate_after || ':' || changed_by || ':' || reason"
            + " from kinerja.calibration_change c join kinerja.appraisal a on a.id = c.appraisal_id where a.nip = ? and a.period_year = ?")
        .params(DemoUsers.STAFF, year).query(String.class).single())
        .isEqualTo("BAIK>BUTUH_PERBAIKAN:" + DemoUsers.LURAH + ":Target kuantitas hanya tercapai 60 persen");

    driver.complete(DemoUsers.STAFF, review, appeal());
    driver.runDueJobs(staff);
    Task appealReview = driver.task(staff, "Task_PeriksaKeberatan");
    assertThat((String) driver.tasks.getVariable(appealReview.getId(), "ringkasanPenilaian"))
        .contains("Predikat kinerja: Butuh Perbaikan", "Hasil kerja: Di bawah ekspektasi");
    assertThat(jdbc.sql("select predicate_before from kinerja.appeal a join kinerja.appraisal p on p.id = a.appraisal_id"
        + " where p.nip = ? and p.period_year = ?").params(DemoUsers.STAFF, year).query(String.class).single())
        .isEqualTo("BUTUH_PERBAIKAN");
  }

  @Test
  void aUnitWithinTheCurveOfItsOrganisationPredicateIsReleasedAtOnce() {
    int year = yearWithCalibration();
    jdbc.sql("insert into kinerja.unit_predicate (unit_code, period_year, predicate, set_by, set_at)"
        + " values ('KEL-PLAJU-ILIR', ?, 'ISTIMEWA', ?, current_timestamp)").params(year, DemoUsers.CAMAT).update();
    ProcessInstance staff = driver.planned(STAFF_ILIR, LURAH_ILIR, year);

    driver.rated(staff, STAFF_ILIR, LURAH_ILIR, "SESUAI_EKSPEKTASI", "SESUAI_EKSPEKTASI", "SESUAI_EKSPEKTASI");
    ProcessInstance unit = unit("KEL-PLAJU-ILIR", year);
    driver.runDueJobs(unit);

    assertThat(unit).hasNotPassed("Task_TetapkanPredikatOrganisasi", "Task_KalibrasiUnit").isEnded();
    driver.runDueJobs(staff);
    assertThat(staff).isWaitingAt("Task_TinjauHasil");
  }

  @Test
  void theUnitHeadMayAcceptADeviationWithAReason() {
    int year = yearWithCalibration();
    jdbc.sql("insert into kinerja.unit_predicate (unit_code, period_year, predicate, set_by, set_at)"
        + " values ('KEL-PLAJU-DARAT', ?, 'BAIK', ?, current_timestamp)").params(year, DemoUsers.CAMAT).update();
    ProcessInstance staff = driver.planned(STAFF_DARAT, LURAH_DARAT, year);
    driver.rated(staff, STAFF_DARAT, LURAH_DARAT, "SESUAI_EKSPEKTASI", "SESUAI_EKSPEKTASI", "SESUAI_EKSPEKTASI");
    ProcessInstance unit = unit("KEL-PLAJU-DARAT", year);
    driver.runDueJobs(unit);

    driver.complete(LURAH_DARAT, unit, "Task_KalibrasiUnit", Map.of("terimaPenyimpangan", true,
        "alasanPenyimpangan", "Unit dengan satu pegawai tidak dapat memenuhi persentase kurva"));

    assertThat(unit).hasPassed("Task_LepaskanHasil").isEnded();
    driver.runDueJobs(staff);
    assertThat(staff).isWaitingAt("Task_TinjauHasil");
    assertThat(jdbc.sql("select count(*) from kinerja.notification where kind = 'KURVA_PENYIMPANGAN' and recipient = ?")
        .param(LURAH_DARAT).query(Integer.class).single()).isPositive();
  }

  @Test
  void hrStartsTheCalibrationOfAUnitWhoseAppraisalsNeverAllReachAPredicate() {
    String lurah = "197712122005011006";
    String staff = "199201012018011008";
    int year = yearWithCalibration();
    jdbc.sql("insert into kinerja.unit_predicate (unit_code, period_year, predicate, set_by, set_at)"
        + " values ('KEL-BAGUS-KUNING', ?, 'ISTIMEWA', ?, current_timestamp)").params(year, DemoUsers.CAMAT).update();
    ProcessInstance rated = driver.planned(staff, lurah, year);
    driver.start(lurah, year);
    driver.rated(rated, staff, lurah, "SESUAI_EKSPEKTASI", "SESUAI_EKSPEKTASI", "SESUAI_EKSPEKTASI");
    assertThat(unit("KEL-BAGUS-KUNING", year)).as("the Lurah's own appraisal has no predicate yet").isNull();

    var started = Http.demoUser(port, DemoUsers.HR).postJson("/engine-rest/process-definition/key/kalibrasi-unit/start",
        "{\"businessKey\":\"KEL-BAGUS-KUNING:" + year + "\",\"variables\":{\"kodeUnit\":{\"value\":\"KEL-BAGUS-KUNING\"},"
            + "\"tahun\":{\"value\":" + year + "}}}");
    assertThat(started.statusCode()).as(started.body()).isEqualTo(200);
    ProcessInstance unit = unit("KEL-BAGUS-KUNING", year);
    driver.runDueJobs(unit);
    driver.runDueJobs(rated);

    assertThat(unit).isEnded();
    assertThat(rated).isWaitingAt("Task_TinjauHasil");
  }

  private int yearWithCalibration() {
    int year = AppraisalDriver.newYear();
    jdbc.sql("insert into kinerja.appraisal_period (period_year, plan_deadline, final_assessment_opens, calibration_required)"
        + " values (?, ?, ?, true)").params(year, LocalDate.of(year, 1, 31), LocalDate.of(year, 12, 31)).update();
    return year;
  }

  private ProcessInstance unit(String code, int year) {
    return driver.runtime.createProcessInstanceQuery().processDefinitionKey("kalibrasi-unit")
        .processInstanceBusinessKey(code + ":" + year).singleResult();
  }
}

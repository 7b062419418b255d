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
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The results of a unit carrying an organisation predicate (by default the Kecamatan, with its
 * kelurahan and sections) are checked against the curve without its head, calibrated by the head
 * if needed (never the head's own rating), then released with the calibration's reason. The head's
 * results rating follows from the predicate.
 */
@KinerjaSpringTest
class CalibrationTest {

  private static final String REASON = "Target kuantitas hanya tercapai 60 persen";

  @LocalServerPort
  int port;
  @Autowired
  AppraisalDriver driver;
  @Autowired
  JdbcClient jdbc;

  @Test
  void theCamatCalibratesTheKecamatanWithItsKelurahanButNotHimself() {
    int year = driver.newYearWithCalibration();
    ProcessInstance camat = driver.planned(DemoUsers.CAMAT, DemoUsers.SEKDA, year);
    ProcessInstance lurah = driver.planned(DemoUsers.LURAH, DemoUsers.CAMAT, year);
    ProcessInstance staff = driver.planned(DemoUsers.STAFF, DemoUsers.LURAH, year);
    ProcessInstance other = driver.planned(DemoUsers.OTHER_STAFF, DemoUsers.LURAH, year);

    driver.rated(staff, DemoUsers.STAFF, DemoUsers.LURAH, "SESUAI_EKSPEKTASI", "SESUAI_EKSPEKTASI", "SESUAI_EKSPEKTASI");
    driver.rated(other, DemoUsers.OTHER_STAFF, DemoUsers.LURAH, "DI_ATAS_EKSPEKTASI", "DI_ATAS_EKSPEKTASI", "SESUAI_EKSPEKTASI");
    assertThat(staff).isWaitingAt("Event_MenungguKalibrasi");
    assertThat(driver.calibration("KEL-PLAJU-ULU", year)).as("a kelurahan has no curve of its own").isNull();
    assertThat(driver.calibration("KEC-PLAJU", year)).as("the Lurah, staff of the Kecamatan, is not rated yet").isNull();
    driver.rated(lurah, DemoUsers.LURAH, DemoUsers.CAMAT, "SESUAI_EKSPEKTASI", "SESUAI_EKSPEKTASI", "SESUAI_EKSPEKTASI");
    ProcessInstance unit = driver.calibration("KEC-PLAJU", year);
    assertThat(unit).as("the Camat's own appraisal, still open, is not counted").isNotNull();
    driver.runDueJobs(unit);

    Task predicate = driver.task(unit, "Task_TetapkanPredikatOrganisasi");
    assertThat(predicate.getAssignee()).as("the leader one level up").isEqualTo(DemoUsers.SEKDA);
    driver.complete(DemoUsers.SEKDA, predicate, Map.of("predikatOrganisasi", "BAIK"));

    Task calibration = driver.task(unit, "Task_KalibrasiUnit");
    assertThat(calibration.getAssignee()).as("the unit head").isEqualTo(DemoUsers.CAMAT);
    assertThat((String) driver.tasks.getVariable(calibration.getId(), "ringkasanKurva"))
        .contains("Baik: 2 pegawai (66.7%)", "Sangat Baik: 1 pegawai (33.3%)",
            "Batas dilanggar: paling sedikit 1 pegawai BUTUH_PERBAIKAN atau KURANG");
    assertThat(JsonVariables.rows(driver.tasks.getVariable(calibration.getId(), "pegawaiUnit")))
        .extracting(row -> row.get("nip")).containsExactlyInAnyOrder(DemoUsers.LURAH, DemoUsers.STAFF, DemoUsers.OTHER_STAFF);

    assertThatThrownBy(() -> driver.complete(DemoUsers.CAMAT, calibration, change(DemoUsers.CAMAT, "DI_ATAS_EKSPEKTASI")))
        .hasMessageContaining("Tidak seorang pun mengubah penilaiannya sendiri dalam kalibrasi");
    assertThatThrownBy(() -> driver.complete(DemoUsers.CAMAT, calibration, change(DemoUsers.LURAH_ILIR, "DI_BAWAH_EKSPEKTASI")))
        .as("an appraisal this calibration does not count").hasMessageContaining("bukan pegawai unit ini");
    assertThat(driver.task(unit, "Task_KalibrasiUnit").getId()).as("the task stays open").isEqualTo(calibration.getId());
    driver.complete(DemoUsers.CAMAT, calibration, change(DemoUsers.STAFF, "DI_BAWAH_EKSPEKTASI"));

    assertThat(unit).hasPassed("Task_PeriksaKurva", "Task_LepaskanHasil").isEnded();
    driver.runDueJobs(staff);
    driver.runDueJobs(other);
    Task review = driver.task(staff, "Task_TinjauHasil");
    assertThat(driver.tasks.getVariable(review.getId(), "labelPredikat")).isEqualTo("Butuh Perbaikan");
    assertThat(driver.tasks.getVariable(review.getId(), "alasanKalibrasi")).as("the employee sees why").isEqualTo(REASON);
    assertThat((String) driver.tasks.getVariable(review.getId(), "ringkasanPenilaian"))
        .contains("Predikat kinerja: Butuh Perbaikan", "alasan kalibrasi: " + REASON, "Hasil kerja: Di bawah ekspektasi");
    assertThat(jdbc.sql("select f.calibration_reason from kinerja.final_rating f join kinerja.appraisal a on a.id = f.appraisal_id"
        + " where a.nip = ? and a.period_year = ?").params(DemoUsers.STAFF, year).query(String.class).single()).isEqualTo(REASON);
    Task untouched = driver.task(other, "Task_TinjauHasil");
    assertThat(driver.tasks.getVariable(untouched.getId(), "alasanKalibrasi")).isNull();
    assertThat(jdbc.sql("select predicate_before || '>' || predicate_after || ':' || changed_by || ':' || reason"
            + " from kinerja.calibration_change c join kinerja.appraisal a on a.id = c.appraisal_id where a.nip = ? and a.period_year = ?")
        .params(DemoUsers.STAFF, year).query(String.class).single())
        .isEqualTo("BAIK>BUTUH_PERBAIKAN:" + DemoUsers.CAMAT + ":" + REASON);

    driver.rated(camat, DemoUsers.CAMAT, DemoUsers.SEKDA, "DI_ATAS_EKSPEKTASI", "DI_ATAS_EKSPEKTASI", "DI_ATAS_EKSPEKTASI");
    driver.runDueJobs(camat);
    assertThat(camat).as("the head waits for no calibration").isWaitingAt("Task_TinjauHasil");
    assertThat(finalRating(DemoUsers.CAMAT, year)).isEqualTo("SESUAI_EKSPEKTASI:DI_ATAS_EKSPEKTASI:BAIK");

    driver.complete(DemoUsers.STAFF, review, appeal());
    driver.runDueJobs(staff);
    Task appealReview = driver.task(staff, "Task_PeriksaKeberatan");
    assertThat((String) driver.tasks.getVariable(appealReview.getId(), "ringkasanPenilaian"))
        .contains("Predikat kinerja: Butuh Perbaikan", "Hasil kerja: Di bawah ekspektasi", REASON);
  }

  @ParameterizedTest(name = "organisasi {0}: hasil kerja kepala {1}, predikat {2}")
  @CsvSource(delimiter = '|', textBlock = """
      ISTIMEWA        | DI_ATAS_EKSPEKTASI  | SANGAT_BAIK
      BAIK            | SESUAI_EKSPEKTASI   | BAIK
      BUTUH_PERBAIKAN | DI_BAWAH_EKSPEKTASI | BUTUH_PERBAIKAN
      KURANG          | DI_BAWAH_EKSPEKTASI | BUTUH_PERBAIKAN
      SANGAT_KURANG   | DI_BAWAH_EKSPEKTASI | BUTUH_PERBAIKAN
      """)
  void theHeadsResultsRatingFollowsTheOrganisationPredicate(String organisation, String results, String predicate) {
    int year = AppraisalDriver.newYear();
    ProcessInstance camat = driver.planned(DemoUsers.CAMAT, DemoUsers.SEKDA, year);
    unitPredicate("KEC-PLAJU", year, organisation);

    driver.rated(camat, DemoUsers.CAMAT, DemoUsers.SEKDA, "SESUAI_EKSPEKTASI", "DI_ATAS_EKSPEKTASI", "DI_ATAS_EKSPEKTASI");

    assertThat(camat).isWaitingAt("Task_TinjauHasil");
    assertThat(finalRating(DemoUsers.CAMAT, year)).isEqualTo(results + ":DI_ATAS_EKSPEKTASI:" + predicate);
    assertThat(jdbc.sql("select f.results_reason from kinerja.final_rating f join kinerja.appraisal a on a.id = f.appraisal_id"
        + " where a.nip = ? and a.period_year = ?").params(DemoUsers.CAMAT, year).query(String.class).single())
        .startsWith("Mengikuti predikat kinerja organisasi Kecamatan Plaju");
  }

  @Test
  void aHeadRatedBeforeThePredicateWaitsUntilTheLeaderSetsIt() {
    int year = AppraisalDriver.newYear();
    ProcessInstance camat = driver.planned(DemoUsers.CAMAT, DemoUsers.SEKDA, year);
    driver.quarters(camat, DemoUsers.CAMAT, DemoUsers.SEKDA, 4);
    driver.fireTimer(camat, "Event_PeriodeBerakhir");
    Task self = driver.task(camat, "Task_PenilaianMandiri");
    driver.complete(DemoUsers.CAMAT, self, driver.selfAssessment(self));
    Task rating = driver.task(camat, "Task_NilaiKinerja");
    assertThat(driver.tasks.getVariable(rating.getId(), "kepalaUnit")).isEqualTo(true);
    assertThat((String) driver.tasks.getVariable(rating.getId(), "keteranganHasilKerjaKepala"))
        .contains("Kecamatan Plaju", "belum ditetapkan");

    assertThatThrownBy(() -> driver.complete(DemoUsers.SEKDA, rating,
        AppraisalDriver.rating("DI_ATAS_EKSPEKTASI", "SESUAI_EKSPEKTASI", "SESUAI_EKSPEKTASI")))
        .hasMessageContaining("Rating hasil kerja kepala unit mengikuti predikat kinerja organisasi");
    assertThat(driver.task(camat, "Task_NilaiKinerja").getId()).isEqualTo(rating.getId());
    driver.complete(DemoUsers.SEKDA, rating, AppraisalDriver.headRating("SESUAI_EKSPEKTASI", "SESUAI_EKSPEKTASI"));
    assertThat(camat).isWaitingAt("Event_MenungguPredikatOrganisasi");

    assertThat(putPredicate(DemoUsers.CAMAT, "KEL-PLAJU-ULU", year, "BAIK").statusCode())
        .as("a kelurahan carries no organisation predicate by default").isEqualTo(400);
    assertThat(putPredicate(DemoUsers.CAMAT, "KEC-PLAJU", year, "ISTIMEWA").statusCode())
        .as("the head does not set his own unit's predicate").isEqualTo(403);
    assertThat(putPredicate(DemoUsers.SEKDA, "KEC-PLAJU", year, "ISTIMEWA").statusCode()).isEqualTo(204);
    driver.runDueJobs(camat);

    assertThat(camat).isWaitingAt("Task_TinjauHasil");
    assertThat(finalRating(DemoUsers.CAMAT, year)).isEqualTo("DI_ATAS_EKSPEKTASI:SESUAI_EKSPEKTASI:BAIK");
  }

  @Test
  void aHeadWaitingAloneStartsTheCalibrationThatAsksTheLeader() {
    int year = driver.newYearWithCalibration();
    ProcessInstance camat = driver.planned(DemoUsers.CAMAT, DemoUsers.SEKDA, year);
    driver.rated(camat, DemoUsers.CAMAT, DemoUsers.SEKDA, "SESUAI_EKSPEKTASI", "SESUAI_EKSPEKTASI", "SESUAI_EKSPEKTASI");
    assertThat(camat).isWaitingAt("Event_MenungguPredikatOrganisasi");

    ProcessInstance unit = driver.calibration("KEC-PLAJU", year);
    driver.runDueJobs(unit);
    driver.complete(DemoUsers.SEKDA, unit, "Task_TetapkanPredikatOrganisasi", Map.of("predikatOrganisasi", "KURANG"));
    assertThat(unit).hasNotPassed("Task_KalibrasiUnit").isEnded();
    driver.runDueJobs(camat);

    assertThat(camat).isWaitingAt("Task_TinjauHasil");
    assertThat(finalRating(DemoUsers.CAMAT, year)).isEqualTo("DI_BAWAH_EKSPEKTASI:SESUAI_EKSPEKTASI:BUTUH_PERBAIKAN");
  }

  @Test
  void aLeafUnitOfTwoNamedByHrHasNoCurveOfItsOwn() {
    int year = driver.newYearWithCalibration();
    assertThat(Http.demoUser(port, DemoUsers.HR).putJson("/api/periods/" + year + "/predicate-units",
        "{\"units\":[\"KEL-PLAJU-ILIR\"]}").statusCode()).isEqualTo(200);
    ProcessInstance staff = driver.planned(DemoUsers.STAFF_ILIR, DemoUsers.LURAH_ILIR, year);

    driver.rated(staff, DemoUsers.STAFF_ILIR, DemoUsers.LURAH_ILIR, "SESUAI_EKSPEKTASI", "SESUAI_EKSPEKTASI", "SESUAI_EKSPEKTASI");
    ProcessInstance unit = driver.calibration("KEL-PLAJU-ILIR", year);
    driver.runDueJobs(unit);
    driver.complete(DemoUsers.CAMAT, unit, "Task_TetapkanPredikatOrganisasi", Map.of("predikatOrganisasi", "BAIK"));

    assertThat(unit).as("one Baik of one would break the Baik curve, had the unit one").hasPassed("Task_PeriksaKurva")
        .hasNotPassed("Task_KalibrasiUnit").isEnded();
    assertThat(jdbc.sql("select text_ from act_hi_varinst where proc_inst_id_ = ? and name_ = 'ringkasanKurva'")
        .param(unit.getId()).query(String.class).single()).contains("kurva distribusi berlaku mulai 3 pegawai");
    driver.runDueJobs(staff);
    assertThat(staff).isWaitingAt("Task_TinjauHasil");
  }

  @Test
  void theUnitHeadMayAcceptADeviationWithAReason() {
    int year = driver.newYearWithCalibration();
    unitPredicate("KEC-PLAJU", year, "ISTIMEWA");
    ProcessInstance lurah = driver.planned(DemoUsers.LURAH, DemoUsers.CAMAT, year);
    ProcessInstance staff = driver.planned(DemoUsers.STAFF, DemoUsers.LURAH, year);
    ProcessInstance other = driver.planned(DemoUsers.OTHER_STAFF, DemoUsers.LURAH, year);
    for (var rated : List.of(Map.entry(lurah, DemoUsers.LURAH), Map.entry(staff, DemoUsers.STAFF), Map.entry(other, DemoUsers.OTHER_STAFF))) {
      driver.rated(rated.getKey(), rated.getValue(), rated.getKey() == lurah ? DemoUsers.CAMAT : DemoUsers.LURAH,
          "DI_ATAS_EKSPEKTASI", "DI_ATAS_EKSPEKTASI", "DI_ATAS_EKSPEKTASI");
    }
    ProcessInstance unit = driver.calibration("KEC-PLAJU", year);
    driver.runDueJobs(unit);

    driver.complete(DemoUsers.CAMAT, unit, "Task_KalibrasiUnit", Map.of("terimaPenyimpangan", true,
        "alasanPenyimpangan", "Ketiga pegawai melampaui target yang telah diverifikasi inspektorat"));

    assertThat(unit).hasPassed("Task_LepaskanHasil").isEnded();
    driver.runDueJobs(staff);
    assertThat(staff).isWaitingAt("Task_TinjauHasil");
    assertThat(jdbc.sql("select count(*) from kinerja.notification where kind = 'KURVA_PENYIMPANGAN' and recipient = ?")
        .param(DemoUsers.CAMAT).query(Integer.class).single()).isPositive();
  }

  @Test
  void hrStartsTheCalibrationOfAUnitWhoseAppraisalsNeverAllReachAPredicate() {
    int year = driver.newYearWithCalibration();
    unitPredicate("KEC-PLAJU", year, "ISTIMEWA");
    ProcessInstance rated = driver.planned(DemoUsers.STAFF, DemoUsers.LURAH, year);
    driver.start(DemoUsers.OTHER_STAFF, year);
    driver.rated(rated, DemoUsers.STAFF, DemoUsers.LURAH, "SESUAI_EKSPEKTASI", "SESUAI_EKSPEKTASI", "SESUAI_EKSPEKTASI");
    assertThat(driver.calibration("KEC-PLAJU", year)).as("another appraisal has no predicate yet").isNull();

    var started = Http.demoUser(port, DemoUsers.HR).postJson("/engine-rest/process-definition/key/kalibrasi-unit/start",
        "{\"businessKey\":\"KEC-PLAJU:" + year + "\",\"variables\":{\"kodeUnit\":{\"value\":\"KEC-PLAJU\"},"
            + "\"tahun\":{\"value\":" + year + "}}}");
    assertThat(started.statusCode()).as(started.body()).isEqualTo(200);
    ProcessInstance unit = driver.calibration("KEC-PLAJU", year);
    driver.runDueJobs(unit);
    driver.runDueJobs(rated);

    assertThat(unit).isEnded();
    assertThat(rated).isWaitingAt("Task_TinjauHasil");
  }

  private static Map<String, Object> change(String nip, String results) {
    return Map.of("perubahan", JsonVariables.of(List.of(Map.of("nip", nip, "ratingHasilKerjaBaru", results,
        "ratingPerilakuKerjaBaru", "SESUAI_EKSPEKTASI", "alasan", REASON))));
  }


  private void unitPredicate(String unit, int year, String predicate) {
    jdbc.sql("insert into kinerja.unit_predicate (unit_code, period_year, predicate, set_by, set_at)"
        + " values (?, ?, ?, ?, current_timestamp)").params(unit, year, predicate, DemoUsers.SEKDA).update();
  }

  private java.net.http.HttpResponse<String> putPredicate(String user, String unit, int year, String predicate) {
    return Http.demoUser(port, user).putJson("/api/unit-predicates/" + year + "/" + unit, "{\"predicate\":\"" + predicate + "\"}");
  }

  private String finalRating(String nip, int year) {
    return jdbc.sql("select f.results_rating || ':' || f.behaviour_rating || ':' || a.predicate from kinerja.final_rating f"
        + " join kinerja.appraisal a on a.id = f.appraisal_id where a.nip = ? and a.period_year = ?")
        .params(nip, year).query(String.class).single();
  }

}

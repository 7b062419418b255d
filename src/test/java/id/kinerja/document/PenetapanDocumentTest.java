package id.kinerja.document;

import static org.assertj.core.api.Assertions.assertThat;

import id.kinerja.DemoUsers;
import id.kinerja.Http;
import id.kinerja.KinerjaSpringTest;
import id.kinerja.appraisal.AppraisalDriver;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The Penetapan Predikat Kinerja of a unit: after a real calibration (PenetapanScenario), with an
 * accepted deviation, and for a unit too small for a curve.
 */
@KinerjaSpringTest
class PenetapanDocumentTest {

  @LocalServerPort
  int port;
  @Autowired
  AppraisalDriver driver;
  @Autowired
  JdbcClient jdbc;

  @Test
  void theKecamatansPenetapanPrintsItsCalibratedDistributionAgainstTheCurve() {
    scenario().calibratedKecamatanPrintsItsDistributionAgainstTheCurve();
  }

  @Test
  void anAcceptedDeviationIsPrintedWithItsReason() {
    int year = driver.newYearWithCalibration();
    jdbc.sql("insert into kinerja.unit_predicate (unit_code, period_year, predicate, set_by, set_at)"
        + " values ('KEC-PLAJU', ?, 'ISTIMEWA', ?, current_timestamp)").params(year, DemoUsers.SEKDA).update();
    for (var rated : List.of(Map.entry(DemoUsers.LURAH, DemoUsers.CAMAT), Map.entry(DemoUsers.STAFF, DemoUsers.LURAH),
        Map.entry(DemoUsers.OTHER_STAFF, DemoUsers.LURAH))) {
      driver.rated(driver.planned(rated.getKey(), rated.getValue(), year), rated.getKey(), rated.getValue(),
          "DI_ATAS_EKSPEKTASI", "DI_ATAS_EKSPEKTASI", "DI_ATAS_EKSPEKTASI");
    }
    ProcessInstance unit = driver.calibration("KEC-PLAJU", year);
    driver.runDueJobs(unit);
    String deviation = "Ketiga pegawai melampaui target yang telah diverifikasi inspektorat";
    driver.complete(DemoUsers.CAMAT, unit, "Task_KalibrasiUnit", Map.of("terimaPenyimpangan", true, "alasanPenyimpangan", deviation));

    String text = PenetapanScenario.printed(new Pdf(PenetapanScenario.get(Http.demoUser(port, DemoUsers.HR), "/api/units/KEC-PLAJU/" + year
        + "/documents/penetapan-predikat").body()));

    PenetapanScenario.assertPrinted(text, "Predikat kinerja organisasi Istimewa", "1 Sangat Baik 3 100,0%",
        "Paling banyak 70% Sangat Baik 3 100,0% Tidak terpenuhi", "penyimpangan diterima oleh kepala unit dengan alasan: "
            + deviation, "PERUBAHAN DALAM KALIBRASI (0)", "Tidak ada perubahan dalam kalibrasi.",
        "Penyimpangan kurva diterima " + scenario().name(DemoUsers.CAMAT));
  }

  @Test
  void aUnitCountingFewerThanThreeSaysItHasNoCurve() {
    int year = driver.newYearWithCalibration();
    assertThat(Http.demoUser(port, DemoUsers.HR).putJson("/api/periods/" + year + "/predicate-units",
        "{\"units\":[\"KEL-PLAJU-ILIR\"]}").statusCode()).isEqualTo(200);
    ProcessInstance staff = driver.planned(DemoUsers.STAFF_ILIR, DemoUsers.LURAH_ILIR, year);
    driver.rated(staff, DemoUsers.STAFF_ILIR, DemoUsers.LURAH_ILIR, "SESUAI_EKSPEKTASI", "SESUAI_EKSPEKTASI", "SESUAI_EKSPEKTASI");
    ProcessInstance unit = driver.calibration("KEL-PLAJU-ILIR", year);
    driver.runDueJobs(unit);
    driver.complete(DemoUsers.CAMAT, unit, "Task_TetapkanPredikatOrganisasi", Map.of("predikatOrganisasi", "BAIK"));

    Pdf pdf = new Pdf(PenetapanScenario.get(Http.demoUser(port, DemoUsers.CAMAT), "/api/units/KEL-PLAJU-ILIR/" + year
        + "/documents/penetapan-predikat").body());
    pdf.pictures("penetapan-predikat-tanpa-kurva");

    String text = PenetapanScenario.printed(pdf);
    assertThat(text).doesNotContain("BatasKurva");
    PenetapanScenario.assertPrinted(text, "1 pegawai.", "Unit ini tanpa subunit; kepala unit (Lurah Plaju Ilir) tidak dihitung", "2 Baik 1 100,0%",
        "Unit ini menghitung 1 pegawai; kurva distribusi berlaku mulai 3 pegawai, sehingga unit ini tidak memiliki kurva"
            + " distribusi sendiri.");
  }

  private PenetapanScenario scenario() {
    return new PenetapanScenario(driver, jdbc, port);
  }
}

package id.kinerja.document;

import static org.assertj.core.api.Assertions.assertThat;

import id.kinerja.DemoUsers;
import id.kinerja.Http;
import id.kinerja.KinerjaSpringTest;
import id.kinerja.appraisal.AppraisalDriver;
import id.kinerja.process.JsonVariables;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The Penetapan Predikat Kinerja of a unit after a real calibration: what it prints against the
 * record (predicate and who set it, counts and shares against the curve, the calibration's
 * changes, the record block), and who may read it.
 */
@KinerjaSpringTest
class PenetapanDocumentTest {

  private static final String REASON = "Target kuantitas hanya tercapai 60 persen";

  @LocalServerPort
  int port;
  @Autowired
  AppraisalDriver driver;
  @Autowired
  JdbcClient jdbc;

  @Test
  void theKecamatansPenetapanPrintsItsCalibratedDistributionAgainstTheCurve() {
    int year = driver.newYearWithCalibration();
    ProcessInstance lurah = driver.planned(DemoUsers.LURAH, DemoUsers.CAMAT, year);
    ProcessInstance staff = driver.planned(DemoUsers.STAFF, DemoUsers.LURAH, year);
    ProcessInstance other = driver.planned(DemoUsers.OTHER_STAFF, DemoUsers.LURAH, year);
    driver.rated(staff, DemoUsers.STAFF, DemoUsers.LURAH, "SESUAI_EKSPEKTASI", "SESUAI_EKSPEKTASI", "SESUAI_EKSPEKTASI");
    driver.rated(other, DemoUsers.OTHER_STAFF, DemoUsers.LURAH, "DI_ATAS_EKSPEKTASI", "DI_ATAS_EKSPEKTASI", "SESUAI_EKSPEKTASI");
    driver.rated(lurah, DemoUsers.LURAH, DemoUsers.CAMAT, "SESUAI_EKSPEKTASI", "SESUAI_EKSPEKTASI", "SESUAI_EKSPEKTASI");
    ProcessInstance unit = driver.calibration("KEC-PLAJU", year);
    driver.runDueJobs(unit);
    driver.complete(DemoUsers.SEKDA, unit, "Task_TetapkanPredikatOrganisasi", Map.of("predikatOrganisasi", "BAIK"));
    String path = "/api/units/KEC-PLAJU/" + year + "/documents/penetapan-predikat";
    assertThat(get(Http.demoUser(port, DemoUsers.HR), path).statusCode()).as("not before the results are released").isEqualTo(404);

    driver.complete(DemoUsers.CAMAT, unit, "Task_KalibrasiUnit", Map.of("perubahan", JsonVariables.of(List.of(Map.of(
        "nip", DemoUsers.STAFF, "ratingHasilKerjaBaru", "DI_BAWAH_EKSPEKTASI", "ratingPerilakuKerjaBaru", "SESUAI_EKSPEKTASI",
        "alasan", REASON)))));

    HttpResponse<byte[]> response = get(Http.demoUser(port, DemoUsers.HR), path);
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("X-Dokumen-Nomor").orElseThrow()).matches("PPK/" + year + "/\\d{6}");
    Pdf pdf = new Pdf(response.body());
    pdf.pictures("penetapan-predikat");
    String text = printed(pdf);
    assertPrinted(text, "PENETAPAN PREDIKAT KINERJA", "Kecamatan Plaju (kode KEC-PLAJU)", "Tahun penilaian " + year,
        "Predikat kinerja organisasi Baik", "3 pegawai.", "kepala unit (" + post(DemoUsers.CAMAT) + ") tidak dihitung",
        "Kelurahan Plaju Ulu");
    assertPrinted(text, "Ditetapkan oleh " + name(DemoUsers.SEKDA) + ", NIP " + DemoUsers.SEKDA + ", " + post(DemoUsers.SEKDA));
    for (String row : List.of("1 Sangat Baik 1 33,3%", "2 Baik 1 33,3%", "3 Butuh Perbaikan 1 33,3%", "4 Kurang/Misconduct 0 0,0%",
        "5 Sangat Kurang 0 0,0%", "Jumlah 3 100%")) {
      assertPrinted(text, row);
    }
    assertPrinted(text, "Paling banyak 70% Baik 1 33,3% Terpenuhi",
        "Paling sedikit 1 pegawai Butuh Perbaikan atau Kurang/Misconduct 1 33,3% Terpenuhi",
        "memenuhi kurva distribusi predikat organisasi Baik");
    assertPrinted(text, "PERUBAHAN DALAM KALIBRASI (1)", DemoUsers.STAFF + " " + name(DemoUsers.STAFF),
        "Baik (hasil kerja sesuai ekspektasi, perilaku kerja sesuai ekspektasi)",
        "Butuh Perbaikan (hasil kerja di bawah ekspektasi, perilaku kerja sesuai ekspektasi)", REASON);
    assertPrinted(text, "Ditetapkan oleh " + post(DemoUsers.SEKDA), name(DemoUsers.SEKDA) + " NIP " + DemoUsers.SEKDA);
    assertPrinted(text, "Predikat organisasi ditetapkan " + name(DemoUsers.SEKDA) + " " + DemoUsers.SEKDA,
        "Kalibrasi oleh kepala unit " + name(DemoUsers.CAMAT) + " " + DemoUsers.CAMAT,
        "Hasil unit dilepas kepada pegawai Sistem (proses kalibrasi)");
    assertThat(text).doesNotContain(printed("Penyimpangan kurva diterima", "Tidak terpenuhi"));
    assertThat(pdf.fonts()).allMatch(font -> font.endsWith("(embedded)"));

    assertThat(get(Http.demoUser(port, DemoUsers.SEKDA), path).statusCode()).as("the leader who set it").isEqualTo(200);
    assertThat(get(Http.demoUser(port, DemoUsers.CAMAT), path).statusCode()).as("the unit head").isEqualTo(200);
    assertThat(get(Http.demoUser(port, DemoUsers.STAFF), path).statusCode()).isEqualTo(403);
    assertThat(get(Http.demoUser(port, DemoUsers.LURAH), path).statusCode()).as("a subunit's head").isEqualTo(403);
    assertThat(get(Http.anonymous(port), path).statusCode()).isEqualTo(401);
    String web = "/dokumen/unit/KEC-PLAJU/" + year + "/penetapan-predikat";
    assertThat(Http.browserLogin(port, DemoUsers.CAMAT, Http.DEMO_PASSWORD).get(web).statusCode())
        .as("the link in the webapp, with its login session").isEqualTo(200);
    assertThat(Http.browserLogin(port, DemoUsers.STAFF, Http.DEMO_PASSWORD).get(web).statusCode()).isEqualTo(403);
    assertThat(get(Http.demoUser(port, DemoUsers.HR), "/api/units/KEC-PLAJU/" + year + "/documents/penetapan-predikat")
        .headers().firstValue("X-Dokumen-Versi")).as("the same record, the same version").hasValue("1");
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

    String text = printed(new Pdf(get(Http.demoUser(port, DemoUsers.HR), "/api/units/KEC-PLAJU/" + year
        + "/documents/penetapan-predikat").body()));

    assertPrinted(text, "Predikat kinerja organisasi Istimewa", "1 Sangat Baik 3 100,0%",
        "Paling banyak 70% Sangat Baik 3 100,0% Tidak terpenuhi", "penyimpangan diterima oleh kepala unit dengan alasan: "
            + deviation, "PERUBAHAN DALAM KALIBRASI (0)", "Tidak ada perubahan dalam kalibrasi.",
        "Penyimpangan kurva diterima " + name(DemoUsers.CAMAT));
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

    Pdf pdf = new Pdf(get(Http.demoUser(port, DemoUsers.CAMAT), "/api/units/KEL-PLAJU-ILIR/" + year
        + "/documents/penetapan-predikat").body());
    pdf.pictures("penetapan-predikat-tanpa-kurva");

    String text = printed(pdf);
    assertThat(text).doesNotContain("BatasKurva");
    assertPrinted(text, "1 pegawai.", "Unit ini tanpa subunit; kepala unit (Lurah Plaju Ilir) tidak dihitung", "2 Baik 1 100,0%",
        "Unit ini menghitung 1 pegawai; kurva distribusi berlaku mulai 3 pegawai, sehingga unit ini tidak memiliki kurva"
            + " distribusi sendiri.");
  }

  /** The text without white space, so a value the layout wrapped (at "Kurang/", say) still reads as one. */
  private static String printed(Pdf pdf) {
    return pdf.text().replaceAll("\\s+", "");
  }

  private static void assertPrinted(String text, String... expected) {
    assertThat(text).contains(printed(expected));
  }

  private static String[] printed(String... expected) {
    return java.util.Arrays.stream(expected).map(e -> e.replaceAll("\\s+", "")).toArray(String[]::new);
  }



  private String name(String nip) {
    return jdbc.sql("select name from kinerja.employee where nip = ?").param(nip).query(String.class).single();
  }

  private String post(String nip) {
    return jdbc.sql("select p.title from kinerja.employee e join kinerja.org_position p on p.code = e.position_code"
        + " where e.nip = ?").param(nip).query(String.class).single();
  }

  static HttpResponse<byte[]> get(Http http, String path) {
    try {
      return HttpClient.newHttpClient().send(http.request(path).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}

package id.kinerja.document;

import static org.assertj.core.api.Assertions.assertThat;

import id.kinerja.DemoUsers;
import id.kinerja.Http;
import id.kinerja.appraisal.AppraisalDriver;
import id.kinerja.process.JsonVariables;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The Penetapan Predikat Kinerja of Kecamatan Plaju after a real calibration in which the Camat
 * changes one rating: what it prints against the record (predicate and who set it, counts and
 * shares against the curve, the calibration's changes, the record block), and who may read it.
 * Run on H2 (PenetapanDocumentTest) and on PostgreSQL (DocumentsOnPostgresTest).
 */
final class PenetapanScenario {

  private static final String REASON = "Target kuantitas hanya tercapai 60 persen";

  private final AppraisalDriver driver;
  private final JdbcClient jdbc;
  private final int port;

  PenetapanScenario(AppraisalDriver driver, JdbcClient jdbc, int port) {
    this.driver = driver;
    this.jdbc = jdbc;
    this.port = port;
  }

  void calibratedKecamatanPrintsItsDistributionAgainstTheCurve() {
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

  /** The text without white space, so a value the layout wrapped (at "Kurang/", say) still reads as one. */
  static String printed(Pdf pdf) {
    return pdf.text().replaceAll("\\s+", "");
  }

  static void assertPrinted(String text, String... expected) {
    assertThat(text).contains(printed(expected));
  }

  static String[] printed(String... expected) {
    return java.util.Arrays.stream(expected).map(e -> e.replaceAll("\\s+", "")).toArray(String[]::new);
  }

  String name(String nip) {
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

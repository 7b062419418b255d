package id.kinerja.standing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.kinerja.DemoUsers;
import id.kinerja.Http;
import id.kinerja.KinerjaSpringTest;
import id.kinerja.appraisal.AppraisalDriver;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.stream.StreamSupport;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Penilaian Saya's API as its users meet it: the employee sees where her appraisal stands and whom
 * it waits on, her SKP as set and the feedback; the supervisor sees his staff and who is late; a
 * colleague is refused, and nobody gets anything without logging in.
 */
@KinerjaSpringTest
class PenilaianSayaTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String API = "/penilaian-saya/api";

  @LocalServerPort
  int port;
  @Autowired
  AppraisalDriver driver;

  @Test
  void afterSubmittingHerSkpTheEmployeeSeesItWaitsForHerRatersReview() throws Exception {
    int year = AppraisalDriver.newYear();
    driver.approvedPlan(DemoUsers.LURAH, year);
    ProcessInstance instance = driver.start(DemoUsers.STAFF, year);
    Task draft = driver.task(instance, "Task_SusunSkp");
    driver.complete(DemoUsers.STAFF, draft, driver.plan(draft));

    JsonNode shown = yearOf(get(DemoUsers.STAFF, API + "/pegawai/" + DemoUsers.STAFF), year);
    assertThat(shown.get("tahap").asText()).isEqualTo("Perencanaan SKP");
    JsonNode wait = only(shown.get("menunggu"));
    assertThat(wait.get("menunggu").asText()).isEqualTo("Periksa SKP");
    assertThat(wait.get("pada").asText()).contains("M. Ridwan").contains("Lurah");
    assertThat(wait.get("batas").asText()).isEqualTo("31 Januari " + year);
    assertThat(shown.get("skp").isNull()).as("not set yet").isTrue();
  }

  @Test
  void aSubmissionWaitingForTheSupervisorsOwnSkpSaysSoAndNamesHim() throws Exception {
    int year = AppraisalDriver.newYear();
    ProcessInstance instance = driver.start(DemoUsers.STAFF, year);
    Task draft = driver.task(instance, "Task_SusunSkp");
    driver.complete(DemoUsers.STAFF, draft, driver.plan(draft));
    driver.runDueJobs(instance);

    JsonNode wait = only(yearOf(get(DemoUsers.STAFF, API + "/pegawai/" + DemoUsers.STAFF), year).get("menunggu"));
    assertThat(wait.get("menunggu").asText()).isEqualTo("Menunggu SKP atasan disetujui");
    assertThat(wait.get("pada").asText()).contains("M. Ridwan");
  }

  @Test
  void theSetSkpAndAQuartersFeedbackShowWithTheEmployeesNumbers() throws Exception {
    int year = AppraisalDriver.newYear();
    ProcessInstance instance = driver.planned(DemoUsers.STAFF, DemoUsers.LURAH, year);
    driver.quarters(instance, DemoUsers.STAFF, DemoUsers.LURAH, 1);

    JsonNode shown = yearOf(get(DemoUsers.STAFF, API + "/pegawai/" + DemoUsers.STAFF), year);
    assertThat(shown.get("tahap").asText()).isEqualTo("Pemantauan dan pembinaan");
    JsonNode rhk = shown.at("/skp/hasilKerjaUtama/0");
    assertThat(rhk.get("nomor").asInt()).isEqualTo(1);
    assertThat(rhk.get("rhk").asText()).isEqualTo("Meningkatnya partisipasi warga dalam program pendidikan nonformal");
    assertThat(texts(rhk.get("aspek"), "iki")).containsExactly("Jumlah kegiatan sosialisasi",
        "Persentase kegiatan sesuai standar", "Waktu penyelesaian");
    assertThat(texts(rhk.get("aspek"), "target")).containsExactly("12 kegiatan", "90%", "12 bulan");
    JsonNode quarter = shown.at("/periode/0");
    assertThat(quarter.get("periode").asText()).isEqualTo("TW I");
    assertThat(quarter.at("/hasilKerjaUtama/0/umpanBalik").asText()).isEqualTo(AppraisalDriver.FEEDBACK);
    assertThat(quarter.get("ratingHasilKerja").asText()).isEqualTo("Sesuai ekspektasi");
    assertThat(texts(shown.get("dokumen"), "tautan")).contains("/dokumen/" + DemoUsers.STAFF + "/" + year + "/skp",
        "/dokumen/" + DemoUsers.STAFF + "/" + year + "/evaluasi-kinerja/1");
    assertThat(shown.at("/menunggu/0/menunggu").asText()).as("the next quarter's end").isEqualTo("Menunggu akhir periode");
    assertThat(shown.at("/menunggu/0/batas").asText()).isEqualTo("1 Juli " + year);
  }

  @Test
  void theResultTheAppealItsDecisionAndTheFollowUpShowAsTheyStand() throws Exception {
    int year = AppraisalDriver.newYear();
    ProcessInstance instance = driver.planned(DemoUsers.STAFF, DemoUsers.LURAH, year);
    driver.rated(instance, DemoUsers.STAFF, DemoUsers.LURAH, "SESUAI_EKSPEKTASI", "DI_BAWAH_EKSPEKTASI", "SESUAI_EKSPEKTASI");
    driver.complete(DemoUsers.STAFF, instance, "Task_TinjauHasil", AppraisalDriver.appeal());
    driver.heard(instance, DemoUsers.CAMAT, DemoUsers.LURAH, DemoUsers.STAFF);

    JsonNode hearing = yearOf(get(DemoUsers.STAFF, API + "/pegawai/" + DemoUsers.STAFF), year);
    assertThat(hearing.get("tahap").asText()).isEqualTo("Keberatan");
    assertThat(hearing.at("/keberatan/keputusan").asText()).isEqualTo("Belum diputuskan");
    assertThat(hearing.at("/menunggu/0/menunggu").asText()).isEqualTo("Putuskan keberatan");
    assertThat(hearing.at("/menunggu/0/pada").asText()).contains("Fauzan Hakim");

    driver.complete(DemoUsers.CAMAT, instance, "Task_PutuskanKeberatan", AppraisalDriver.confirmResult());
    driver.runDueJobs(instance);
    JsonNode decided = yearOf(get(DemoUsers.STAFF, API + "/pegawai/" + DemoUsers.STAFF), year);
    assertThat(decided.get("tahap").asText()).isEqualTo("Hasil final, tindak lanjut");
    assertThat(decided.at("/hasil/ratingPerilakuKerja").asText()).isEqualTo("Di bawah ekspektasi");
    assertThat(decided.at("/hasil/predikat").asText()).startsWith("Kurang");
    assertThat(decided.at("/keberatan/alasan").asText()).isEqualTo(AppraisalDriver.appeal().get("alasanKeberatan"));
    assertThat(decided.at("/keberatan/keputusan").asText()).isEqualTo("Penilaian ditetapkan (TETAPKAN)");
    assertThat(decided.at("/keberatan/alasanKeputusan").asText()).isEqualTo("Penilaian sudah sesuai bukti dukung");
    assertThat(decided.get("tindakLanjut").get(0).asText()).startsWith("Dirujuk mengikuti pengembangan kompetensi");
    assertThat(texts(decided.get("menunggu"), "menunggu")).contains("Rencanakan pelatihan");
    assertThat(texts(decided.get("menunggu"), "pada")).anyMatch(who -> who.startsWith("kelompok "));
    assertThat(texts(decided.get("dokumen"), "judul")).contains("Dokumen Evaluasi Kinerja Pegawai");
  }

  @Test
  void theSupervisorSeesHisStaffTheirAppraisalAndWhoIsLate() throws Exception {
    int year = AppraisalDriver.newYear();
    driver.oneSubmittedOneOverdue(year, 5);

    JsonNode me = get(DemoUsers.LURAH, API + "/saya");
    assertThat(me.get("punyaStaf").asBoolean()).isTrue();
    assertThat(me.get("pengelola").asBoolean()).isFalse();
    assertThat(texts(get(DemoUsers.LURAH, API + "/staf"), "nip")).contains(DemoUsers.STAFF, DemoUsers.OTHER_STAFF)
        .doesNotContain(DemoUsers.LURAH, DemoUsers.CAMAT);
    JsonNode staffYear = yearOf(get(DemoUsers.LURAH, API + "/pegawai/" + DemoUsers.STAFF), year);
    assertThat(staffYear.at("/menunggu/0/menunggu").asText()).isEqualTo("Periksa SKP");

    JsonNode late = StreamSupport.stream(get(DemoUsers.LURAH, API + "/terlambat").spliterator(), false)
        .filter(row -> row.get("tahun").asText().equals(String.valueOf(year))).findFirst().orElseThrow();
    assertThat(late.get("tugas").asText()).isEqualTo("Susun SKP");
    assertThat(late.get("nip").asText()).isEqualTo(DemoUsers.OTHER_STAFF);
    assertThat(late.get("hariTerlambat").asInt()).isBetween(4, 5);
    assertThat(late.get("pada").asText()).doesNotContain(DemoUsers.OTHER_STAFF).isNotBlank();

    assertThat(get(DemoUsers.STAFF, API + "/saya").get("punyaStaf").asBoolean()).as("staff rate nobody").isFalse();
    assertThat(get(DemoUsers.STAFF, API + "/terlambat")).isEmpty();
    assertThat(get(DemoUsers.HR, API + "/saya").get("pengelola").asBoolean()).isTrue();
  }

  @Test
  void anActingHeadHasTheVacantPostsStaffAsHers() throws Exception {
    int year = AppraisalDriver.newYear();
    driver.start(DemoUsers.KOMPERTA_STAFF, year);

    assertThat(texts(get(DemoUsers.SEKCAM, API + "/staf"), "nip")).as("Plt Lurah Komperta").contains(DemoUsers.KOMPERTA_STAFF);
    JsonNode shown = yearOf(get(DemoUsers.SEKCAM, API + "/pegawai/" + DemoUsers.KOMPERTA_STAFF), year);
    assertThat(shown.at("/menunggu/0/menunggu").asText()).isEqualTo("Susun SKP");
    assertThat(texts(get(DemoUsers.LURAH, API + "/staf"), "nip")).doesNotContain(DemoUsers.KOMPERTA_STAFF);
  }

  @Test
  void aColleagueIsRefusedAnothersAppraisalAndAnUnknownNipTheSame() {
    int year = AppraisalDriver.newYear();
    driver.planned(DemoUsers.STAFF, DemoUsers.LURAH, year);
    Http colleague = Http.browserLogin(port, DemoUsers.OTHER_STAFF, Http.DEMO_PASSWORD);

    HttpResponse<String> refused = colleague.get(API + "/pegawai/" + DemoUsers.STAFF);
    assertThat(refused.statusCode()).isEqualTo(403);
    assertThat(refused.body()).contains("Anda tidak berhak melihat penilaian pegawai ini");
    HttpResponse<String> unknown = colleague.get(API + "/pegawai/199001012020011999");
    assertThat(unknown.statusCode()).isEqualTo(403);
    assertThat(unknown.body()).isEqualTo(refused.body());
    assertThat(Http.browserLogin(port, DemoUsers.LURAH_ILIR, Http.DEMO_PASSWORD).get(API + "/pegawai/" + DemoUsers.STAFF)
        .statusCode()).as("another kelurahan's Lurah").isEqualTo(403);
  }

  @Test
  void withoutLoggingInTheApiAnswers401AndThePageSendsToTheLogin() {
    Http anonymous = Http.anonymous(port);
    for (String path : List.of(API + "/saya", API + "/pegawai/" + DemoUsers.STAFF, API + "/staf", API + "/terlambat")) {
      assertThat(anonymous.get(path).statusCode()).as(path).isEqualTo(401);
    }
    HttpResponse<String> page = anonymous.get("/penilaian-saya");
    assertThat(page.statusCode()).isEqualTo(302);
    assertThat(page.headers().firstValue("Location").orElse("")).endsWith("/login");
    assertThat(Http.demoUser(port, DemoUsers.STAFF).get(API + "/saya").statusCode()).as("Basic is not a session").isEqualTo(401);
  }

  @Test
  void thePageComesWithItsPolicyAndTheSessionsToken() {
    HttpResponse<String> page = Http.browserLogin(port, DemoUsers.STAFF, Http.DEMO_PASSWORD).get("/penilaian-saya");
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.headers().firstValue("Content-Security-Policy").orElse("")).contains("script-src 'self'")
        .doesNotContain("unsafe-inline");
    assertThat(page.body()).contains("<meta name=\"csrf-token\"").contains("/penilaian-saya.js").contains("Kembali ke Tasklist");
  }

  private JsonNode get(String user, String path) throws Exception {
    HttpResponse<String> response = Http.browserLogin(port, user, Http.DEMO_PASSWORD).get(path);
    assertThat(response.statusCode()).as(path + " " + response.body()).isEqualTo(200);
    return JSON.readTree(response.body());
  }

  private static JsonNode yearOf(JsonNode standing, int year) {
    return StreamSupport.stream(standing.get("tahun").spliterator(), false).filter(y -> y.get("tahun").asInt() == year)
        .findFirst().orElseThrow(() -> new AssertionError("no year " + year + " in " + standing));
  }

  private static JsonNode only(JsonNode array) {
    assertThat(array).as(array.toString()).hasSize(1);
    return array.get(0);
  }

  private static List<String> texts(JsonNode array, String field) {
    return StreamSupport.stream(array.spliterator(), false).map(node -> node.get(field).asText()).toList();
  }
}

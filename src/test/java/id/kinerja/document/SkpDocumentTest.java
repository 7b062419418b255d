package id.kinerja.document;

import static id.kinerja.appraisal.AppraisalDriver.approve;
import static org.assertj.core.api.Assertions.assertThat;

import id.kinerja.DemoUsers;
import id.kinerja.Http;
import id.kinerja.KinerjaSpringTest;
import id.kinerja.appraisal.AppraisalDriver;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The SKP as a PDF once the rater sets it: its content, its verification, who may read it. */
@KinerjaSpringTest
class SkpDocumentTest {

  @LocalServerPort
  int port;
  @Autowired
  AppraisalDriver driver;
  @Autowired
  JdbcClient jdbc;

  @Test
  void theSetSkpPrintsTheRecordAndItsVerificationShowsItsFingerprint() throws Exception {
    int year = AppraisalDriver.newYear();
    ProcessInstance instance = driver.planned(DemoUsers.STAFF, DemoUsers.LURAH, year);
    long appraisal = (Long) driver.variable(instance, "penilaianId");

    HttpResponse<byte[]> response = pdf(Http.demoUser(port, DemoUsers.STAFF), "/api/appraisals/" + DemoUsers.STAFF + "/" + year
        + "/documents/skp");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("application/pdf");
    Pdf pdf = new Pdf(response.body());
    String text = pdf.text();
    assertThat(text).contains("SASARAN KINERJA PEGAWAI", "Siti Rahmawati, S.Kom.", DemoUsers.STAFF, "III/a",
        "1 Januari " + year + " s.d. 31 Desember " + year, "LAMPIRAN SASARAN KINERJA PEGAWAI");
    String rhk = jdbc.sql("select description from kinerja.planned_result where appraisal_id = ? order by seq fetch first 1 rows only")
        .param(appraisal).query(String.class).single();
    assertThat(text).contains(rhk.replaceAll("\\s+", " "));
    assertThat(pdf.fonts()).allMatch(font -> font.endsWith("(embedded)"));
    pdf.pictures("skp");

    String number = response.headers().firstValue("X-Dokumen-Nomor").orElseThrow();
    String code = response.headers().firstValue("X-Dokumen-Kode").orElseThrow();
    assertThat(number).matches("SKP/" + year + "/\\d{6}");
    HttpResponse<String> verified = Http.anonymous(port).get("/verifikasi/" + code);
    assertThat(verified.statusCode()).isEqualTo(200);
    assertThat(verified.body()).contains("masih berlaku", number, "Siti Rahmawati, S.Kom.", Documents.sha256(response.body()));
    assertThat(verified.body()).doesNotContain(rhk);
  }

  @Test
  void aColleagueAndAnonymousGetNothing() {
    int year = AppraisalDriver.newYear();
    driver.planned(DemoUsers.STAFF, DemoUsers.LURAH, year);
    String path = "/api/appraisals/" + DemoUsers.STAFF + "/" + year + "/documents/skp";

    assertThat(pdf(Http.demoUser(port, DemoUsers.OTHER_STAFF), path).statusCode()).isEqualTo(403);
    assertThat(pdf(Http.anonymous(port), path).statusCode()).isEqualTo(401);
    assertThat(pdf(Http.demoUser(port, DemoUsers.LURAH), path).statusCode()).isEqualTo(200);
    assertThat(pdf(Http.demoUser(port, DemoUsers.HR), path).statusCode()).isEqualTo(200);
  }

  private static HttpResponse<byte[]> pdf(Http http, String path) {
    try {
      return java.net.http.HttpClient.newHttpClient().send(http.request(path).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}

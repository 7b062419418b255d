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
    assertThat(text).as("the appendix").contains(AppraisalDriver.appendix().values().toArray(String[]::new));
    assertThat(text).as("who submitted and who set it, from the audit trail").contains("Diajukan oleh pegawai",
        "Ditetapkan oleh pejabat penilai", "M. Ridwan, S.Sos.", DemoUsers.LURAH);
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

  /**
   * A change to the record after issue makes a new version without anyone downloading it: here
   * the directory renames the employee (to a name outside Latin-1, which must print), and her next
   * task completion reissues the SKP after commit; the old code then says replaced.
   */
  @Test
  void aChangedRecordIsReissuedAfterTheNextCompletionAndTheOldVersionShowsAsReplaced() throws Exception {
    int year = AppraisalDriver.newYear();
    ProcessInstance instance = driver.planned(DemoUsers.OTHER_STAFF, DemoUsers.LURAH, year);
    String path = "/api/appraisals/" + DemoUsers.OTHER_STAFF + "/" + year + "/documents/skp";
    HttpResponse<byte[]> first = pdf(Http.demoUser(port, DemoUsers.OTHER_STAFF), path);
    String firstCode = first.headers().firstValue("X-Dokumen-Kode").orElseThrow();
    String name = jdbc.sql("select name from kinerja.employee where nip = ?").param(DemoUsers.OTHER_STAFF).query(String.class).single();
    String renamed = "Nguyễn Thị Hoà Ŝaputri";
    try {
      jdbc.sql("update kinerja.employee set name = ? where nip = ?").params(renamed, DemoUsers.OTHER_STAFF).update();
      driver.openPeriod(instance, 1);
      Task realisation = driver.task(instance, "Task_CatatRealisasi");
      driver.complete(DemoUsers.OTHER_STAFF, realisation, driver.realisation(realisation));

      String versions = "select max(version) from kinerja.issued_document d join kinerja.appraisal a on a.id = d.appraisal_id"
          + " where a.nip = ? and a.period_year = ? and d.kind = 'SKP'";
      for (int i = 0; i < 100 && jdbc.sql(versions).params(DemoUsers.OTHER_STAFF, year).query(Integer.class).single() < 2; i++) {
        Thread.sleep(100);
      }
      assertThat(jdbc.sql(versions).params(DemoUsers.OTHER_STAFF, year).query(Integer.class).single()).isEqualTo(2);
      assertThat(Http.anonymous(port).get("/verifikasi/" + firstCode).body()).contains("sudah diganti", "versi 2");

      HttpResponse<byte[]> second = pdf(Http.demoUser(port, DemoUsers.OTHER_STAFF), path);
      assertThat(second.headers().firstValue("X-Dokumen-Versi")).hasValue("2");
      assertThat(second.headers().firstValue("X-Dokumen-Nomor")).isEqualTo(first.headers().firstValue("X-Dokumen-Nomor"));
      String text = new Pdf(second.body()).text();
      assertThat(text).contains(renamed, "menggantikan " + first.headers().firstValue("X-Dokumen-Nomor").orElseThrow() + " versi 1");
      new Pdf(second.body()).pictures("skp-nama-non-latin");
    } finally {
      jdbc.sql("update kinerja.employee set name = ? where nip = ?").params(name, DemoUsers.OTHER_STAFF).update();
    }
  }

  private static HttpResponse<byte[]> pdf(Http http, String path) {
    try {
      return java.net.http.HttpClient.newHttpClient().send(http.request(path).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}

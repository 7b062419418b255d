package id.kinerja.document;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.kinerja.DemoUsers;
import id.kinerja.Http;
import id.kinerja.KinerjaSpringTest;
import id.kinerja.appraisal.AppraisalDriver;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** HR's ZIP of a unit's documents: who may ask for it, its progress, one bundle at a time, and every document in it. */
@KinerjaSpringTest
class DocumentBundleTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @LocalServerPort
  int port;
  @Autowired
  AppraisalDriver driver;
  @Autowired
  JdbcTemplate jdbc;

  @Test
  void onlyHrBundlesAUnitsDocumentsAndFollowsItsProgress() throws Exception {
    int year = AppraisalDriver.newYear();
    driver.planned(DemoUsers.STAFF, DemoUsers.LURAH, year);
    driver.planned(DemoUsers.OTHER_STAFF, DemoUsers.LURAH, year);
    String path = "/api/units/KEL-PLAJU-ULU/" + year + "/documents/bundle";

    assertThat(Http.demoUser(port, DemoUsers.STAFF).postJson(path, "").statusCode()).isEqualTo(403);
    assertThat(Http.demoUser(port, DemoUsers.LURAH).postJson(path, "").statusCode()).as("the unit head without HR's right")
        .isEqualTo(403);
    assertThat(Http.anonymous(port).postJson(path, "").statusCode()).isEqualTo(401);
    HttpResponse<String> started = Http.demoUser(port, DemoUsers.HR).postJson(path, "");
    assertThat(started.statusCode()).isEqualTo(202);
    long id = JSON.readTree(started.body()).get("id").asLong();
    assertThat(Http.demoUser(port, DemoUsers.LURAH).get("/api/document-bundles/" + id).statusCode()).isEqualTo(403);

    JsonNode done = finished(id);
    int approved = jdbc.queryForObject("select count(*) from kinerja.performance_plan p join kinerja.appraisal a"
        + " on a.id = p.appraisal_id join kinerja.employee e on e.nip = a.nip where e.unit_code = 'KEL-PLAJU-ULU'"
        + " and a.period_year = ? and p.status = 'DISETUJUI'", Integer.class, year);
    assertThat(approved).as("the staff's and the Lurah's SKPs, set on the way").isGreaterThanOrEqualTo(2);
    assertThat(done.get("total").asInt()).isEqualTo(approved);
    assertThat(done.get("done").asInt()).isEqualTo(approved);
    assertThat(done.get("failed").asInt()).isZero();
    assertThat(Http.demoUser(port, DemoUsers.LURAH).get("/api/document-bundles/" + id + "/zip").statusCode()).isEqualTo(403);
    Map<String, byte[]> zip = zip(id);
    assertThat(zip.keySet()).hasSize(approved).allMatch(name -> name.matches("\\d{18} .+/skp-\\d{18}-" + year + "\\.pdf"));
    assertThat(new Pdf(zip.get(DemoUsers.STAFF + " Siti Rahmawati, S.Kom./skp-" + DemoUsers.STAFF + "-" + year + ".pdf")).text())
        .contains("Siti Rahmawati, S.Kom.", DemoUsers.STAFF);
  }

  @Test
  void aRequestWhileABundleRunsGetsThatBundleUnlessItsWorkerFellSilent() throws Exception {
    int year = AppraisalDriver.newYear();
    Timestamp now = Timestamp.from(Instant.now());
    jdbc.update("insert into kinerja.document_bundle (unit_code, period_year, requested_by, requested_at, total, done, status,"
        + " heartbeat_at) values ('KEL-PLAJU-ULU', ?, ?, ?, 10, 4, 'BERJALAN', ?)", year, DemoUsers.HR, now, now);
    long running = jdbc.queryForObject("select max(id) from kinerja.document_bundle", Long.class);
    String path = "/api/units/KEL-PLAJU-ULU/" + year + "/documents/bundle";

    HttpResponse<String> again = Http.demoUser(port, DemoUsers.HR).postJson(path, "");
    assertThat(again.statusCode()).isEqualTo(202);
    assertThat(JSON.readTree(again.body()).get("id").asLong()).isEqualTo(running);
    HttpResponse<String> early = Http.demoUser(port, DemoUsers.HR).get("/api/document-bundles/" + running + "/zip");
    assertThat(early.statusCode()).isEqualTo(409);
    assertThat(JSON.readTree(early.body()).get("message").asText()).contains("belum selesai disiapkan (4 dari 10 dokumen)");

    jdbc.update("update kinerja.document_bundle set heartbeat_at = ? where id = ?",
        Timestamp.from(Instant.now().minus(Duration.ofMinutes(10))), running);
    long fresh = JSON.readTree(Http.demoUser(port, DemoUsers.HR).postJson(path, "").body()).get("id").asLong();
    assertThat(fresh).isNotEqualTo(running);
    assertThat(jdbc.queryForObject("select status from kinerja.document_bundle where id = ?", String.class, running))
        .isEqualTo("GAGAL");
    assertThat(finished(fresh).get("status").asText()).isEqualTo("SELESAI");
  }

  @Test
  void theZipOfA500PersonUnitHasEveryDocumentPresentAndReadable() throws Exception {
    int year = AppraisalDriver.newYear();
    GeneratedUnit unit = GeneratedUnit.create(jdbc, "UJI-ZIP", 500, 8, year, 7_000_000);

    HttpResponse<String> started = Http.demoUser(port, DemoUsers.HR).postJson("/api/units/UJI-ZIP/" + year + "/documents/bundle", "");
    assertThat(started.statusCode()).isEqualTo(202);
    JsonNode done = finished(JSON.readTree(started.body()).get("id").asLong());

    assertThat(done.get("total").asInt()).isEqualTo(500);
    assertThat(done.get("done").asInt()).isEqualTo(500);
    assertThat(done.get("failed").asInt()).isZero();
    Map<String, byte[]> zip = zip(done.get("id").asLong());
    assertThat(zip).hasSize(500);
    Map<String, String> names = new HashMap<>();
    jdbc.query("select nip, name from kinerja.employee where nip in (" + String.join(",", unit.people().stream()
        .map(nip -> "'" + nip + "'").toList()) + ")", row -> {
          names.put(row.getString(1), row.getString(2));
        });
    for (String nip : unit.people()) {
      String entry = nip + " " + names.get(nip) + "/skp-" + nip + "-" + year + ".pdf";
      assertThat(zip).as(entry).containsKey(entry);
      assertThat(new Pdf(zip.get(entry)).text()).as(entry).contains(names.get(nip), nip, "SASARAN KINERJA PEGAWAI");
    }
  }

  private JsonNode finished(long id) throws Exception {
    Http hr = Http.demoUser(port, DemoUsers.HR);
    Instant deadline = Instant.now().plus(Duration.ofMinutes(10));
    while (true) {
      JsonNode progress = JSON.readTree(hr.get("/api/document-bundles/" + id).body());
      if (!"BERJALAN".equals(progress.get("status").asText()) || Instant.now().isAfter(deadline)) {
        assertThat(progress.get("status").asText()).isEqualTo("SELESAI");
        return progress;
      }
      assertThat(progress.get("done").asInt() + progress.get("failed").asInt()).isLessThanOrEqualTo(progress.get("total").asInt());
      Thread.sleep(200);
    }
  }

  private Map<String, byte[]> zip(long id) throws IOException, InterruptedException {
    HttpResponse<byte[]> response = java.net.http.HttpClient.newHttpClient().send(
        Http.demoUser(port, DemoUsers.HR).request("/api/document-bundles/" + id + "/zip").GET().build(),
        HttpResponse.BodyHandlers.ofByteArray());
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("application/zip");
    Map<String, byte[]> entries = new HashMap<>();
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(response.body()))) {
      for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
        entries.put(entry.getName(), zip.readAllBytes());
      }
    }
    return entries;
  }
}

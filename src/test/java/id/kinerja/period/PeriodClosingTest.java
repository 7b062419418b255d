package id.kinerja.period;

import static org.assertj.core.api.Assertions.assertThat;

import id.kinerja.DemoUsers;
import id.kinerja.Http;
import id.kinerja.KinerjaSpringTest;
import id.kinerja.appraisal.AppraisalDriver;
import java.net.http.HttpRequest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The organisation predicate, the summary with the curve per unit, and closing a period. */
@KinerjaSpringTest
class PeriodClosingTest {

  @LocalServerPort
  int port;
  @Autowired
  JdbcClient jdbc;

  @Test
  void theSummaryCountsWhatIsRecordedAndClosingListsWhatIsNotFinal() {
    int year = AppraisalDriver.newYear();
    appraisal(DemoUsers.CAMAT, year, "FINAL", "BAIK", null, false);
    appraisal(DemoUsers.LURAH, year, "FINAL", "BAIK", null, false);
    appraisal(DemoUsers.STAFF, year, "SELESAI", "BAIK", "LITERASI_DIGITAL,PENINGKATAN_KINERJA", false);
    appraisal(DemoUsers.OTHER_STAFF, year, "SELESAI", "SANGAT_BAIK", null, true);
    appraisal(DemoUsers.KOMPERTA_STAFF, year, "SELESAI", "BUTUH_PERBAIKAN", "LITERASI_DIGITAL", false);
    appraisal(DemoUsers.SEKCAM, year, "PERENCANAAN", null, null, false);
    Http hr = Http.demoUser(port, DemoUsers.HR);

    assertThat(put(DemoUsers.STAFF, "/api/unit-predicates/" + year + "/KEC-PLAJU", "{\"predicate\":\"BAIK\"}").statusCode())
        .isEqualTo(403);
    assertThat(put(DemoUsers.SEKDA, "/api/unit-predicates/" + year + "/KEC-PLAJU", "{\"predicate\":\"LUAR_BIASA\"}")
        .statusCode()).isEqualTo(400);
    assertThat(put(DemoUsers.CAMAT, "/api/unit-predicates/" + year + "/KEL-PLAJU-ULU", "{\"predicate\":\"BAIK\"}")
        .statusCode()).as("a kelurahan carries no predicate of its own by default").isEqualTo(400);
    assertThat(put(DemoUsers.SEKDA, "/api/unit-predicates/" + year + "/KEC-PLAJU", "{\"predicate\":\"BUTUH_PERBAIKAN\"}")
        .statusCode()).isEqualTo(204);

    String summary = hr.get("/api/periods/" + year + "/summary").body();
    assertThat(summary).as("the Kecamatan with its kelurahan, the Camat apart")
        .contains("\"unitCode\":\"KEC-PLAJU\"", "\"organisationPredicate\":\"BUTUH_PERBAIKAN\"",
            "\"counts\":{\"BAIK\":2,\"BUTUH_PERBAIKAN\":1,\"SANGAT_BAIK\":1}", "\"heads\":{\"" + DemoUsers.CAMAT + "\":\"BAIK\"}",
            "paling sedikit 60% BUTUH_PERBAIKAN", "{\"topic\":\"LITERASI_DIGITAL\",\"count\":2",
            "{\"topic\":\"PENINGKATAN_KINERJA\",\"count\":1")
        .doesNotContain("\"unitCode\":\"KEL-PLAJU-ULU\"");
    assertThat(hr.get("/api/periods/" + year + "/summary.csv?bagian=unit").body())
        .contains("\"KEC-PLAJU\";\"Kecamatan Plaju\";\"BUTUH_PERBAIKAN\";\"1\";\"2\";\"1\";\"0\";\"0\";\"paling sedikit 60%");
    assertThat(hr.get("/api/periods/" + year + "/summary.csv?bagian=penghargaan").body()).contains(DemoUsers.OTHER_STAFF);

    var refused = hr.postJson("/api/periods/" + year + "/close", "{}");
    assertThat(refused.statusCode()).isEqualTo(409);
    assertThat(refused.body()).contains("1 penilaian belum final", DemoUsers.SEKCAM, "PERENCANAAN");
    assertThat(hr.postJson("/api/periods/" + year + "/close", "{\"force\":true}").statusCode()).isEqualTo(200);
    assertThat(hr.get("/api/periods/" + year + "/summary").body()).contains("\"unfinished\":1", "\"closedBy\":\"" + DemoUsers.HR);
    assertThat(hr.postJson("/api/periods/" + year + "/close", "{\"force\":true}").statusCode()).isEqualTo(409);
    assertThat(Http.demoUser(port, DemoUsers.STAFF).get("/api/periods/" + year + "/summary").statusCode()).isEqualTo(403);
  }

  private void appraisal(String nip, int year, String status, String predicate, String topics, boolean award) {
    jdbc.sql("insert into kinerja.appraisal (nip, period_year, process_instance_id, status, predicate) values (?, ?, ?, ?, ?)")
        .params(nip, year, "uji-" + nip, status, predicate).update();
    if (topics != null || award) {
      jdbc.sql("insert into kinerja.follow_up (appraisal_id, training_referral, training_topics, award_nomination)"
              + " select id, ?, ?, ? from kinerja.appraisal where nip = ? and period_year = ?")
          .params(topics != null, topics, award, nip, year).update();
    }
  }

  private java.net.http.HttpResponse<String> put(String user, String path, String body) {
    Http http = Http.demoUser(port, user);
    return http.send(http.request(path).header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(body)));
  }
}

package id.kinerja.period;

import static org.assertj.core.api.Assertions.assertThat;

import id.kinerja.DemoUsers;
import id.kinerja.Http;
import id.kinerja.KinerjaSpringTest;
import id.kinerja.appraisal.AppraisalDriver;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** HR opens a period for a unit subtree; opening again starts only who is missing. */
@KinerjaSpringTest
class PeriodOpeningTest {

  @LocalServerPort
  int port;
  @Autowired
  PeriodOpenings openings;
  @Autowired
  PeriodOpeningWorker worker;
  @Autowired
  RuntimeService runtimeService;
  @Autowired
  JdbcClient jdbc;

  @Test
  void opensOneAppraisalPerActiveEmployeeOfTheSubtreeAndReopeningAddsOnlyNewcomers() throws Exception {
    int year = AppraisalDriver.newYearWithinLimits();
    Http hr = Http.demoUser(port, DemoUsers.HR);

    var first = hr.postJson("/api/periods/" + year + "/openings", "{\"unitCode\":\"KEL-PLAJU-ULU\"}");
    assertThat(first.statusCode()).isEqualTo(202);
    long id = Long.parseLong(first.body().replaceAll("(?s).*?\"id\":(\\d+).*", "$1"));
    awaitFinished(id);
    assertThat(instances(year)).isEqualTo(3);
    assertThat(hr.get("/api/periods/" + year + "/openings/" + id).body()).contains("\"DIMULAI\":3", "\"MENUNGGU\":0", "\"total\":3");

    long again = openings.open(year, "KEL-PLAJU-ULU", DemoUsers.HR);
    awaitFinished(again);
    assertThat(openings.progress(again).opening().total()).isZero();

    hr.post("/api/organisation/employees", "text/csv", "nip,nama,golongan,jenis_asn,kode_jabatan,kode_unit,email\n"
        + "200001012025011001,Pegawai Baru,II/a,PNS,STAF-PLAJU-ULU,KEL-PLAJU-ULU,\n");
    long newcomer = openings.open(year, "KEL-PLAJU-ULU", DemoUsers.HR);
    awaitFinished(newcomer);
    assertThat(openings.progress(newcomer).opening().total()).isOne();
    assertThat(instances(year)).isEqualTo(4);
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey("200001012025011001:" + year).count()).isOne();
  }

  @Test
  void theWholeOrganisationAndProgressForHrOnly() throws Exception {
    int year = AppraisalDriver.newYearWithinLimits();
    long id = openings.open(year, null, DemoUsers.HR);
    awaitFinished(id);

    // Every active civil servant; the Walikota, an elected official, has no appraisal.
    long active = jdbc.sql("select count(*) from kinerja.employee where active and employment_type <> 'PEJABAT_NEGARA'")
        .query(Long.class).single();
    assertThat(instances(year)).isEqualTo(active);
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(DemoUsers.WALIKOTA + ":" + year).count())
        .isZero();
    assertThat(Http.demoUser(port, DemoUsers.STAFF).get("/api/periods/" + year + "/openings/" + id).statusCode()).isEqualTo(403);
    assertThat(Http.demoUser(port, DemoUsers.HR).postJson("/api/periods/" + year + "/openings", "{\"unitCode\":\"TIDAK-ADA\"}")
        .statusCode()).isEqualTo(400);
  }

  private long instances(int year) {
    return runtimeService.createProcessInstanceQuery().processDefinitionKey("penilaian-kinerja")
        .processInstanceBusinessKeyLike("%:" + year).count();
  }

  private void awaitFinished(long id) throws InterruptedException {
    for (int i = 0; i < 300 && !"SELESAI".equals(openings.progress(id).opening().status()); i++) {
      Thread.sleep(100);
    }
    assertThat(openings.progress(id).opening().status()).isEqualTo("SELESAI");
  }
}

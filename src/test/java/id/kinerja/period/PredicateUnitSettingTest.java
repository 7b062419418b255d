package id.kinerja.period;

import static org.assertj.core.api.Assertions.assertThat;

import id.kinerja.DemoUsers;
import id.kinerja.Http;
import id.kinerja.KinerjaSpringTest;
import id.kinerja.appraisal.AppraisalDriver;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** HR's setting of the units that carry an organisation predicate: its default, its checks, and what a change does. */
@KinerjaSpringTest
class PredicateUnitSettingTest {

  @LocalServerPort
  int port;
  @Autowired
  PredicateUnits predicateUnits;
  @Autowired
  JdbcClient jdbc;

  @Test
  void byDefaultTheUnitsUnderTheTopUnitCarryThePredicateWithTheirSubunits() {
    int year = AppraisalDriver.newYear();
    String setting = Http.demoUser(port, DemoUsers.HR).get("/api/periods/" + year + "/predicate-units").body();

    assertThat(setting).contains("\"isDefault\":true", "\"code\":\"KEC-PLAJU\"", "\"code\":\"SETDA-PLG\"",
        "\"code\":\"BKPSDM-PLG\"", "\"code\":\"INSPEKTORAT-PLG\"").doesNotContain("KEL-PLAJU-ULU", "\"code\":\"PEMKOT-PLG\"");
    assertThat(predicateUnits.of("KEL-PLAJU-ULU", year)).as("a kelurahan counts in its kecamatan").contains("KEC-PLAJU");
    assertThat(predicateUnits.of("KEC-PLAJU-UMUM", year)).as("two levels down").contains("KEC-PLAJU");
    assertThat(predicateUnits.of("PEMKOT-PLG", year)).as("the top unit is in none").isEmpty();
    assertThat(predicateUnits.scope("KEC-PLAJU").headPost()).isEqualTo("CAMAT-PLAJU");
  }

  @Test
  void hrNamesOtherUnitsAndTheCheckRefusesUnknownOrNestedOnes() {
    int year = AppraisalDriver.newYear();
    Http hr = Http.demoUser(port, DemoUsers.HR);
    String path = "/api/periods/" + year + "/predicate-units";

    assertThat(Http.demoUser(port, DemoUsers.CAMAT).putJson(path, "{\"units\":[\"KEL-PLAJU-ULU\"]}").statusCode()).isEqualTo(403);
    var unknown = hr.putJson(path, "{\"units\":[\"KEL-TIDAK-ADA\"]}");
    assertThat(unknown.statusCode()).isEqualTo(400);
    assertThat(unknown.body()).contains("unit 'KEL-TIDAK-ADA' tidak ditemukan");
    var nested = hr.putJson(path, "{\"units\":[\"KEC-PLAJU\",\"KEL-PLAJU-ULU\"]}");
    assertThat(nested.statusCode()).isEqualTo(400);
    assertThat(nested.body()).contains("unit KEL-PLAJU-ULU berada di dalam unit KEC-PLAJU");
    assertThat(hr.putJson(path, "{\"units\":[]}").statusCode()).isEqualTo(400);
    assertThat(hr.get(path).body()).as("a refused change leaves the default").contains("\"isDefault\":true");

    var saved = hr.putJson(path, "{\"units\":[\"KEL-PLAJU-ULU\",\"KEC-PLAJU-SEKRET\"]}");
    assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
    assertThat(hr.get(path).body()).contains("\"isDefault\":false", "\"code\":\"KEC-PLAJU-SEKRET\"", "\"code\":\"KEL-PLAJU-ULU\"")
        .doesNotContain("\"code\":\"KEC-PLAJU\"");
    assertThat(predicateUnits.of("KEC-PLAJU-UMUM", year)).contains("KEC-PLAJU-SEKRET");
    assertThat(predicateUnits.of("KEL-PLAJU-ILIR", year)).as("no longer in any").isEmpty();
    assertThat(jdbc.sql("select count(*) from kinerja.audit_event where action = 'PENGATURAN_PERIODE' and target = ?")
        .param("unit berpredikat " + year).query(Integer.class).single()).isEqualTo(1);

    assertThat(Http.demoUser(port, DemoUsers.CAMAT).putJson("/api/unit-predicates/" + year + "/KEL-PLAJU-ULU",
        "{\"predicate\":\"BAIK\"}").statusCode()).as("the Lurah's unit now has a predicate, set by the Camat").isEqualTo(204);

    jdbc.sql("insert into kinerja.appraisal (nip, period_year) values (?, ?)").params(DemoUsers.STAFF, year).update();
    jdbc.sql("insert into kinerja.final_rating (appraisal_id, behaviour_rating, rated_at) select id, 'SESUAI_EKSPEKTASI',"
        + " current_timestamp from kinerja.appraisal where nip = ? and period_year = ?").params(DemoUsers.STAFF, year).update();
    var late = hr.putJson(path, "{\"units\":[\"KEC-PLAJU\"]}");
    assertThat(late.statusCode()).as("not under ratings already given").isEqualTo(400);
    assertThat(late.body()).contains("penilaian akhir tahun " + year + " sudah dimulai (1 pegawai dinilai)");
  }
}

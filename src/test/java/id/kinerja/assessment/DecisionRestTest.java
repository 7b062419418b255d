package id.kinerja.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import id.kinerja.DemoUsers;
import id.kinerja.Http;
import id.kinerja.KinerjaSpringTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Integrations evaluate the decision tables through the engine REST API, when authorised. */
@KinerjaSpringTest
class DecisionRestTest {

  @LocalServerPort
  int port;

  @Test
  void hrEvaluatesThePredicateMatrix() {
    var response = Http.demoUser(port, DemoUsers.HR).postJson("/engine-rest/decision-definition/key/predikat-kinerja/evaluate",
        "{\"variables\":{\"ratingHasilKerja\":{\"value\":\"DI_ATAS_EKSPEKTASI\"},\"ratingPerilakuKerja\":{\"value\":\"DI_ATAS_EKSPEKTASI\"}}}");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).contains("\"predikatKinerja\"", "SANGAT_BAIK");
  }

  @Test
  void aProcessOwnerEvaluatesTheFollowUpRules() {
    var response = Http.demoUser(port, DemoUsers.PROCESS_OWNER).postJson(
        "/engine-rest/decision-definition/key/rujukan-tindak-lanjut/evaluate",
        "{\"variables\":{\"predikatKinerja\":{\"value\":\"KURANG\"},\"ratingKompeten\":{\"value\":\"SESUAI_EKSPEKTASI\"},"
            + "\"skorKompetensiTerendah\":{\"value\":null,\"type\":\"Integer\"},\"kompetensiTerendah\":{\"value\":null,\"type\":\"String\"}}}");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).contains("PENINGKATAN_KINERJA").doesNotContain("\"nominasiPenghargaan\":{\"type\":\"Boolean\",\"value\":true");
  }

  @Test
  void anEmployeeWithoutTheRightCannotEvaluate() {
    var response = Http.demoUser(port, DemoUsers.STAFF).postJson("/engine-rest/decision-definition/key/predikat-kinerja/evaluate",
        "{\"variables\":{\"ratingHasilKerja\":{\"value\":\"SESUAI_EKSPEKTASI\"},\"ratingPerilakuKerja\":{\"value\":\"SESUAI_EKSPEKTASI\"}}}");

    assertThat(response.statusCode()).isEqualTo(403);
  }
}

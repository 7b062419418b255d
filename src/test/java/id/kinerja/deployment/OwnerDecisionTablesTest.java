package id.kinerja.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import id.kinerja.DemoUsers;
import id.kinerja.Http;
import id.kinerja.KinerjaSpringTest;
import id.kinerja.appraisal.AppraisalDriver;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A process owner changes the decision tables: a new training topic and a new curve row just work,
 * with no change on the server; a predicate or bound kind the server does not know is refused at
 * deployment, naming the value, instead of becoming an incident later.
 */
@KinerjaSpringTest
class OwnerDecisionTablesTest {

  private static final String REFERRAL = "processes/rujukan-tindak-lanjut.dmn";
  private static final String CURVE = "processes/kurva-distribusi.dmn";
  private static final String PREDICATE = "processes/predikat-kinerja.dmn";

  @LocalServerPort
  int port;
  @Autowired
  ModelDeployer deployer;
  @Autowired
  RepositoryService repositoryService;
  @Autowired
  AppraisalDriver driver;
  @Autowired
  JdbcClient jdbc;

  @AfterEach
  void backToTheRepositoryModels() {
    deployer.deploy(ModelDeployer.modelsOnClasspath());
  }

  @Test
  void aNewTrainingTopicIsReferredStoredAndGroupedWithItsLabel() {
    deployer.deploy(changed(REFERRAL, "    </decisionTable>", """
              <rule id="Rule_KeuanganButuhPerbaikan">
                <description>Butuh Perbaikan: juga pelatihan manajemen keuangan.</description>
                <inputEntry id="UnaryTests_Keuangan_Predikat"><text>"BUTUH_PERBAIKAN"</text></inputEntry>
                <inputEntry id="UnaryTests_Keuangan_Kompeten"><text></text></inputEntry>
                <inputEntry id="UnaryTests_Keuangan_Skor"><text></text></inputEntry>
                <inputEntry id="UnaryTests_Keuangan_Kompetensi"><text></text></inputEntry>
                <outputEntry id="LiteralExpression_Keuangan_Rujukan"><text>true</text></outputEntry>
                <outputEntry id="LiteralExpression_Keuangan_Topik"><text>"MANAJEMEN_KEUANGAN"</text></outputEntry>
                <outputEntry id="LiteralExpression_Keuangan_LabelTopik"><text>"Manajemen keuangan daerah"</text></outputEntry>
                <outputEntry id="LiteralExpression_Keuangan_Penghargaan"><text>false</text></outputEntry>
              </rule>
            </decisionTable>"""));
    int year = AppraisalDriver.newYear();
    ProcessInstance instance = driver.planned(DemoUsers.STAFF, DemoUsers.LURAH, year);
    driver.rated(instance, DemoUsers.STAFF, DemoUsers.LURAH, "DI_BAWAH_EKSPEKTASI", "SESUAI_EKSPEKTASI", "SESUAI_EKSPEKTASI");
    driver.complete(DemoUsers.STAFF, instance, "Task_TinjauHasil", AppraisalDriver.accept());

    Task plan = driver.task(instance, "Task_RencanakanPelatihan");
    assertThat(driver.tasks.getVariable(plan.getId(), "topikPelatihan")).isEqualTo("Peningkatan kinerja, Manajemen keuangan daerah");
    assertThat(jdbc.sql("select f.training_topics from kinerja.follow_up f join kinerja.appraisal a on a.id = f.appraisal_id"
        + " where a.process_instance_id = ?").param(instance.getId()).query(String.class).single())
        .isEqualTo("PENINGKATAN_KINERJA,MANAJEMEN_KEUANGAN");
    Http hr = Http.demoUser(port, DemoUsers.HR);
    assertThat(hr.get("/api/periods/" + year + "/summary").body())
        .contains("{\"topic\":\"MANAJEMEN_KEUANGAN\",\"count\":1,\"nips\":[\"" + DemoUsers.STAFF + "\"],"
            + "\"label\":\"Manajemen keuangan daerah\"}", "\"label\":\"Peningkatan kinerja\"");
    assertThat(hr.get("/api/periods/" + year + "/summary.csv?bagian=pelatihan").body())
        .contains("\"MANAJEMEN_KEUANGAN\";\"1\";\"" + DemoUsers.STAFF + "\";\"Manajemen keuangan daerah\"");
  }

  @Test
  void aNewCurveRowForAKnownPredicateCounts() {
    deployer.deploy(changed(CURVE, "    </decisionTable>", """
              <rule id="Rule_Istimewa_MinBaik">
                <description>Organisasi Istimewa: paling sedikit satu Baik.</description>
                <inputEntry id="UnaryTests_Istimewa_MinBaik"><text>"ISTIMEWA"</text></inputEntry>
                <outputEntry id="Output_Istimewa_MinBaik_Predikat"><text>"BAIK"</text></outputEntry>
                <outputEntry id="Output_Istimewa_MinBaik_Jenis"><text>"MIN_JUMLAH"</text></outputEntry>
                <outputEntry id="Output_Istimewa_MinBaik_Nilai"><text>1</text></outputEntry>
              </rule>
            </decisionTable>"""));
    int year = AppraisalDriver.newYear();
    for (String nip : new String[] {DemoUsers.STAFF, DemoUsers.OTHER_STAFF, DemoUsers.KOMPERTA_STAFF}) {
      jdbc.sql("insert into kinerja.appraisal (nip, period_year, process_instance_id, status, predicate)"
          + " values (?, ?, ?, 'SELESAI', 'SANGAT_BAIK')").params(nip, year, "uji-kurva-" + nip).update();
    }
    // The Kecamatan carries the organisation predicate, set by the Sekda; its curve counts its kelurahan's staff.
    assertThat(Http.demoUser(port, DemoUsers.SEKDA).putJson("/api/unit-predicates/" + year + "/KEC-PLAJU",
        "{\"predicate\":\"ISTIMEWA\"}").statusCode()).isEqualTo(204);

    assertThat(Http.demoUser(port, DemoUsers.HR).get("/api/periods/" + year + "/summary").body())
        .contains("paling banyak 70% SANGAT_BAIK", "paling sedikit 1 pegawai BAIK; saat ini 0 pegawai");
  }

  @Test
  void aPredicateTheServerDoesNotKnowIsRefusedNamingTheValue() {
    long before = repositoryService.createDecisionDefinitionQuery().decisionDefinitionKey("predikat-kinerja").count();

    HttpResponse<String> answer = deploy(PREDICATE, changed(PREDICATE, "<text>\"SANGAT_BAIK\"</text>", "<text>\"ISTIMEWA\"</text>")
        .get(PREDICATE));

    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(400);
    assertThat(answer.body()).contains("Model ditolak", "tabel 'predikat-kinerja'", "keluaran 'predikatKinerja'",
        "'ISTIMEWA' yang tidak dikenal server", "SANGAT_BAIK, BAIK, BUTUH_PERBAIKAN");
    assertThat(repositoryService.createDecisionDefinitionQuery().decisionDefinitionKey("predikat-kinerja").count()).isEqualTo(before);
  }

  @Test
  void aCurveRowWithAnUnknownPredicateOrBoundKindIsRefused() {
    String model = new String(ModelDeployer.modelsOnClasspath().get(CURVE), StandardCharsets.UTF_8)
        .replace("<text>\"BUTUH_PERBAIKAN,KURANG\"</text>", "<text>\"BUTUH_PERBAIKAN, CUKUP\"</text>")
        .replace("<text>\"MIN_JUMLAH\"</text>", "<text>\"MAKS_JUMLAH\"</text>")
        .replace("<text>\"SANGAT_BAIK\"</text>", "<text>predikatOrganisasi</text>");

    HttpResponse<String> answer = deploy(CURVE, model);

    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(400);
    assertThat(answer.body()).contains("'CUKUP' yang tidak dikenal server", "'MAKS_JUMLAH' yang tidak dikenal server",
        "keluaran 'predikatPegawai' harus berupa teks tetap");
  }

  private static Map<String, byte[]> changed(String file, String from, String to) {
    Map<String, byte[]> models = new TreeMap<>(ModelDeployer.modelsOnClasspath());
    String text = new String(models.get(file), StandardCharsets.UTF_8);
    assertThat(text).contains(from);
    models.put(file, text.replaceFirst(java.util.regex.Pattern.quote(from), java.util.regex.Matcher.quoteReplacement(to))
        .getBytes(StandardCharsets.UTF_8));
    return models;
  }

  /** As Camunda Modeler deploys: one file, as the process owner, through the REST API. */
  private HttpResponse<String> deploy(String name, Object content) {
    String text = content instanceof byte[] bytes ? new String(bytes, StandardCharsets.UTF_8) : content.toString();
    String boundary = "uji-tabel-boundary";
    String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"deployment-name\"\r\n\r\nuji-tabel-pemilik\r\n"
        + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"; filename=\"" + name
        + "\"\r\nContent-Type: application/octet-stream\r\n\r\n" + text + "\r\n--" + boundary + "--\r\n";
    Http http = Http.demoUser(port, DemoUsers.PROCESS_OWNER);
    return http.send(http.request("/engine-rest/deployment/create")
        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
        .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)));
  }
}

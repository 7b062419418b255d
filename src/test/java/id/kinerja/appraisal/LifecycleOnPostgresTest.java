package id.kinerja.appraisal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.kinerja.DemoUsers;
import id.kinerja.Http;
import id.kinerja.PostgresDatabase;
import id.kinerja.bottleneck.BottleneckQueries;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * One whole appraisal year on PostgreSQL through the REST API, with authorizations on and the job
 * executor running, every task completed by the person who owns it: HR opens, the Lurah's SKP
 * cascades from the Camat's, the staff member's waits for the Lurah's, four quarters, the final
 * rating and the accepted result.
 */
class LifecycleOnPostgresTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static PostgresDatabase database;
  private static ConfigurableApplicationContext app;
  private static int port;

  @BeforeAll
  static void start() {
    database = PostgresDatabase.create();
    app = database.startApplication("--kinerja.demo.enabled=true");
    port = ((WebServerApplicationContext) app).getWebServer().getPort();
  }

  @AfterAll
  static void stop() throws Exception {
    PostgresDatabase.stop(app, database);
  }

  @Test
  void aWholeYearThroughTheRestApiAsEachPerson() throws Exception {
    // Next year: none of its calendar has come, so each period and the annual assessment open when
    // the test fires their timers, as the days would.
    int year = LocalDate.now().getYear() + 1;
    JdbcClient jdbc = app.getBean(JdbcClient.class);
    jdbc.sql("insert into kinerja.appraisal_period (period_year, plan_deadline, final_assessment_opens, calibration_required)"
            + " values (?, ?, ?, false)")
        .params(year, LocalDate.now().plusDays(30), LocalDate.of(year + 1, 1, 1)).update();
    app.getBean(AppraisalDriver.class).approvedPlan(DemoUsers.CAMAT, year);

    String lurah = open(DemoUsers.LURAH, year);
    String staff = open(DemoUsers.STAFF, year);

    complete(DemoUsers.LURAH, lurah, "Task_SusunSkp", plan(DemoUsers.LURAH, lurah));
    complete(DemoUsers.STAFF, staff, "Task_SusunSkp", plan(DemoUsers.STAFF, staff));
    complete(DemoUsers.CAMAT, lurah, "Task_PeriksaSkp", variables(AppraisalDriver.approve()));
    complete(DemoUsers.LURAH, staff, "Task_PeriksaSkp", variables(AppraisalDriver.approve()));

    for (int quarter = 1; quarter <= 4; quarter++) {
      fireTimer(staff, AppraisalProcess.PERIOD_ENDED);
      complete(DemoUsers.STAFF, staff, "Task_CatatRealisasi", rows(DemoUsers.STAFF, staff, "Task_CatatRealisasi", "realisasi",
          Map.of("realisasiKuantitas", 3, "realisasiKualitas", 90, "realisasiWaktu", 3, "buktiDukung", "https://bukti.example/tw")));
      ObjectNode review = rows(DemoUsers.LURAH, staff, "Task_UmpanBalikTriwulan", "umpanBalikRhk",
          Map.of("umpanBalik", AppraisalDriver.FEEDBACK));
      review.setAll(variables(Map.of("ratingHasilKerja", "SESUAI_EKSPEKTASI", "ratingPerilakuKerja", "SESUAI_EKSPEKTASI")));
      complete(DemoUsers.LURAH, staff, "Task_UmpanBalikTriwulan", review);
    }
    fireTimer(staff, "Event_PeriodeBerakhir");
    ObjectNode self = rows(DemoUsers.STAFF, staff, "Task_PenilaianMandiri", "penilaianMandiri", Map.of("realisasiAkhir",
        "12 kegiatan terlaksana", "buktiDukung", "https://bukti.example/akhir", "capaianMandiri", "SESUAI_EKSPEKTASI"));
    self.set("ringkasanMandiri", value("Semua target tercapai sesuai rencana"));
    complete(DemoUsers.STAFF, staff, "Task_PenilaianMandiri", self);
    complete(DemoUsers.LURAH, staff, "Task_NilaiKinerja",
        variables(AppraisalDriver.rating("SESUAI_EKSPEKTASI", "SESUAI_EKSPEKTASI", "SESUAI_EKSPEKTASI")));
    complete(DemoUsers.STAFF, staff, "Task_TinjauHasil", variables(AppraisalDriver.accept()));

    awaitEnded(staff);
    assertThat(jdbc.sql("select status || ':' || predicate from kinerja.appraisal where nip = ? and period_year = ?")
        .params(DemoUsers.STAFF, year).query(String.class).single()).isEqualTo("SELESAI:BAIK");
    assertThat(jdbc.sql("select count(*) from kinerja.quarterly_review r join kinerja.appraisal a on a.id = r.appraisal_id"
        + " where a.nip = ? and a.period_year = ?").params(DemoUsers.STAFF, year).query(Integer.class).single()).isEqualTo(4);

    auditTrailNamesEveryCompletion(DemoUsers.STAFF, year, staff, jdbc);

    // The bottleneck figures run on PostgreSQL too: the Lurah's year is still open, in TW I.
    fireTimer(lurah, AppraisalProcess.PERIOD_ENDED);
    awaitTask(DemoUsers.LURAH, lurah, "Task_CatatRealisasi");
    var figures = app.getBean(BottleneckQueries.class).figures(year, null);
    assertThat(figures.activities()).filteredOn(a -> a.open() > 0).isNotEmpty()
        .allSatisfy(a -> assertThat(a.medianWaitingHours()).isNotNegative());
    assertThat(figures.activities()).filteredOn(a -> a.activity().equals("Task_NilaiKinerja")).singleElement()
        .satisfies(a -> assertThat(a.medianCompletedHours()).isNotNull());
    assertThat(figures.units()).extracting(BottleneckQueries.Group::code).contains("KEL-PLAJU-ULU");
    assertThat(figures.completions().stream().mapToLong(BottleneckQueries.Week::completed).sum())
        .isEqualTo(jdbc.sql("select count(*) from act_hi_taskinst h join kinerja.appraisal a on a.process_instance_id = h.proc_inst_id_"
            + " where a.period_year = ? and h.delete_reason_ = 'completed'").param(year).query(Long.class).single());
    assertThat(app.getBean(BottleneckQueries.class).figures(year, "Task_PeriksaSkp").completions())
        .extracting(BottleneckQueries.Week::completed).containsExactly(2L);
  }

  /**
   * HR reads the appraisal's trail: one completion per completed task, by the task's assignee,
   * with the values the form sent.
   */
  private void auditTrailNamesEveryCompletion(String nip, int year, String instance, JdbcClient jdbc) throws Exception {
    JsonNode trail = JSON.readTree(Http.demoUser(port, DemoUsers.HR)
        .get("/api/audit/appraisals/" + nip + "/" + year + "?size=500").body()).get("items");
    List<String> completions = new java.util.ArrayList<>();
    trail.forEach(e -> {
      if (e.get("action").asText().equals("TUGAS_DISELESAIKAN")) {
        completions.add(e.get("target").asText().replace("penilaian-kinerja/", "") + " " + e.get("actor").asText());
        assertThat(e.get("clientAddress").asText()).isEqualTo("127.0.0.1");
        assertThat(e.get("subjectNip").asText()).isEqualTo(nip);
      }
    });
    List<String> completed = jdbc.sql("select task_def_key_ || ' ' || assignee_ from act_hi_taskinst where proc_inst_id_ = ?"
        + " and delete_reason_ = 'completed' order by end_time_").param(instance).query(String.class).list();
    assertThat(completions).containsExactlyElementsOf(completed);
    assertThat(trail.toString()).contains("Meningkatnya partisipasi warga", "https://bukti.example/tw",
        "\\\"ajukanKeberatan\\\":false", "Target kuantitas dan kualitas tercapai");
    String csv = Http.demoUser(port, DemoUsers.HR).get("/api/audit/appraisals/" + nip + "/" + year + ".csv").body();
    assertThat(csv.lines().filter(line -> line.contains("\"TUGAS_DISELESAIKAN\"")).count()).isEqualTo(completed.size());
  }

  private String open(String nip, int year) throws Exception {
    ObjectNode body = JSON.createObjectNode().put("businessKey", nip + ":" + year);
    body.set("variables", variables(Map.of("nip", nip, "tahun", year)));
    var response = Http.demoUser(port, DemoUsers.HR).postJson("/engine-rest/process-definition/key/penilaian-kinerja/start",
        body.toString());
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return JSON.readTree(response.body()).get("id").asText();
  }

  /** The earliest timer of that activity in the instance fires, as its day would come. */
  private void fireTimer(String instance, String activityId) throws Exception {
    var management = app.getBean(org.camunda.bpm.engine.ManagementService.class);
    Instant until = Instant.now().plus(Duration.ofSeconds(30));
    while (Instant.now().isBefore(until)) {
      var timers = management.createJobQuery().processInstanceId(instance).activityId(activityId).timers()
          .orderByJobDuedate().asc().list();
      if (!timers.isEmpty()) {
        management.executeJob(timers.get(0).getId());
        return;
      }
      Thread.sleep(200);
    }
    throw new AssertionError("no timer " + activityId + " in " + instance);
  }

  /** Waits for the person's task (jobs run in the background), then completes it as them. */
  private void complete(String user, String instance, String key, ObjectNode variables) throws Exception {
    String task = awaitTask(user, instance, key);
    var response = Http.demoUser(port, user).postJson("/engine-rest/task/" + task + "/complete",
        JSON.createObjectNode().set("variables", variables).toString());
    assertThat(response.statusCode()).as("%s completes %s: %s", user, key, response.body()).isEqualTo(204);
  }

  private String awaitTask(String user, String instance, String key) throws Exception {
    Instant until = Instant.now().plus(Duration.ofSeconds(30));
    while (Instant.now().isBefore(until)) {
      JsonNode tasks = JSON.readTree(Http.demoUser(port, user)
          .get("/engine-rest/task?processInstanceId=" + instance + "&taskDefinitionKey=" + key).body());
      if (tasks.size() == 1) {
        return tasks.get(0).get("id").asText();
      }
      Thread.sleep(200);
    }
    throw new AssertionError(user + " never got " + key);
  }

  private void awaitEnded(String instance) throws Exception {
    Instant until = Instant.now().plus(Duration.ofSeconds(30));
    while (Instant.now().isBefore(until)) {
      if (Http.demoUser(port, DemoUsers.HR).get("/engine-rest/process-instance/" + instance).statusCode() == 404) {
        return;
      }
      Thread.sleep(200);
    }
    throw new AssertionError("instance " + instance + " did not end");
  }

  private ObjectNode plan(String user, String instance) throws Exception {
    String task = awaitTask(user, instance, "Task_SusunSkp");
    String raw = variable(user, task, "pilihanRhkAtasan");
    JsonNode options = JSON.readTree(raw);
    assertThat(options.isArray()).as("options offered to %s: %s", user, raw).isTrue();
    Map<String, Object> row = AppraisalDriver.planRow(options.get(0).get("value").asText(), "UTAMA");
    ObjectNode answers = json("rhk", List.of(row));
    answers.setAll(variables(AppraisalDriver.appendix()));
    return answers;
  }

  private ObjectNode rows(String user, String instance, String key, String name, Map<String, Object> answers) throws Exception {
    String task = awaitTask(user, instance, key);
    List<Map<String, Object>> rows = JSON.readValue(variable(user, task, name), new com.fasterxml.jackson.core.type.TypeReference<>() {});
    rows.forEach(row -> row.putAll(answers));
    return json(name, rows);
  }

  private String variable(String user, String task, String name) throws Exception {
    var response = Http.demoUser(port, user).get("/engine-rest/task/" + task + "/variables/" + name + "?deserializeValue=false");
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    JsonNode value = JSON.readTree(response.body()).get("value");
    return value.isTextual() ? value.asText() : value.toString();
  }

  private static ObjectNode json(String name, Object rows) throws Exception {
    ObjectNode variables = JSON.createObjectNode();
    variables.set(name, JSON.createObjectNode().put("type", "Json").put("value", JSON.writeValueAsString(rows)));
    return variables;
  }

  private static ObjectNode variables(Map<String, Object> values) {
    ObjectNode variables = JSON.createObjectNode();
    values.forEach((name, v) -> variables.set(name, value(v)));
    return variables;
  }

  private static ObjectNode value(Object v) {
    return JSON.createObjectNode().set("value", JSON.valueToTree(v));
  }
}

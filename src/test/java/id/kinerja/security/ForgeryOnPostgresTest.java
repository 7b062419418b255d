package id.kinerja.security;

import static org.assertj.core.api.Assertions.assertThat;

import id.kinerja.DemoUsers;
import id.kinerja.Http;
import id.kinerja.PostgresDatabase;
import id.kinerja.appraisal.AppraisalDriver;
import id.kinerja.organisation.VacantKelurahan;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Every user task of every deployed model, found in the models themselves, reached as its owner
 * would reach it and attacked by that owner: a completion carrying one variable the form does not
 * have (by complete, submit-form, resolve and Tasklist's own API), and every write path outside a
 * completion (task and local variables, process and execution variables, the task's own fields,
 * assignee, giving back a task the server assigned, delegation, identity links, a BPMN error).
 * Each is refused and the domain tables, the instance's variables, tasks, jobs and history are
 * byte for byte as before. A task in a model that no walk reaches fails the test.
 */
class ForgeryOnPostgresTest {

  private static final String FORGED = "predikatKinerja";
  private static PostgresDatabase database;
  private static ConfigurableApplicationContext app;
  private static int port;
  private static AppraisalDriver driver;
  private static JdbcClient jdbc;
  private final Set<String> attacked = new TreeSet<>();

  @BeforeAll
  static void start() {
    database = PostgresDatabase.create();
    app = database.startApplication("--kinerja.demo.enabled=true", "--camunda.bpm.job-execution.enabled=false");
    port = ((WebServerApplicationContext) app).getWebServer().getPort();
    driver = app.getBean(AppraisalDriver.class);
    jdbc = app.getBean(JdbcClient.class);
  }

  @AfterAll
  static void stop() throws Exception {
    PostgresDatabase.stop(app, database);
  }

  @Test
  void everyUserTaskRefusesEveryForgeryAndKeepsTheRecordAsItWas() {
    appealWithBothExplanationsAndATrainingReferral();
    lateSkpAndAnAward();
    coachingThisYear();
    calibration();
    dataConfirmation();
    vacantPost();

    assertThat(attacked).as("every user task of every deployed model was reached and attacked")
        .containsExactlyInAnyOrderElementsOf(userTasksOfDeployedModels());
  }

  // ---- walks through the models

  private void appealWithBothExplanationsAndATrainingReferral() {
    int year = AppraisalDriver.newYear();
    driver.approvedPlan(DemoUsers.LURAH, year);
    ProcessInstance staff = driver.start(DemoUsers.STAFF, year);
    attackOpen(staff);
    Task draft = driver.task(staff, "Task_SusunSkp");
    driver.complete(DemoUsers.STAFF, draft, driver.plan(draft));
    attackOpen(staff);
    driver.complete(DemoUsers.LURAH, staff, "Task_PeriksaSkp", AppraisalDriver.approve());
    driver.runDueJobs(staff);
    attackOpen(staff);
    driver.openPeriod(staff, 1);
    driver.fireTimer(staff, "Timer_BatasEvaluasi");
    attackOpen(staff);
    driver.complete(DemoUsers.HR, staff, "Task_EskalasiEvaluasi", Map.of("catatanTindakLanjut", "Pegawai diminta segera mengisi"));
    Task realisation = driver.task(staff, "Task_CatatRealisasi");
    driver.complete(DemoUsers.STAFF, realisation, driver.realisation(realisation));
    attackOpen(staff);
    Task review = driver.task(staff, "Task_UmpanBalikTriwulan");
    driver.complete(DemoUsers.LURAH, review, driver.quarterlyReview(review, "SESUAI_EKSPEKTASI", "SESUAI_EKSPEKTASI"));
    driver.quarters(staff, DemoUsers.STAFF, DemoUsers.LURAH, 3);
    driver.fireTimer(staff, "Event_PeriodeBerakhir");
    attackOpen(staff);
    Task self = driver.task(staff, "Task_PenilaianMandiri");
    driver.complete(DemoUsers.STAFF, self, driver.selfAssessment(self));
    attackOpen(staff);
    driver.complete(DemoUsers.LURAH, staff, "Task_NilaiKinerja",
        AppraisalDriver.rating("DI_BAWAH_EKSPEKTASI", "SESUAI_EKSPEKTASI", "DI_BAWAH_EKSPEKTASI"));
    attackOpen(staff);
    driver.complete(DemoUsers.STAFF, staff, "Task_TinjauHasil", AppraisalDriver.appeal());
    driver.runDueJobs(staff);
    attackOpen(staff);
    driver.complete(DemoUsers.CAMAT, staff, "Task_PeriksaKeberatan", AppraisalDriver.askExplanations());
    attackOpen(staff);
    driver.complete(DemoUsers.LURAH, staff, "Task_PenjelasanPenilai", Map.of("penjelasan", "Target kuantitas tidak tercapai"));
    driver.complete(DemoUsers.STAFF, staff, "Task_PenjelasanPegawai", Map.of("penjelasan", "Bukti TW IV terlambat diunggah"));
    driver.fireTimer(staff, "Timer_BatasKeberatan");
    attackOpen(staff);
    driver.complete(DemoUsers.HR, staff, "Task_EskalasiKeberatan", Map.of("catatanTindakLanjut", "Camat diingatkan lewat telepon"));
    driver.complete(DemoUsers.CAMAT, staff, "Task_PutuskanKeberatan", AppraisalDriver.confirmResult());
    attackOpen(staff);
  }

  private void lateSkpAndAnAward() {
    int year = AppraisalDriver.newYear();
    driver.approvedPlan(DemoUsers.LURAH, year);
    ProcessInstance other = driver.start(DemoUsers.OTHER_STAFF, year);
    driver.fireTimer(other, "Timer_BatasSkp");
    attackOpen(other);
    driver.complete(DemoUsers.HR, other, "Task_EskalasiSkp", Map.of("catatanTindakLanjut", "Pegawai sudah dihubungi"));
    Task draft = driver.task(other, "Task_SusunSkp");
    driver.complete(DemoUsers.OTHER_STAFF, draft, driver.plan(draft));
    driver.complete(DemoUsers.LURAH, other, "Task_PeriksaSkp", AppraisalDriver.approve());
    driver.runDueJobs(other);
    driver.rated(other, DemoUsers.OTHER_STAFF, DemoUsers.LURAH, "DI_ATAS_EKSPEKTASI", "DI_ATAS_EKSPEKTASI", "DI_ATAS_EKSPEKTASI");
    driver.complete(DemoUsers.OTHER_STAFF, other, "Task_TinjauHasil", AppraisalDriver.accept());
    attackOpen(other);
  }

  private void coachingThisYear() {
    ProcessInstance staff = driver.planned(DemoUsers.STAFF, DemoUsers.LURAH, LocalDate.now().getYear());
    HttpResponse<String> request = Http.demoUser(port, DemoUsers.STAFF).postJson(
        "/engine-rest/process-definition/key/permintaan-dialog-kinerja/submit-form",
        "{\"variables\":{\"nipPegawai\":{\"value\":\"" + DemoUsers.STAFF + "\"},"
            + "\"topikDialog\":{\"value\":\"Pembahasan capaian realisasi triwulan\"}}}");
    assertThat(request.statusCode()).as(request.body()).isEqualTo(200);
    attackOpen(staff);
    driver.complete(DemoUsers.LURAH, staff, "Task_CatatDialog", Map.of("tanggalDialog", new java.util.Date(),
        "catatanDialog", "Membahas kendala pengumpulan bukti dukung", "tindakLanjutDisepakati", "Unggah bukti tiap bulan"));
    attackOpen(staff);
  }

  private void calibration() {
    int year = AppraisalDriver.newYear();
    jdbc.sql("insert into kinerja.appraisal_period (period_year, plan_deadline, final_assessment_opens, calibration_required)"
        + " values (?, ?, ?, true)").params(year, LocalDate.of(year, 1, 31), LocalDate.of(year, 12, 31)).update();
    // The Kecamatan counts the Lurah and the kelurahan's staff: three Baik break the Baik curve (at most 70%).
    ProcessInstance lurah = driver.planned(DemoUsers.LURAH, DemoUsers.CAMAT, year);
    ProcessInstance staff = driver.planned(DemoUsers.STAFF, DemoUsers.LURAH, year);
    ProcessInstance other = driver.planned(DemoUsers.OTHER_STAFF, DemoUsers.LURAH, year);
    driver.rated(lurah, DemoUsers.LURAH, DemoUsers.CAMAT, "SESUAI_EKSPEKTASI", "SESUAI_EKSPEKTASI", "SESUAI_EKSPEKTASI");
    driver.rated(other, DemoUsers.OTHER_STAFF, DemoUsers.LURAH, "SESUAI_EKSPEKTASI", "SESUAI_EKSPEKTASI", "SESUAI_EKSPEKTASI");
    driver.rated(staff, DemoUsers.STAFF, DemoUsers.LURAH, "SESUAI_EKSPEKTASI", "SESUAI_EKSPEKTASI", "SESUAI_EKSPEKTASI");
    ProcessInstance unit = driver.runtime.createProcessInstanceQuery().processInstanceBusinessKey("KEC-PLAJU:" + year)
        .singleResult();
    driver.runDueJobs(unit);
    attackOpen(unit);
    driver.complete(DemoUsers.SEKDA, unit, "Task_TetapkanPredikatOrganisasi", Map.of("predikatOrganisasi", "BAIK"));
    attackOpen(unit);
  }

  private void dataConfirmation() {
    ProcessInstance confirmation = driver.runtime.startProcessInstanceByKey("konfirmasi-data-pegawai", DemoUsers.STAFF,
        Map.of("nip", DemoUsers.STAFF));
    attackOpen(confirmation);
    driver.complete(DemoUsers.STAFF, confirmation, "Task_KonfirmasiData",
        Map.of("dataBenar", false, "koreksi", "Golongan saya sekarang III/b"));
    attackOpen(confirmation);
  }

  private void vacantPost() {
    Task appoint = driver.vacantPostTask(VacantKelurahan.create(Http.demoUser(port, DemoUsers.HR)));
    attackOpen(driver.runtime.createProcessInstanceQuery().processInstanceId(appoint.getProcessInstanceId()).singleResult());
  }

  // ---- the attacks

  /** Attacks each open task of the instance whose kind was not attacked yet. */
  private void attackOpen(ProcessInstance instance) {
    for (Task task : driver.tasks.createTaskQuery().processInstanceId(instance.getId()).list()) {
      String kind = driver.runtime.createProcessInstanceQuery().processInstanceId(instance.getId()).singleResult()
          .getProcessDefinitionId().split(":")[0] + "/" + task.getTaskDefinitionKey();
      if (attacked.add(kind)) {
        attack(task, kind);
      }
    }
  }

  private void attack(Task task, String kind) {
    String owner = ownerOf(task);
    Http api = Http.demoUser(port, owner);
    Http tasklist = Http.browserLogin(port, owner, Http.DEMO_PASSWORD);
    tasklist.get("/camunda/app/tasklist/default/");
    String id = task.getId();
    String instance = task.getProcessInstanceId();
    String forged = "{\"variables\":{\"" + FORGED + "\":{\"value\":\"SANGAT_BAIK\"}}}";
    String modification = "{\"modifications\":{\"" + FORGED + "\":{\"value\":\"SANGAT_BAIK\"}}}";
    Map<String, String> before = record(task);
    long refusalsBefore = refusals();

    Map<String, HttpResponse<String>> completions = new LinkedHashMap<>();
    completions.put("complete", api.postJson("/engine-rest/task/" + id + "/complete", forged));
    completions.put("submit-form", api.postJson("/engine-rest/task/" + id + "/submit-form", forged));
    completions.put("resolve", api.postJson("/engine-rest/task/" + id + "/resolve", forged));
    completions.put("Tasklist submit-form", webapp(tasklist, "POST", "/task/" + id + "/submit-form", forged));
    completions.forEach((path, answer) -> assertThat(answer.statusCode()).as("%s %s: %s", kind, path, answer.body()).isEqualTo(400));
    completions.forEach((path, answer) -> assertThat(answer.body()).as("%s %s", kind, path).contains(FORGED));

    String execution = driver.runtime.createExecutionQuery().processInstanceId(instance).list().get(0).getId();
    Map<String, HttpResponse<String>> writes = new LinkedHashMap<>();
    writes.put("task variables", api.postJson("/engine-rest/task/" + id + "/variables", modification));
    writes.put("task variable", api.putJson("/engine-rest/task/" + id + "/variables/" + FORGED, "{\"value\":\"SANGAT_BAIK\"}"));
    writes.put("task variable removed", api.delete("/engine-rest/task/" + id + "/variables/nip"));
    writes.put("local variables", api.postJson("/engine-rest/task/" + id + "/localVariables", modification));
    writes.put("task fields", api.putJson("/engine-rest/task/" + id,
        "{\"name\":\"" + task.getName() + "\",\"due\":\"2099-12-31T00:00:00.000+0000\",\"followUp\":\"2099-12-01T00:00:00.000+0000\"}"));
    writes.put("assignee", api.postJson("/engine-rest/task/" + id + "/assignee", "{\"userId\":\"" + DemoUsers.OTHER_STAFF + "\"}"));
    writes.put("delegate", api.postJson("/engine-rest/task/" + id + "/delegate", "{\"userId\":\"" + DemoUsers.OTHER_STAFF + "\"}"));
    writes.put("identity link", api.postJson("/engine-rest/task/" + id + "/identity-links",
        "{\"groupId\":\"pegawai\",\"type\":\"candidate\"}"));
    writes.put("identity link removed", api.postJson("/engine-rest/task/" + id + "/identity-links/delete",
        "{\"userId\":\"" + owner + "\",\"type\":\"assignee\"}"));
    if (task.getAssignee() != null) {
      writes.put("unclaim", api.postJson("/engine-rest/task/" + id + "/unclaim", "{}"));
    }
    writes.put("BPMN error", api.postJson("/engine-rest/task/" + id + "/bpmnError", "{\"errorCode\":\"selesai\"}"));
    writes.put("process variables", api.postJson("/engine-rest/process-instance/" + instance + "/variables", modification));
    writes.put("process variable", api.putJson("/engine-rest/process-instance/" + instance + "/variables/jendelaKeberatan",
        "{\"value\":\"P3650D\"}"));
    writes.put("execution variables", api.postJson("/engine-rest/execution/" + execution + "/localVariables", modification));
    writes.put("Tasklist task variables", webapp(tasklist, "POST", "/task/" + id + "/variables", modification));
    writes.put("Tasklist due date", webapp(tasklist, "PUT", "/task/" + id,
        "{\"name\":\"" + task.getName() + "\",\"due\":\"2099-12-31T00:00:00.000+0000\"}"));
    writes.forEach((path, answer) -> assertThat(answer.statusCode()).as("%s %s: %s", kind, path, answer.body()).isEqualTo(403));

    assertThat(record(task)).as("%s: the record after every refused attempt", kind).isEqualTo(before);
    assertThat(refusals() - refusalsBefore).as("%s: each attempt on the audit trail", kind)
        .isEqualTo(completions.size() + writes.size());
  }

  private HttpResponse<String> webapp(Http tasklist, String method, String path, String json) {
    return tasklist.send(tasklist.request("/camunda/api/engine/engine/default" + path)
        .header("Content-Type", "application/json").header("X-XSRF-TOKEN", tasklist.camundaCsrfToken())
        .method(method, HttpRequest.BodyPublishers.ofString(json)));
  }

  /** The assignee, or a member of a candidate group (HR's tasks). */
  private String ownerOf(Task task) {
    if (task.getAssignee() != null) {
      return task.getAssignee();
    }
    List<String> groups = driver.tasks.getIdentityLinksForTask(task.getId()).stream().map(IdentityLink::getGroupId)
        .filter(java.util.Objects::nonNull).toList();
    assertThat(groups).as("candidate groups of %s", task.getTaskDefinitionKey()).contains(Groups.PENGELOLA_KINERJA);
    return DemoUsers.HR;
  }

  // ---- what must not change

  /** Every domain table, and the instance's variables, tasks, links, authorizations, jobs and history. */
  private static Map<String, String> record(Task task) {
    Map<String, String> record = new LinkedHashMap<>();
    for (String table : jdbc.sql("select table_name from information_schema.tables where table_schema = 'kinerja'"
        + " and table_name not in ('audit_event', 'flyway_schema_history') order by 1").query(String.class).list()) {
      record.put(table, digest("select * from kinerja." + table));
    }
    String instance = task.getProcessInstanceId();
    Function<String, String> ofInstance = sql -> digest(sql.replace("?", "'" + instance + "'"));
    record.put("variables", ofInstance.apply("select v.name_, v.type_, v.text_, v.text2_, v.long_, v.double_, v.execution_id_,"
        + " v.task_id_, b.bytes_ from act_ru_variable v left join act_ge_bytearray b on b.id_ = v.bytearray_id_"
        + " where v.proc_inst_id_ = ?"));
    record.put("tasks", ofInstance.apply("select id_, name_, assignee_, owner_, delegation_, due_date_, follow_up_date_,"
        + " priority_, suspension_state_ from act_ru_task where proc_inst_id_ = ?"));
    record.put("identity links", ofInstance.apply("select l.type_, l.user_id_, l.group_id_, l.task_id_ from act_ru_identitylink l"
        + " join act_ru_task t on t.id_ = l.task_id_ where t.proc_inst_id_ = ?"));
    record.put("authorizations", ofInstance.apply("select a.user_id_, a.group_id_, a.resource_id_, a.perms_ from act_ru_authorization a"
        + " join act_ru_task t on t.id_ = a.resource_id_ where t.proc_inst_id_ = ?"));
    record.put("jobs", ofInstance.apply("select id_, duedate_, retries_, suspension_state_ from act_ru_job where process_instance_id_ = ?"));
    record.put("executions", ofInstance.apply("select id_, act_id_, is_active_, suspension_state_ from act_ru_execution"
        + " where proc_inst_id_ = ?"));
    record.put("variable history", ofInstance.apply("select name_, text_, long_, double_, state_ from act_hi_varinst"
        + " where proc_inst_id_ = ?"));
    record.put("task history", ofInstance.apply("select id_, assignee_, due_date_, end_time_, delete_reason_ from act_hi_taskinst"
        + " where proc_inst_id_ = ?"));
    record.put("activity history", ofInstance.apply("select act_id_, end_time_ from act_hi_actinst where proc_inst_id_ = ?"));
    return record;
  }

  private static String digest(String sql) {
    return jdbc.sql("select md5(coalesce(string_agg(x::text, '|' order by x::text), '')) || ':' || count(*) from (" + sql + ") x")
        .query(String.class).single();
  }

  private static long refusals() {
    return jdbc.sql("select count(*) from kinerja.audit_event where action = 'PERMINTAAN_DITOLAK'").query(Long.class).single();
  }

  /** The user tasks of the latest version of every deployed process, read from the models. */
  private static Set<String> userTasksOfDeployedModels() {
    RepositoryService repository = app.getBean(RepositoryService.class);
    Set<String> tasks = new TreeSet<>();
    for (ProcessDefinition definition : repository.createProcessDefinitionQuery().latestVersion().list()) {
      repository.getBpmnModelInstance(definition.getId()).getModelElementsByType(UserTask.class)
          .forEach(task -> tasks.add(definition.getKey() + "/" + task.getId()));
    }
    return tasks;
  }
}

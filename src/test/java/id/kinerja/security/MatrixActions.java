package id.kinerja.security;

import static org.assertj.core.api.Assertions.assertThat;

import id.kinerja.DemoUsers;
import id.kinerja.Http;
import id.kinerja.appraisal.AppraisalDriver;
import id.kinerja.process.JsonVariables;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.context.ApplicationContext;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The actions of the authorisation matrix, each a real HTTP call as one actor. Each decides from
 * the answer and from its effect: allowed is a 2xx answer whose effect is visible, denied is
 * 401/403/404 (or, for a read, an empty answer) with nothing changed. Anything else, such as a
 * 500 or a 2xx that changed nothing, fails the cell: it is neither a clean allow nor a clean deny.
 * Actions that change state get fresh state for each call.
 */
final class MatrixActions {

  /** The evidence link the employee recorded for the first quarter of the seeded appraisal. */
  static final String EVIDENCE = "https://drive.example.go.id/bukti/matriks-tw1";
  private static final String CORRECTION_PROCESS = "konfirmasi-data-pegawai";
  private static final AtomicInteger SEQUENCE = new AtomicInteger();

  private final int port;
  private final AppraisalDriver driver;
  private final RepositoryService repository;
  private final ManagementService management;
  private final IdentityService identity;
  private final JdbcClient jdbc;
  private final Map<MatrixActor, Http> browserSessions = new EnumMap<>(MatrixActor.class);

  /** The employee's appraisal at the rater's first-quarter feedback, with evidence recorded. */
  private ProcessInstance reviewed;
  private int reviewedYear;
  private Task raterTask;
  /** The employee's own open task (first-quarter realisation) in a second appraisal. */
  private Task employeeTask;
  private ProcessInstance planned;
  private Task appeal;
  private int currentAppraisal;
  private Set<String> appealVariables;
  private int openingYear;

  MatrixActions(int port, ApplicationContext app) {
    this.port = port;
    this.driver = app.getBean(AppraisalDriver.class);
    this.repository = app.getBean(RepositoryService.class);
    this.management = app.getBean(ManagementService.class);
    this.identity = app.getBean(IdentityService.class);
    this.jdbc = app.getBean(JdbcClient.class);
  }

  void seed() {
    reviewedYear = AppraisalDriver.newYear();
    reviewed = driver.planned(DemoUsers.STAFF, DemoUsers.LURAH, reviewedYear);
    driver.openPeriod(reviewed, 1);
    Task realisation = driver.task(reviewed, "Task_CatatRealisasi");
    List<Map<String, Object>> rows = JsonVariables.rows(driver.tasks.getVariable(realisation.getId(), "realisasi")).stream()
        .map(prepared -> {
          Map<String, Object> row = new LinkedHashMap<>(prepared);
          row.putAll(Map.of("realisasiKuantitas", 3, "realisasiKualitas", 90, "realisasiWaktu", 3, "buktiDukung", EVIDENCE));
          return row;
        }).toList();
    driver.complete(DemoUsers.STAFF, realisation, Map.of("realisasi", JsonVariables.of(rows)));
    raterTask = driver.task(reviewed, "Task_UmpanBalikTriwulan");
    planned = driver.planned(DemoUsers.STAFF, DemoUsers.LURAH, AppraisalDriver.newYear());
    driver.openPeriod(planned, 1);
    employeeTask = driver.task(planned, "Task_CatatRealisasi");
    // Coaching is requested on the appraisal of the current year.
    ProcessInstance current = driver.planned(DemoUsers.STAFF, DemoUsers.LURAH, LocalDate.now().getYear());
    currentAppraisal = count("select id from kinerja.appraisal where process_instance_id = ?", current.getId());
  }

  // ---- tasks

  boolean listEmployeesTask(MatrixActor actor) {
    var list = api(actor).get("/engine-rest/task?processInstanceId=" + planned.getId());
    return read("list", list, list.body().contains(employeeTask.getId()));
  }

  boolean readEmployeesTask(MatrixActor actor) {
    return readTask(actor, employeeTask);
  }

  boolean readRatersTask(MatrixActor actor) {
    return readTask(actor, raterTask);
  }

  private boolean readTask(MatrixActor actor, Task task) {
    var read = api(actor).get("/engine-rest/task/" + task.getId());
    var form = api(actor).get("/engine-rest/task/" + task.getId() + "/form-variables");
    return agree(read("task", read, read.body().contains(task.getId())),
        read("form variables", form, form.body().contains(DemoUsers.STAFF)));
  }

  boolean claimHrTask(MatrixActor actor) {
    Task task = hrCandidateTask();
    String claimant = actor.user == null ? DemoUsers.STAFF : actor.user;
    var claim = api(actor).postJson("/engine-rest/task/" + task.getId() + "/claim", "{\"userId\":\"" + claimant + "\"}");
    String assignee = driver.tasks.createTaskQuery().taskId(task.getId()).singleResult().getAssignee();
    return write("claim", claim, claimant.equals(assignee), assignee == null);
  }

  boolean completeEmployeesTask(MatrixActor actor) {
    Task task = correctionTask();
    var complete = api(actor).postJson("/engine-rest/task/" + task.getId() + "/complete",
        "{\"variables\":{\"dataBenar\":{\"value\":true}}}");
    boolean open = driver.tasks.createTaskQuery().taskId(task.getId()).count() == 1;
    return write("complete", complete, !open, open);
  }

  boolean decideAppeal(MatrixActor actor) {
    Task review = untouchedAppeal();
    var decide = api(actor).postJson("/engine-rest/task/" + review.getId() + "/complete", variables(AppraisalDriver.confirmResult()));
    boolean open = driver.tasks.createTaskQuery().taskId(review.getId()).count() == 1;
    return write("decide the appeal", decide, !open, open);
  }

  /**
   * A coaching request on the employee's appraisal. The requester is whoever sends it, and only
   * she or her rater may ask; a request that names its own requester ("pemohon") is refused.
   */
  boolean requestCoaching(MatrixActor actor) {
    String sessions = "select count(*) from kinerja.coaching_session where appraisal_id = ?";
    int before = count(sessions, currentAppraisal);
    String path = "/engine-rest/process-definition/key/permintaan-dialog-kinerja/submit-form";
    Map<String, Object> answers = Map.of("nipPegawai", DemoUsers.STAFF, "topikDialog", "Pembahasan capaian realisasi triwulan");
    Map<String, Object> naming = new LinkedHashMap<>(answers);
    naming.put("pemohon", DemoUsers.STAFF);
    if (actor.user != null) {
      assertThat(api(actor).postJson(path, variables(naming)).statusCode()).as("a request naming its requester").isIn(400, 403);
    }
    var request = api(actor).postJson(path, variables(answers));
    int added = count(sessions, currentAppraisal) - before;
    boolean asSender = added == 1 && jdbc.sql("select requested_by from kinerja.coaching_session where appraisal_id = ?"
        + " order by id desc limit 1").param(currentAppraisal).query(String.class).single().equals(actor.user);
    if (request.statusCode() == 400 && added == 0) {
      return false;
    }
    return write("request coaching", request, asSender, added == 0);
  }

  // ---- someone else's appraisal

  boolean readVariables(MatrixActor actor) {
    var variables = api(actor).get("/engine-rest/process-instance/" + reviewed.getId() + "/variables");
    var instances = api(actor).get("/engine-rest/variable-instance?processInstanceIdIn=" + reviewed.getId());
    return agree(read("variables", variables, variables.body().contains(DemoUsers.STAFF)),
        read("variable instances", instances, instances.body().contains(DemoUsers.STAFF)));
  }

  boolean readHistory(MatrixActor actor) {
    var activities = api(actor).get("/engine-rest/history/activity-instance?processInstanceId=" + reviewed.getId());
    var instance = api(actor).get("/engine-rest/history/process-instance/" + reviewed.getId());
    return agree(read("activity history", activities, activities.body().contains("Task_SusunSkp")),
        read("instance history", instance, instance.body().contains(reviewed.getId())));
  }

  boolean readVariableHistory(MatrixActor actor) {
    var history = api(actor).get("/engine-rest/history/variable-instance?processInstanceId=" + reviewed.getId());
    return read("variable history", history, history.body().contains(DemoUsers.STAFF));
  }

  /** Every way the engine serves the evidence links: variables, their history, task variables. */
  boolean readEvidence(MatrixActor actor) {
    Http http = api(actor);
    String instance = reviewed.getId();
    boolean seen = false;
    for (String path : List.of("/engine-rest/process-instance/" + instance + "/variables?deserializeValues=false",
        "/engine-rest/variable-instance?processInstanceIdIn=" + instance + "&deserializeValues=false",
        "/engine-rest/history/variable-instance?processInstanceId=" + instance + "&deserializeValues=false",
        "/engine-rest/task/" + raterTask.getId() + "/variables?deserializeValues=false",
        "/engine-rest/task/" + raterTask.getId() + "/form-variables?deserializeValues=false")) {
      var response = http.get(path);
      seen |= read(path, response, response.body().contains(EVIDENCE));
    }
    return seen;
  }

  // ---- appraisals and periods

  boolean startAppraisal(MatrixActor actor) {
    int year = AppraisalDriver.newYear();
    settings(year);
    String businessKey = DemoUsers.OTHER_STAFF + ":" + year;
    var start = api(actor).postJson("/engine-rest/process-definition/key/penilaian-kinerja/start",
        "{\"businessKey\":\"" + businessKey + "\",\"variables\":{\"nip\":{\"value\":\"" + DemoUsers.OTHER_STAFF
            + "\"},\"tahun\":{\"value\":" + year + "}}}");
    long started = driver.runtime.createProcessInstanceQuery().processInstanceBusinessKey(businessKey).count();
    return write("start", start, started == 1, started == 0);
  }

  boolean cancelAppraisal(MatrixActor actor) {
    ProcessInstance instance = driver.start(DemoUsers.OTHER_STAFF, AppraisalDriver.newYear());
    var cancel = api(actor).send(api(actor).request("/engine-rest/process-instance/" + instance.getId()).DELETE());
    long running = driver.runtime.createProcessInstanceQuery().processInstanceId(instance.getId()).count();
    return write("cancel", cancel, running == 0, running == 1);
  }

  boolean openPeriod(MatrixActor actor) {
    int year = AppraisalDriver.newYear();
    var open = api(actor).postJson("/api/periods/" + year + "/openings", "{\"unitCode\":\"KEL-TALANG-PUTRI\"}");
    int openings = count("select count(*) from kinerja.period_opening where period_year = ?", year);
    return write("open", open, openings == 1, openings == 0);
  }

  boolean closePeriod(MatrixActor actor) {
    int year = AppraisalDriver.newYear();
    settings(year);
    var close = api(actor).postJson("/api/periods/" + year + "/close", "{\"force\":true}");
    int closings = count("select count(*) from kinerja.period_closing where period_year = ?", year);
    return write("close", close, closings == 1, closings == 0);
  }

  // ---- HR's screen (/pengelolaan): the page and its session API, each write with the session's CSRF token

  boolean openHrScreen(MatrixActor actor) {
    var page = browser(actor).get("/pengelolaan");
    if (page.statusCode() == 302 && page.headers().firstValue("Location").orElse("").endsWith("/login")) {
      return false;
    }
    return read("HR's screen", page, page.body().contains("<h1>Pengelolaan Kinerja</h1>"));
  }

  /** Openings are limited to years up to 2100, so every actor tries the same year: each allowed call adds one opening. */
  boolean openPeriodOnHrScreen(MatrixActor actor) {
    if (openingYear == 0) {
      openingYear = AppraisalDriver.newYearWithinLimits();
    }
    String openings = "select count(*) from kinerja.period_opening where period_year = ?";
    int before = count(openings, openingYear);
    var open = session(actor).postJson("/pengelolaan/api/periods/" + openingYear + "/openings",
        "{\"unitCode\":\"KEL-TALANG-PUTRI\"}");
    int after = count(openings, openingYear);
    return write("open on HR's screen", open, after == before + 1, after == before);
  }

  boolean closePeriodOnHrScreen(MatrixActor actor) {
    int year = AppraisalDriver.newYear();
    settings(year);
    var close = session(actor).postJson("/pengelolaan/api/periods/" + year + "/close", "{\"force\":true}");
    int closings = count("select count(*) from kinerja.period_closing where period_year = ?", year);
    return write("close on HR's screen", close, closings == 1, closings == 0);
  }

  boolean importEmployeeOnHrScreen(MatrixActor actor) {
    String nip = String.format("199001012020011%03d", SEQUENCE.incrementAndGet());
    String csv = "nip,nama,golongan,jenis_asn,kode_jabatan,kode_unit,email\n"
        + nip + ",Pegawai Uji Layar,II/a,PNS,STAF-TALANG-PUTRI,KEL-TALANG-PUTRI,uji" + nip + "@demo.palembang.go.id\n";
    var load = session(actor).post("/pengelolaan/api/organisation/employees", "text/csv", csv);
    int imported = count("select count(*) from kinerja.employee where nip = ?", nip);
    return write("import on HR's screen", load, imported == 1, imported == 0);
  }

  // ---- models, decisions, figures, directory, Admin

  boolean deployModel(MatrixActor actor) {
    String name = "matriks-" + actor.name().toLowerCase();
    String boundary = "matriks-boundary";
    String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"deployment-name\"\r\n\r\n" + name + "\r\n"
        + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"data\"; filename=\"uji-unggah-modeler.bpmn\"\r\n"
        + "Content-Type: application/octet-stream\r\n\r\n" + resource("deployment/uji-unggah-modeler.bpmn") + "\r\n"
        + "--" + boundary + "--\r\n";
    Http http = api(actor);
    var deploy = http.send(http.request("/engine-rest/deployment/create")
        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
        .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)));
    long deployed = repository.createDeploymentQuery().deploymentName(name).count();
    return write("deploy", deploy, deployed == 1, deployed == 0);
  }

  boolean evaluateDecision(MatrixActor actor) {
    var evaluate = api(actor).postJson("/engine-rest/decision-definition/key/predikat-kinerja/evaluate",
        "{\"variables\":{\"ratingHasilKerja\":{\"value\":\"DI_ATAS_EKSPEKTASI\"},\"ratingPerilakuKerja\":{\"value\":\"DI_ATAS_EKSPEKTASI\"}}}");
    return read("evaluate", evaluate, evaluate.body().contains("SANGAT_BAIK"));
  }

  boolean readBottlenecks(MatrixActor actor) {
    var figures = api(actor).get("/api/bottlenecks/" + reviewedYear);
    return read("bottlenecks", figures, figures.body().contains("Task_UmpanBalikTriwulan"));
  }

  boolean readBottlenecksInCockpit(MatrixActor actor) {
    var figures = browser(actor).get("/camunda/api/cockpit/plugin/kinerja-bottleneck/default/bottlenecks/" + reviewedYear);
    return read("Cockpit bottlenecks", figures, figures.body().contains("Task_UmpanBalikTriwulan"));
  }

  boolean importEmployee(MatrixActor actor) {
    String nip = String.format("199001012020011%03d", SEQUENCE.incrementAndGet());
    String csv = "nip,nama,golongan,jenis_asn,kode_jabatan,kode_unit,email\n"
        + nip + ",Pegawai Uji Matriks,II/a,PNS,STAF-TALANG-PUTRI,KEL-TALANG-PUTRI,uji" + nip + "@demo.palembang.go.id\n";
    var load = api(actor).post("/api/organisation/employees", "text/csv", csv);
    int imported = count("select count(*) from kinerja.employee where nip = ?", nip);
    return write("import", load, imported == 1, imported == 0);
  }

  /** The Admin webapp, and the authorizations it manages through the webapp's engine API. */
  boolean useAdmin(MatrixActor actor) {
    Http browser = browser(actor);
    var page = browser.get("/camunda/app/admin/default/");
    var authorizations = browser.get("/camunda/api/engine/engine/default/authorization?maxResults=1");
    boolean pageOpens = page.statusCode() == 200 && page.body().contains("<html");
    return agree(pageOpens, read("authorizations", authorizations, authorizations.body().contains("\"resourceType\"")));
  }

  // ---- what a permitted call may change (parts of the integrity issue)

  boolean changeTaskOutsideItsForm(MatrixActor actor) {
    Task task = correctionTask();
    var variables = api(actor).postJson("/engine-rest/task/" + task.getId() + "/variables",
        "{\"modifications\":{\"koreksi\":{\"value\":\"Ditulis di luar formulir\"}}}");
    var due = api(actor).putJson("/engine-rest/task/" + task.getId(), "{\"name\":\"" + task.getName()
        + "\",\"due\":\"2099-12-31T00:00:00.000+0000\"}");
    Task after = driver.tasks.createTaskQuery().taskId(task.getId()).singleResult();
    boolean written = driver.tasks.getVariables(task.getId()).containsKey("koreksi");
    boolean moved = after.getDueDate() != null;
    return agree(write("task variables", variables, written, !written), write("due date", due, moved, !moved));
  }

  boolean filterByVariableValue(MatrixActor actor) {
    var found = api(actor).get("/engine-rest/process-instance?variables=nip_eq_" + DemoUsers.STAFF);
    return read("filter by value", found, found.body().contains(planned.getId()));
  }

  boolean deleteUsedDeployment(MatrixActor actor) {
    String deployment = repository.createDeployment().name("matriks-hapus-" + SEQUENCE.incrementAndGet())
        .addClasspathResource("deployment/uji-unggah-modeler.bpmn").deploy().getId();
    String definition = repository.createProcessDefinitionQuery().deploymentId(deployment).singleResult().getId();
    driver.runtime.startProcessInstanceById(definition);
    var delete = api(actor).delete("/engine-rest/deployment/" + deployment);
    long left = repository.createDeploymentQuery().deploymentId(deployment).count();
    return write("delete deployment", delete, left == 0, left == 1);
  }

  boolean suspendDefinition(MatrixActor actor) {
    String deployment = repository.createDeployment().name("matriks-tangguh-" + SEQUENCE.incrementAndGet())
        .addClasspathResource("deployment/uji-unggah-modeler.bpmn").deploy().getId();
    String definition = repository.createProcessDefinitionQuery().deploymentId(deployment).singleResult().getId();
    var suspend = api(actor).putJson("/engine-rest/process-definition/" + definition + "/suspended", "{\"suspended\":true}");
    boolean suspended = repository.getProcessDefinition(definition).isSuspended();
    return write("suspend", suspend, suspended, !suspended);
  }

  /** A refused execution must leave the job's retries as they were, not burn one. */
  boolean executeJob(MatrixActor actor) {
    ProcessInstance instance = driver.start(DemoUsers.OTHER_STAFF, AppraisalDriver.newYear());
    Job reminder = management.createJobQuery().processInstanceId(instance.getId()).activityId("Timer_PengingatSkp").singleResult();
    var execute = api(actor).postJson("/engine-rest/job/" + reminder.getId() + "/execute", "{}");
    Job after = management.createJobQuery().jobId(reminder.getId()).singleResult();
    return write("execute job", execute, after == null, after != null && after.getRetries() == reminder.getRetries());
  }

  boolean verifyPassword(MatrixActor actor) {
    var verify = api(actor).postJson("/engine-rest/identity/verify",
        "{\"username\":\"" + DemoUsers.LURAH + "\",\"password\":\"" + Http.DEMO_PASSWORD + "\"}");
    return read("verify", verify, verify.body().contains("\"authenticated\":true"));
  }

  boolean editProfile(MatrixActor actor) {
    User before = identity.createUserQuery().userId(DemoUsers.STAFF).singleResult();
    var edit = api(actor).putJson("/engine-rest/user/" + DemoUsers.STAFF + "/profile", "{\"id\":\"" + DemoUsers.STAFF
        + "\",\"firstName\":\"" + before.getFirstName() + "\",\"lastName\":\"\",\"email\":\"palsu@example.com\"}");
    User after = identity.createUserQuery().userId(DemoUsers.STAFF).singleResult();
    boolean changed = "palsu@example.com".equals(after.getEmail());
    if (changed) {
      after.setEmail(before.getEmail());
      identity.saveUser(after);
    }
    return write("profile", edit, changed, !changed);
  }

  boolean readAuditTrail(MatrixActor actor) {
    var trail = api(actor).get("/api/audit/people/" + DemoUsers.STAFF + "?size=5");
    return read("audit trail", trail, trail.body().contains("TUGAS_DISELESAIKAN"));
  }

  // ---- documents

  /**
   * The SKP of the reviewed appraisal: listed and served over the API, and served in a webapp
   * session (the link in a Tasklist form); the three must agree.
   */
  boolean readDocuments(MatrixActor actor) {
    String appraisal = "/api/appraisals/" + DemoUsers.STAFF + "/" + reviewedYear + "/documents";
    var list = api(actor).get(appraisal);
    var pdf = api(actor).get(appraisal + "/skp");
    boolean byApi = agree(read("document list", list, list.body().contains("\"SKP\"")),
        read("SKP", pdf, pdf.body().startsWith("%PDF")));
    if (actor.user == null) {
      return byApi;
    }
    var session = browser(actor).get("/dokumen/" + DemoUsers.STAFF + "/" + reviewedYear + "/skp");
    return agree(byApi, read("SKP in a session", session, session.body().startsWith("%PDF")));
  }

  /** The reviewed appraisal on Penilaian Saya (the webapp session's API): the same readers as its documents. */
  boolean readStanding(MatrixActor actor) {
    var standing = browser(actor).get("/penilaian-saya/api/pegawai/" + DemoUsers.STAFF);
    return read("Penilaian Saya", standing, standing.body().contains("\"tahun\":" + reviewedYear + ","));
  }

  /** The public page behind a document's QR code. */
  boolean verifyDocument(MatrixActor actor) {
    var hr = Http.demoUser(port, DemoUsers.HR).get("/api/appraisals/" + DemoUsers.STAFF + "/" + reviewedYear + "/documents/skp");
    String code = hr.headers().firstValue("X-Dokumen-Kode").orElseThrow();
    var page = (actor.user == null ? Http.anonymous(port) : browser(actor)).get("/verifikasi/" + code);
    return read("verification page", page, page.body().contains(hr.headers().firstValue("X-Dokumen-Nomor").orElseThrow()));
  }

  /** HR's ZIP of a unit: asking for it starts (or returns the running) bundle of the unit and year. */
  boolean bundleUnitDocuments(MatrixActor actor) {
    String bundles = "select count(*) from kinerja.document_bundle where unit_code = 'KEL-PLAJU-ULU' and period_year = ?";
    int before = count(bundles, reviewedYear);
    var bundle = api(actor).post("/api/units/KEL-PLAJU-ULU/" + reviewedYear + "/documents/bundle", "application/json", "");
    return write("bundle", bundle, bundle.body().contains("\"status\""), count(bundles, reviewedYear) == before);
  }

  // ---- settings HR reads

  boolean listVacantPosts(MatrixActor actor) {
    var list = api(actor).get("/api/organisation/vacant-posts");
    return read("vacant posts", list, list.body().startsWith("["));
  }

  boolean readPredicateUnits(MatrixActor actor) {
    var units = api(actor).get("/api/periods/" + reviewedYear + "/predicate-units");
    return read("predicate units", units, units.body().contains("KEC-PLAJU"));
  }

  boolean readDemoClock(MatrixActor actor) {
    var clock = api(actor).get("/api/demo/clock");
    return read("demo clock", clock, clock.body().contains("\"now\""));
  }

  // ---- fresh state

  /**
   * An appeal heard from both sides and waiting for the Camat's decision. A whole appraisal year is costly, so an appeal a
   * refused cell left exactly as it was serves the next cell; a decided one is replaced.
   */
  private Task untouchedAppeal() {
    Task open = appeal == null ? null : driver.tasks.createTaskQuery().taskId(appeal.getId()).singleResult();
    if (open != null && DemoUsers.CAMAT.equals(open.getAssignee())
        && driver.tasks.getVariables(open.getId()).keySet().equals(appealVariables)) {
      return open;
    }
    ProcessInstance instance = driver.planned(DemoUsers.STAFF, DemoUsers.LURAH, AppraisalDriver.newYear());
    driver.rated(instance, DemoUsers.STAFF, DemoUsers.LURAH, "SESUAI_EKSPEKTASI", "DI_BAWAH_EKSPEKTASI", "SESUAI_EKSPEKTASI");
    driver.complete(DemoUsers.STAFF, instance, "Task_TinjauHasil", AppraisalDriver.appeal());
    driver.heard(instance, DemoUsers.CAMAT, DemoUsers.LURAH, DemoUsers.STAFF);
    appeal = driver.task(instance, "Task_PutuskanKeberatan");
    assertThat(appeal.getAssignee()).as("the appeal goes to the rater's supervisor").isEqualTo(DemoUsers.CAMAT);
    appealVariables = driver.tasks.getVariables(appeal.getId()).keySet();
    return appeal;
  }

  private Task correctionTask() {
    var instance = driver.runtime.startProcessInstanceByKey(CORRECTION_PROCESS, DemoUsers.STAFF, Map.of("nip", DemoUsers.STAFF));
    return driver.tasks.createTaskQuery().processInstanceId(instance.getId()).singleResult();
  }

  private Task hrCandidateTask() {
    Task correction = correctionTask();
    driver.complete(DemoUsers.STAFF, correction, Map.of("dataBenar", false, "koreksi", "Golongan saya sekarang III/b"));
    Task hr = driver.tasks.createTaskQuery().processInstanceId(correction.getProcessInstanceId()).singleResult();
    assertThat(hr.getAssignee()).as("an HR task nobody has claimed").isNull();
    return hr;
  }

  private void settings(int year) {
    jdbc.sql("insert into kinerja.appraisal_period (period_year, plan_deadline, final_assessment_opens, calibration_required)"
            + " values (?, ?, ?, false)")
        .params(year, LocalDate.of(year, 1, 31), LocalDate.of(year, 12, 31)).update();
  }

  // ---- answers

  /** A read is allowed when it answers 200 showing the thing; "visible" is only looked at then. */
  private static boolean read(String what, HttpResponse<String> response, boolean visible) {
    int status = response.statusCode();
    if (denied(status)) {
      return false;
    }
    if (status == 200) {
      return visible;
    }
    throw new AssertionError(what + ": neither allowed nor denied: " + status + " " + response.body());
  }

  private static boolean write(String what, HttpResponse<String> response, boolean done, boolean untouched) {
    int status = response.statusCode();
    if (status >= 200 && status < 300 && done) {
      return true;
    }
    if (denied(status) && untouched) {
      return false;
    }
    throw new AssertionError(what + ": neither allowed nor denied (effect " + done + "): " + status + " " + response.body());
  }

  private static boolean denied(int status) {
    return status == 401 || status == 403 || status == 404;
  }

  /** Two ways to the same thing must give the same answer; a difference is a hole of its own. */
  private static boolean agree(boolean first, boolean second) {
    if (first != second) {
      throw new AssertionError("two ways to the same action disagree: " + first + " and " + second);
    }
    return first;
  }

  private Http api(MatrixActor actor) {
    return actor.user == null ? Http.anonymous(port) : Http.demoUser(port, actor.user);
  }

  private Http browser(MatrixActor actor) {
    return browserSessions.computeIfAbsent(actor,
        a -> a.user == null ? Http.anonymous(port) : Http.browserLogin(port, a.user, Http.DEMO_PASSWORD));
  }

  /** The actor's browser session with its valid CSRF token (anyone gets one from the login page), as a page's script sends it. */
  private Http session(MatrixActor actor) {
    Http browser = browser(actor);
    return browser.withHeader("X-CSRF-TOKEN", browser.csrfTokenOfLoginPage());
  }

  private int count(String sql, Object parameter) {
    return jdbc.sql(sql).param(parameter).query(Integer.class).single();
  }

  private static String variables(Map<String, Object> values) {
    StringBuilder json = new StringBuilder("{\"variables\":{");
    values.forEach((name, value) -> json.append(json.charAt(json.length() - 1) == '{' ? "" : ",")
        .append('"').append(name).append("\":{\"value\":")
        .append(value instanceof String s ? '"' + s + '"' : String.valueOf(value)).append('}'));
    return json.append("}}").toString();
  }

  private static String resource(String path) {
    try {
      return new ClassPathResource(path).getContentAsString(StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

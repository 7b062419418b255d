package id.kinerja.security;

import static org.assertj.core.api.Assertions.assertThat;

import id.kinerja.DemoUsers;
import id.kinerja.Http;
import id.kinerja.KinerjaSpringTest;
import id.kinerja.appraisal.AppraisalDriver;
import java.net.http.HttpResponse;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What a permitted caller may change beyond tasks (the task write paths are in
 * ForgeryOnPostgresTest): queries by variable value, deployments, suspension, jobs, accounts,
 * and that every refusal lands on the audit trail.
 */
@KinerjaSpringTest
class EngineApiGuardTest {

  private static final String MANAGER = "196805121994031003";
  /** Staff of Subbagian Umum whom no other test uses, so their trail holds only this test's. */
  private static final String QUIET_STAFF = "199003032023211003";

  @LocalServerPort
  int port;
  @Autowired
  AppraisalDriver driver;
  @Autowired
  ManagementService management;
  @Autowired
  RepositoryService repository;
  @Autowired
  IdentityService identity;

  @Test
  void onlyWhoMayReadVariablesFiltersByTheirValues() {
    ProcessInstance instance = driver.start(DemoUsers.STAFF, AppraisalDriver.newYear());
    String byNip = "/engine-rest/process-instance?variables=nip_eq_" + DemoUsers.STAFF;

    HttpResponse<String> hr = Http.demoUser(port, DemoUsers.HR).get(byNip);
    assertThat(hr.statusCode()).isEqualTo(200);
    assertThat(hr.body()).contains(instance.getId());
    for (String user : new String[] {MANAGER, DemoUsers.PROCESS_OWNER}) {
      Http http = Http.demoUser(port, user);
      assertThat(http.get(byNip).statusCode()).as(user).isEqualTo(403);
      assertThat(http.get("/engine-rest/engine/default/process-instance/count?variables=nip_like_1995%25").statusCode()).isEqualTo(403);
      assertThat(http.postJson("/engine-rest/history/process-instance/count",
          "{\"variables\":[{\"name\":\"predikatKinerja\",\"operator\":\"eq\",\"value\":\"BAIK\"}]}").statusCode()).isEqualTo(403);
      assertThat(http.postJson("/engine-rest/process-instance", "{\"orQueries\":[{\"variables\":[{\"name\":\"nip\","
          + "\"operator\":\"like\",\"value\":\"1995%\"}]}]}").statusCode()).isEqualTo(403);
      assertThat(http.get("/engine-rest/history/task?processVariables=nip_eq_" + DemoUsers.STAFF).statusCode()).isEqualTo(403);
      assertThat(http.get("/engine-rest/process-instance?processDefinitionKey=penilaian-kinerja").statusCode())
          .as("the same query without a value filter").isEqualTo(200);
    }
    assertThat(Http.demoUser(port, DemoUsers.STAFF).get("/engine-rest/task?processVariables=nip_eq_" + DemoUsers.STAFF)
        .statusCode()).as("a task query finds only the caller's own tasks").isEqualTo(200);
  }

  @Test
  void cockpitsOwnInstanceQueryByValueIsRefusedToAManager() {
    ProcessInstance instance = driver.start(DemoUsers.STAFF, AppraisalDriver.newYear());
    String query = "{\"processDefinitionId\":\"" + instance.getProcessDefinitionId() + "\",\"variables\":[{\"name\":"
        + "\"nip\",\"operator\":\"eq\",\"value\":\"" + DemoUsers.STAFF + "\"}]}";

    assertThat(cockpitQuery(MANAGER, query).statusCode()).isEqualTo(403);
    HttpResponse<String> hr = cockpitQuery(DemoUsers.HR, query);
    assertThat(hr.statusCode()).isEqualTo(200);
    assertThat(hr.body()).contains(instance.getId());
  }

  private HttpResponse<String> cockpitQuery(String user, String query) {
    Http cockpit = Http.browserLogin(port, user, Http.DEMO_PASSWORD);
    cockpit.get("/camunda/app/cockpit/default/");
    return cockpit.send(cockpit.request("/camunda/api/cockpit/plugin/base/default/process-instance")
        .header("Content-Type", "application/json").header("X-XSRF-TOKEN", cockpit.camundaCsrfToken())
        .POST(java.net.http.HttpRequest.BodyPublishers.ofString(query)));
  }

  @Test
  void anAdministratorsChangesAreOnTheTrailWithTheirValues() {
    int year = AppraisalDriver.newYear();
    ProcessInstance instance = driver.start(DemoUsers.STAFF, year);
    Http admin = Http.demoUser(port, DemoUsers.ADMIN);

    assertThat(admin.putJson("/engine-rest/process-instance/" + instance.getId() + "/variables/catatanAdmin",
        "{\"value\":\"Koreksi data oleh administrator\"}").statusCode()).isEqualTo(204);
    assertThat(admin.postJson("/engine-rest/authorization/create", "{\"type\":1,\"permissions\":[\"READ\"],"
        + "\"userId\":\"" + DemoUsers.OTHER_STAFF + "\",\"resourceType\":6,\"resourceId\":\"" + instance.getId() + "\"}")
        .statusCode()).isEqualTo(200);

    String trail = Http.demoUser(port, DemoUsers.AUDITOR).get("/api/audit/events?action=PERUBAHAN_API&size=500").body();
    assertThat(trail).contains("PUT /process-instance/" + instance.getId() + "/variables/catatanAdmin",
        "Koreksi data oleh administrator", "POST /authorization/create", "\"actor\":\"admin\"");
    assertThat(Http.demoUser(port, DemoUsers.AUDITOR).get("/api/audit/appraisals/" + DemoUsers.STAFF + "/" + year).body())
        .as("the variable change is on the appraisal's trail").contains("catatanAdmin");
  }

  @Test
  void aProcessOwnerDeletesOnlyADeploymentWithoutRecordsAndSuspendsNothing() {
    Http owner = Http.demoUser(port, DemoUsers.PROCESS_OWNER);
    driver.start(DemoUsers.OTHER_STAFF, AppraisalDriver.newYear());
    String used = repository.createProcessDefinitionQuery().processDefinitionKey("penilaian-kinerja").latestVersion()
        .singleResult().getDeploymentId();

    assertThat(owner.delete("/engine-rest/deployment/" + used).statusCode()).isEqualTo(403);
    assertThat(owner.delete("/engine-rest/deployment/" + used + "?cascade=true").body()).contains("cascade");
    assertThat(owner.putJson("/engine-rest/process-definition/key/penilaian-kinerja/suspended",
        "{\"suspended\":true,\"includeProcessInstances\":true}").statusCode()).isEqualTo(403);
    assertThat(repository.createDeploymentQuery().deploymentId(used).count()).isOne();
    assertThat(repository.createProcessDefinitionQuery().processDefinitionKey("penilaian-kinerja").suspended().count()).isZero();

    String empty = repository.createDeployment().name("uji-kosong").addClasspathResource("deployment/uji-unggah-modeler.bpmn")
        .deploy().getId();
    assertThat(owner.delete("/engine-rest/deployment/" + empty).statusCode()).isEqualTo(204);
  }

  @Test
  void onlyAdministratorsExecuteOrRetryJobsAndARefusedCallBurnsNoRetry() {
    ProcessInstance instance = driver.start(DemoUsers.STAFF, AppraisalDriver.newYear());
    Job reminder = management.createJobQuery().processInstanceId(instance.getId()).timers().list().get(0);

    for (String user : new String[] {DemoUsers.STAFF, DemoUsers.HR, DemoUsers.PROCESS_OWNER}) {
      Http http = Http.demoUser(port, user);
      for (int i = 0; i < 4; i++) {
        assertThat(http.postJson("/engine-rest/job/" + reminder.getId() + "/execute", "{}").statusCode()).isEqualTo(403);
      }
      assertThat(http.putJson("/engine-rest/job/" + reminder.getId() + "/retries", "{\"retries\":0}").statusCode()).isEqualTo(403);
      assertThat(http.putJson("/engine-rest/job/" + reminder.getId() + "/duedate", "{\"duedate\":\"2020-01-01T00:00:00.000+0000\"}")
          .statusCode()).isEqualTo(403);
    }
    Job after = management.createJobQuery().jobId(reminder.getId()).singleResult();
    assertThat(after.getRetries()).isEqualTo(reminder.getRetries());
    assertThat(after.getDuedate()).isEqualTo(reminder.getDuedate());
  }

  @Test
  void aGroupTaskIsTakenOnlyForOneselfAndNoTaskIsGivenBackButByAnAdministrator() {
    var correction = driver.runtime.startProcessInstanceByKey("konfirmasi-data-pegawai", QUIET_STAFF, Map.of("nip", QUIET_STAFF));
    driver.complete(QUIET_STAFF, driver.task(correction, "Task_KonfirmasiData"),
        Map.of("dataBenar", false, "koreksi", "Jabatan saya sudah berganti"));
    String hrTask = driver.task(correction, "Task_TindakLanjutKoreksi").getId();
    Http hr = Http.demoUser(port, DemoUsers.HR);

    assertThat(hr.postJson("/engine-rest/task/" + hrTask + "/claim", "{\"userId\":\"" + DemoUsers.STAFF + "\"}").statusCode())
        .isEqualTo(403);
    assertThat(hr.postJson("/engine-rest/task/" + hrTask + "/claim", "{\"userId\":\"" + DemoUsers.HR + "\"}").statusCode())
        .isEqualTo(204);
    assertThat(hr.postJson("/engine-rest/task/" + hrTask + "/unclaim", "{}").statusCode())
        .as("giving back changes the assignee: TASK_WORK does not").isEqualTo(403);
    ProcessInstance appraisal = driver.start(DemoUsers.STAFF, AppraisalDriver.newYear());
    String own = driver.task(appraisal, "Task_SusunSkp").getId();
    assertThat(Http.demoUser(port, DemoUsers.STAFF).postJson("/engine-rest/task/" + own + "/unclaim", "{}").body())
        .contains("Anda tidak berhak");
    assertThat(driver.task(appraisal, "Task_SusunSkp").getAssignee()).isEqualTo(DemoUsers.STAFF);
    assertThat(Http.demoUser(port, DemoUsers.ADMIN).postJson("/engine-rest/task/" + hrTask + "/unclaim", "{}").statusCode())
        .isEqualTo(204);
  }

  @Test
  void accountsStayWithTheDirectory() {
    Http staff = Http.demoUser(port, DemoUsers.STAFF);

    assertThat(staff.postJson("/engine-rest/identity/verify", "{\"username\":\"" + DemoUsers.LURAH + "\",\"password\":\"demo\"}")
        .statusCode()).isEqualTo(403);
    assertThat(Http.demoUser(port, DemoUsers.ADMIN).postJson("/engine-rest/identity/verify",
        "{\"username\":\"" + DemoUsers.LURAH + "\",\"password\":\"demo\"}").body()).contains("\"authenticated\":true");
    assertThat(staff.putJson("/engine-rest/user/" + DemoUsers.STAFF + "/profile",
        "{\"id\":\"" + DemoUsers.STAFF + "\",\"firstName\":\"Nama Palsu\",\"email\":\"palsu@example.com\"}").statusCode()).isEqualTo(403);
    assertThat(staff.delete("/engine-rest/user/" + DemoUsers.STAFF).statusCode()).isEqualTo(403);
    assertThat(staff.putJson("/engine-rest/user/" + DemoUsers.LURAH + "/credentials",
        "{\"password\":\"Baru-Sekali-2026\",\"authenticatedUserPassword\":\"demo\"}").statusCode()).isEqualTo(403);
    assertThat(staff.postJson("/engine-rest/identity/password-policy", "{\"password\":\"demo\"}").body()).contains("\"valid\":false");
    assertThat(identity.createUserQuery().userId(DemoUsers.STAFF).singleResult().getFirstName()).isEqualTo("Siti Rahmawati, S.Kom.");
  }

  @Test
  void everyRefusalIsOnTheAuditTrailWithWhoAndWhere() {
    Http staff = Http.demoUser(port, QUIET_STAFF);
    staff.postJson("/engine-rest/message", "{\"messageName\":\"DialogKinerjaDiminta\"}");

    HttpResponse<String> trail = Http.demoUser(port, DemoUsers.HR).get("/api/audit/people/" + QUIET_STAFF);
    assertThat(trail.statusCode()).isEqualTo(200);
    assertThat(trail.body()).contains("\"action\":\"PERMINTAAN_DITOLAK\"", "\"target\":\"POST /message\"",
        "\"actor\":\"" + QUIET_STAFF + "\"", "\"clientAddress\":\"127.0.0.1\"");
    assertThat(Http.demoUser(port, DemoUsers.HR).get("/api/audit/people/" + QUIET_STAFF + ".csv").body())
        .startsWith("\"id\";\"waktu\";\"pelaku\"").contains("\"PERMINTAAN_DITOLAK\"");
    assertThat(staff.get("/api/audit/people/" + QUIET_STAFF).statusCode()).isEqualTo(403);
    assertThat(Http.demoUser(port, MANAGER).get("/api/audit/events").statusCode()).isEqualTo(403);
  }
}

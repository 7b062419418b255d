package id.kinerja.security;

import static org.assertj.core.api.Assertions.assertThat;

import id.kinerja.DemoUsers;
import id.kinerja.Http;
import id.kinerja.KinerjaSpringTest;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Employee A must not list, read, claim or complete employee B's task through the REST API. */
@KinerjaSpringTest
class TaskIsolationTest {

  private static final String PROCESS = "konfirmasi-data-pegawai";

  @LocalServerPort
  int port;
  @Autowired
  RuntimeService runtimeService;
  @Autowired
  TaskService taskService;

  private Task taskOfA;
  private Task taskOfB;
  private Http employeeA;

  @BeforeEach
  void startOneTaskEach() {
    taskOfA = startFor(DemoUsers.STAFF);
    taskOfB = startFor(DemoUsers.OTHER_STAFF);
    employeeA = Http.demoUser(port, DemoUsers.STAFF);
  }

  @AfterEach
  void removeInstances() {
    runtimeService.createProcessInstanceQuery().processDefinitionKey(PROCESS).list()
        .forEach(pi -> runtimeService.deleteProcessInstance(pi.getId(), "test"));
  }

  @Test
  void listsOnlyOwnTasks() {
    String list = employeeA.get("/engine-rest/task").body();
    assertThat(list).contains(taskOfA.getId()).doesNotContain(taskOfB.getId());
    assertThat(employeeA.get("/engine-rest/task?assignee=" + DemoUsers.OTHER_STAFF).body()).isEqualTo("[]");
  }

  @Test
  void myTasksFilterShowsOnlyOwnTasks() {
    String filterId = employeeA.get("/engine-rest/filter?name=Tugas%20Saya").body().replaceAll(".*\"id\":\"([^\"]+)\".*", "$1");
    String list = employeeA.get("/engine-rest/filter/" + filterId + "/list").body();
    assertThat(list).contains(taskOfA.getId()).doesNotContain(taskOfB.getId());
  }

  @Test
  void cannotReadAnotherPersonsTaskOrItsVariables() {
    assertThat(employeeA.get("/engine-rest/task/" + taskOfB.getId()).statusCode()).isIn(403, 404);
    assertThat(employeeA.get("/engine-rest/task/" + taskOfB.getId() + "/variables").statusCode()).isIn(403, 404);
    assertThat(employeeA.get("/engine-rest/task/" + taskOfB.getId() + "/form-variables").statusCode()).isIn(403, 404);
    assertThat(employeeA.get("/engine-rest/task/" + taskOfA.getId() + "/variables").statusCode()).isEqualTo(200);
  }

  @Test
  void cannotClaimOrCompleteAnotherPersonsTask() {
    var claim = employeeA.postJson("/engine-rest/task/" + taskOfB.getId() + "/claim", "{\"userId\":\"" + DemoUsers.STAFF + "\"}");
    var complete = employeeA.postJson("/engine-rest/task/" + taskOfB.getId() + "/complete",
        "{\"variables\":{\"dataBenar\":{\"value\":true}}}");

    assertThat(claim.statusCode()).isIn(403, 404);
    assertThat(complete.statusCode()).isIn(403, 404);
    Task stillOpen = taskService.createTaskQuery().taskId(taskOfB.getId()).singleResult();
    assertThat(stillOpen).isNotNull();
    assertThat(stillOpen.getAssignee()).isEqualTo(DemoUsers.OTHER_STAFF);
  }

  @Test
  void completesOwnTaskWithValidAnswer() {
    var complete = employeeA.postJson("/engine-rest/task/" + taskOfA.getId() + "/complete",
        "{\"variables\":{\"dataBenar\":{\"value\":true}}}");

    assertThat(complete.statusCode()).isEqualTo(204);
    assertThat(taskService.createTaskQuery().taskId(taskOfA.getId()).count()).isZero();
  }

  @Test
  void refusesAnIncompleteAnswerAndKeepsTheTaskOpen() {
    var noAnswer = employeeA.postJson("/engine-rest/task/" + taskOfA.getId() + "/complete", "{\"variables\":{}}");
    var noCorrection = employeeA.postJson("/engine-rest/task/" + taskOfA.getId() + "/complete",
        "{\"variables\":{\"dataBenar\":{\"value\":false},\"koreksi\":{\"value\":\"salah\"}}}");

    assertThat(noAnswer.statusCode()).isEqualTo(400);
    assertThat(noAnswer.body()).contains("wajib dipilih");
    assertThat(noCorrection.statusCode()).isEqualTo(400);
    assertThat(noCorrection.body()).contains("paling sedikit 10 karakter");
    assertThat(taskService.createTaskQuery().taskId(taskOfA.getId()).count()).isOne();
    assertThat(taskService.getVariables(taskOfA.getId())).doesNotContainKeys("dataBenar", "koreksi");
  }

  @Test
  void aCorrectionGoesToHrAndOnlyHrSeesIt() {
    employeeA.postJson("/engine-rest/task/" + taskOfA.getId() + "/complete",
        "{\"variables\":{\"dataBenar\":{\"value\":false},\"koreksi\":{\"value\":\"Golongan saya sekarang III/b\"}}}");

    Task hrTask = taskService.createTaskQuery().processInstanceId(taskOfA.getProcessInstanceId()).singleResult();
    assertThat(hrTask.getTaskDefinitionKey()).isEqualTo("Task_TindakLanjutKoreksi");
    assertThat(Http.demoUser(port, DemoUsers.HR).get("/engine-rest/task").body()).contains(hrTask.getId());
    assertThat(employeeA.get("/engine-rest/task").body()).doesNotContain(hrTask.getId());

    var done = Http.demoUser(port, DemoUsers.HR).postJson("/engine-rest/task/" + hrTask.getId() + "/complete",
        "{\"variables\":{\"catatanTindakLanjut\":{\"value\":\"Golongan diperbarui lewat impor CSV\"}}}");
    assertThat(done.statusCode()).isEqualTo(204);
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(taskOfA.getProcessInstanceId()).count()).isZero();
  }

  private Task startFor(String nip) {
    var instance = runtimeService.startProcessInstanceByKey(PROCESS, nip, Map.of("nip", nip));
    return taskService.createTaskQuery().processInstanceId(instance.getId()).singleResult();
  }
}

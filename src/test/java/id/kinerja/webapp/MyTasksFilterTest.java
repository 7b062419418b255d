package id.kinerja.webapp;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.kinerja.DemoUsers;
import id.kinerja.Http;
import id.kinerja.KinerjaSpringTest;
import id.kinerja.appraisal.AppraisalDriver;
import id.kinerja.organisation.VacantKelurahan;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Tasklist's filter "Tugas Saya" loads for every user, one without any group too (Tasklist
 * showed "Loading the filters finished with failures" and raw keys), and still lists a task
 * offered to the user's group.
 */
@KinerjaSpringTest
class MyTasksFilterTest {

  private static final String FILTERS = "/camunda/api/engine/engine/default/filter?resourceType=Task&itemCount=true";
  private static final ObjectMapper JSON = new ObjectMapper();

  @LocalServerPort
  int port;
  @Autowired
  IdentityService identity;
  @Autowired
  AppraisalDriver driver;

  @Test
  void aUserWithoutGroupsLoadsTheFilters() throws Exception {
    User user = identity.newUser("tanpa.grup");
    user.setFirstName("Pengguna Tanpa Grup");
    user.setPassword("Rahasia-Kuat-2026");
    identity.saveUser(user);
    try {
      var answer = Http.browserLogin(port, "tanpa.grup", "Rahasia-Kuat-2026").get(FILTERS);
      assertThat(answer.statusCode()).isEqualTo(200);
      assertThat(JSON.readTree(answer.body()).findValuesAsText("name")).contains("Tugas Saya");
    } finally {
      identity.deleteUser("tanpa.grup");
    }
  }

  @Test
  void aTaskOfferedToTheUsersGroupIsInTugasSaya() throws Exception {
    Task appoint = driver.vacantPostTask(VacantKelurahan.create(Http.demoUser(port, DemoUsers.HR)));

    Http hr = Http.browserLogin(port, DemoUsers.HR, Http.DEMO_PASSWORD);
    JsonNode filters = JSON.readTree(hr.get(FILTERS).body());
    String myTasks = null;
    for (JsonNode filter : filters) {
      if ("Tugas Saya".equals(filter.path("name").asText())) {
        myTasks = filter.path("id").asText();
      }
    }
    var list = hr.get("/camunda/api/engine/engine/default/filter/" + myTasks + "/list?firstResult=0&maxResults=500");
    assertThat(list.statusCode()).isEqualTo(200);
    assertThat(JSON.readTree(list.body()).findValuesAsText("id")).contains(appoint.getId());
  }
}

package id.kinerja.bottleneck;

import static org.assertj.core.api.Assertions.assertThat;

import id.kinerja.DemoUsers;
import id.kinerja.Http;
import id.kinerja.KinerjaSpringTest;
import id.kinerja.appraisal.AppraisalDriver;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Where a year's appraisals wait: per activity, per unit and per person, for managers and HR only. */
@KinerjaSpringTest
class BottleneckTest {

  @LocalServerPort
  int port;
  @Autowired
  AppraisalDriver driver;
  @Autowired
  BottleneckQueries queries;

  @Test
  void openOverdueAndCompletedTasksAreCountedWhereTheyWait() {
    int year = AppraisalDriver.newYear();
    driver.approvedPlan(DemoUsers.LURAH, year);
    ProcessInstance staff = driver.start(DemoUsers.STAFF, year);
    ProcessInstance other = driver.start(DemoUsers.OTHER_STAFF, year);
    Task draft = driver.task(staff, "Task_SusunSkp");
    driver.complete(DemoUsers.STAFF, draft, driver.plan(draft));
    Task late = driver.task(other, "Task_SusunSkp");
    late.setDueDate(Date.from(Instant.now().minus(2, ChronoUnit.DAYS)));
    driver.tasks.saveTask(late);

    assertThat(queries.perActivity(year)).anySatisfy(a -> {
      assertThat(a.activity()).isEqualTo("Task_SusunSkp");
      assertThat(a.open()).isOne();
      assertThat(a.overdue()).isOne();
      assertThat(a.medianCompletedHours()).isNotNull();
      assertThat(a.p90WaitingHours()).isGreaterThanOrEqualTo(a.medianWaitingHours());
    }).anySatisfy(a -> {
      assertThat(a.activity()).isEqualTo("Task_PeriksaSkp");
      assertThat(a.open()).isOne();
      assertThat(a.overdue()).isZero();
    });
    assertThat(queries.perUnit(year)).singleElement().satisfies(u -> {
      assertThat(u.code()).isEqualTo("KEL-PLAJU-ULU");
      assertThat(u.open()).isEqualTo(2);
      assertThat(u.overdue()).isOne();
    });
    assertThat(queries.perAssignee(year).get(0).code()).isEqualTo(DemoUsers.OTHER_STAFF);

    assertThat(Http.demoUser(port, DemoUsers.CAMAT).get("/api/bottlenecks/" + year).body()).contains("Task_SusunSkp");
    assertThat(Http.demoUser(port, DemoUsers.STAFF).get("/api/bottlenecks/" + year).statusCode()).isEqualTo(403);
  }
}

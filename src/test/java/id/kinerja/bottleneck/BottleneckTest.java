package id.kinerja.bottleneck;

import static org.assertj.core.api.Assertions.assertThat;

import id.kinerja.DemoUsers;
import id.kinerja.Http;
import id.kinerja.KinerjaSpringTest;
import id.kinerja.appraisal.AppraisalDriver;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Where a year's appraisals wait: per activity, per unit and per person, for managers and HR only. */
@KinerjaSpringTest
class BottleneckTest {

  @LocalServerPort
  int port;
  @Autowired
  AppraisalDriver driver;
  @Autowired
  BottleneckQueries queries;
  @Autowired
  JdbcClient jdbc;

  @Test
  void openOverdueAndCompletedTasksAreCountedWhereTheyWait() {
    int year = AppraisalDriver.newYearWithinLimits();
    driver.oneSubmittedOneOverdue(year, 2);

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
    assertThat(queries.perUnit(year, null)).singleElement().satisfies(u -> {
      assertThat(u.code()).isEqualTo("KEL-PLAJU-ULU");
      assertThat(u.open()).isEqualTo(2);
      assertThat(u.overdue()).isOne();
    });
    assertThat(queries.perSupervisor(year, null)).as("the Lurah holds the SKP review, not the staff their own drafts")
        .singleElement().satisfies(s -> {
          assertThat(s.code()).isEqualTo(DemoUsers.LURAH);
          assertThat(s.open()).isOne();
        });
    assertThat(queries.perUnit(year, "Task_PeriksaSkp")).singleElement().satisfies(u -> {
      assertThat(u.open()).isOne();
      assertThat(u.overdue()).isZero();
    });
    assertThat(queries.perSupervisor(year, "Task_SusunSkp")).isEmpty();

    for (int i = 0; i < 30; i++) {
      assertThat(queries.figures(year, null).activities()).as("no query leaves its connection open").hasSize(2);
    }

    Http camat = Http.demoUser(port, DemoUsers.CAMAT);
    assertThat(camat.get("/api/bottlenecks/" + year).body()).contains("Task_SusunSkp", "\"supervisors\"", "\"completions\"");
    assertThat(camat.get("/api/bottlenecks/" + year + "?activity=x'%20or%201=1").statusCode()).isEqualTo(400);
    assertThat(camat.get("/api/bottlenecks/1900").statusCode()).isEqualTo(400);
    assertThat(Http.demoUser(port, DemoUsers.STAFF).get("/api/bottlenecks/" + year).statusCode()).isEqualTo(403);
  }

  @Test
  void theFiguresAreKeptForTheirMaxAgeAndThenComputedAfresh() throws Exception {
    int year = AppraisalDriver.newYearWithinLimits();
    BottleneckQueries kept = new BottleneckQueries(jdbc, Duration.ofMillis(500));
    BottleneckQueries.Bottlenecks first = kept.figures(year, null);
    assertThat(first.activities()).isEmpty();
    driver.approvedPlan(DemoUsers.LURAH, year);
    driver.start(DemoUsers.STAFF, year);

    assertThat(kept.figures(year, null)).as("within the max age").isSameAs(first);
    assertThat(kept.figures(year, "Task_SusunSkp").units()).as("another activity is computed on its own").hasSize(1);
    Thread.sleep(600);
    assertThat(kept.figures(year, null).activities()).as("after the max age").hasSize(1);
  }

  @Test
  void completionsAreCountedPerWeekWithTheLateOnes() {
    int year = AppraisalDriver.newYearWithinLimits();
    driver.approvedPlan(DemoUsers.LURAH, year);
    ProcessInstance staff = driver.start(DemoUsers.STAFF, year);
    ProcessInstance other = driver.start(DemoUsers.OTHER_STAFF, year);
    Task late = driver.task(other, "Task_SusunSkp");
    late.setDueDate(Date.from(Instant.now().minus(1, ChronoUnit.DAYS)));
    driver.tasks.saveTask(late);
    driver.complete(DemoUsers.OTHER_STAFF, late, driver.plan(late));
    Task draft = driver.task(staff, "Task_SusunSkp");
    driver.complete(DemoUsers.STAFF, draft, driver.plan(draft));
    // one completion three weeks earlier, so the chart has empty weeks between
    jdbc.sql("update act_hi_taskinst set end_time_ = dateadd('DAY', -21, end_time_) where id_ = ?").param(draft.getId()).update();

    List<BottleneckQueries.Week> weeks = queries.completionsPerWeek(year, "Task_SusunSkp");
    assertThat(weeks).hasSize(4).allSatisfy(w -> assertThat(LocalDate.parse(w.week()).getDayOfWeek()).isEqualTo(DayOfWeek.MONDAY));
    assertThat(weeks.get(0).completed()).isOne();
    assertThat(weeks.get(0).late()).isZero();
    assertThat(weeks.subList(1, 3)).allSatisfy(w -> assertThat(w.completed()).isZero());
    assertThat(weeks.get(3).completed()).isOne();
    assertThat(weeks.get(3).late()).isOne();
    assertThat(queries.completionsPerWeek(year, "Task_PeriksaSkp")).isEmpty();
    assertThat(queries.perActivity(year)).as("an activity with completed tasks only is listed after the open ones")
        .last().satisfies(a -> {
          assertThat(a.activity()).isEqualTo("Task_SusunSkp");
          assertThat(a.open()).isZero();
          assertThat(a.medianWaitingHours()).isNull();
          assertThat(a.medianCompletedHours()).isNotNull();
        });
  }
}

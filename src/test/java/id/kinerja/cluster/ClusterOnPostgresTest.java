package id.kinerja.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import id.kinerja.DemoUsers;
import id.kinerja.Http;
import id.kinerja.PostgresDatabase;
import id.kinerja.bench.OrganisationGenerator;
import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * Nodes as separate processes on one PostgreSQL database with a generated organisation of several
 * thousand employees. Two nodes, the job executor running on both (a homogeneous Camunda cluster):
 * node A opens a period while its job executor sends the SKP reminders that are already due; A is
 * killed with SIGKILL half-way. Node B takes the opening over when A's lease runs out and runs A's
 * locked jobs when their locks expire. One node alone, killed the same way, does the same after its
 * restart. In the end there is exactly one appraisal per employee and exactly one reminder per
 * appraisal; a session of A is not served by B; timers that fell due while no node ran fire when
 * one comes back.
 */
class ClusterOnPostgresTest {

  private static final int YEAR = 2036;
  private static final int EMPLOYEES = 3000;
  private static final String[] CLUSTER = {"--kinerja.period.lease-timeout=10s", "--kinerja.period.lease-check=2s",
      "--kinerja.period.batch-size=20", "--camunda.bpm.job-execution.lock-time-in-millis=10000"};

  private static final String REMINDER_JOBS_OF = " from act_ru_job j join act_ru_jobdef d on d.id_ = j.job_def_id_"
      + " join kinerja.appraisal a on a.process_instance_id = j.process_instance_id_"
      + " where d.act_id_ = 'Timer_PengingatSkp' and a.period_year = ";

  private static PostgresDatabase database;
  private static JdbcTemplate jdbc;
  private static OrganisationGenerator.Generated org;

  @BeforeAll
  static void createDatabase() {
    database = PostgresDatabase.create();
    jdbc = new JdbcTemplate(new DriverManagerDataSource(database.url(), PostgresDatabase.USER, PostgresDatabase.PASSWORD));
  }

  /** Generated once, by the first test, after a node has migrated the schema. */
  private static OrganisationGenerator.Generated organisation() {
    if (org == null) {
      org = OrganisationGenerator.generate(jdbc, EMPLOYEES);
    }
    return org;
  }

  @AfterAll
  static void dropDatabase() throws Exception {
    if (database != null) {
      database.close();
    }
  }

  @Test
  void aKilledNodesOpeningAndJobsAreFinishedByTheOtherExactlyOnce() throws Exception {
    try (AppNode a = AppNode.start("node-a", database, CLUSTER); AppNode b = AppNode.start("node-b", database, CLUSTER)) {
      long openingId = openWithRemindersDue(a, YEAR);
      Http staffOnA = Http.browserLogin(a.port(), DemoUsers.STAFF, Http.DEMO_PASSWORD);
      killHalfWay(a, openingId, YEAR);

      awaitFinished("node B finished the opening and sent every reminder", openingId, YEAR);
      assertExactlyOnce(YEAR);

      // A's session cookie means nothing to B: asked to log in again, never served someone else's data.
      var onB = staffOnA.send(HttpRequest.newBuilder(URI.create("http://localhost:" + b.port() + "/camunda/api/engine/engine/default/task")));
      assertThat(onB.statusCode()).isIn(302, 401, 403);
      assertThat(onB.body()).doesNotContain(DemoUsers.STAFF);
    }

    // While no node runs, the SKP deadline of ten appraisals passes; the timers fire when a node is back.
    jdbc.update("update act_ru_job set duedate_ = ? where id_ in (select j.id_ from act_ru_job j"
        + " join act_ru_jobdef d on d.id_ = j.job_def_id_ where d.act_id_ = 'Timer_BatasSkp' order by j.id_ limit 10)",
        java.sql.Timestamp.from(Instant.now().minusSeconds(60)));
    try (AppNode b = AppNode.start("node-b-restarted", database, CLUSTER)) {
      await("the ten overdue deadlines escalated to HR", Duration.ofMinutes(2),
          () -> count("select count(*) from act_ru_task where task_def_key_ = 'Task_EskalasiSkp'") == 10, YEAR);
    }
  }

  @Test
  void aSingleNodeKilledMidOpeningAndMidJobsFinishesBothAfterItsRestart() throws Exception {
    int year = YEAR - 1;
    long openingId;
    try (AppNode node = AppNode.start("node-solo", database, CLUSTER)) {
      openingId = openWithRemindersDue(node, year);
      killHalfWay(node, openingId, year);
    }
    try (AppNode restarted = AppNode.start("node-solo-restarted", database, CLUSTER)) {
      awaitFinished("the restarted node finished the opening and sent every reminder", openingId, year);
      assertExactlyOnce(year);
    }
  }

  @Test
  void aDatabaseRestartTakesHealthDownAndBackWithoutLosingCommittedData() throws Exception {
    try (AppNode node = AppNode.start("node-db-restart", database, CLUSTER)) {
      Http hr = node.as(DemoUsers.HR);
      String before = "{\"planDeadline\":\"2037-01-31\",\"planReminderDays\":7,\"finalAssessmentOpens\":\"2038-01-01\","
          + "\"appealWindowDays\":14,\"appealDecisionDays\":14,\"appealReminderDays\":3,\"calibrationRequired\":false}";
      assertThat(hr.send(hr.request("/api/periods/2037/settings").header("Content-Type", "application/json")
          .PUT(HttpRequest.BodyPublishers.ofString(before))).statusCode()).isEqualTo(200);

      PostgresServer.stop();
      try {
        node.awaitHealth(503, Duration.ofMinutes(1));
      } finally {
        PostgresServer.start();
      }
      node.awaitHealth(200, Duration.ofMinutes(2));
      assertThat(hr.get("/api/periods/2037/settings").body()).as("committed before the restart").contains("2037-01-31");
      String after = before.replace("2037-01-31", "2037-02-15");
      assertThat(hr.send(hr.request("/api/periods/2037/settings").header("Content-Type", "application/json")
          .PUT(HttpRequest.BodyPublishers.ofString(after))).statusCode()).as("writes work again").isEqualTo(200);
    }
  }

  /**
   * Opens the year for the whole organisation with the SKP deadline two weeks away (the least an
   * appraisal gets) and the reminder 20 days before it: due as soon as an appraisal starts.
   */
  private static long openWithRemindersDue(AppNode node, int year) {
    organisation();
    jdbc.update("insert into kinerja.appraisal_period (period_year, plan_deadline, plan_reminder_days, final_assessment_opens,"
        + " calibration_required) values (?, ?, 20, ?, false)", year, LocalDate.now().plusDays(3), LocalDate.of(year, 12, 1));
    assertThat(node.as(DemoUsers.HR).postJson("/api/periods/" + year + "/openings", "{\"unitCode\":\"B-KOTA\"}").statusCode())
        .isEqualTo(202);
    return jdbc.queryForObject("select id from kinerja.period_opening where period_year = ?", Long.class, year);
  }

  /** Kills the node with SIGKILL once a quarter of the employees are started and reminders are being sent. */
  private static void killHalfWay(AppNode node, long openingId, int year) throws InterruptedException {
    await("the node has started a quarter and sent reminders", Duration.ofMinutes(3),
        () -> items(openingId, "DIMULAI") >= organisation().employees() / 4 && reminders(year) > 0, year);
    node.kill();
    assertThat(items(openingId, "DIMULAI")).as("killed half-way").isLessThan(organisation().employees());
    assertThat(reminders(year)).as("killed while reminders were being sent").isLessThan(organisation().employees());
  }

  private static void awaitFinished(String what, long openingId, int year) {
    await(what, Duration.ofMinutes(5), () -> "SELESAI".equals(openingStatus(openingId)) && reminderJobs(year) == 0, year);
    assertThat(items(openingId, "MENUNGGU")).isZero();
    assertThat(items(openingId, "GAGAL")).isZero();
  }

  private static void assertExactlyOnce(int year) {
    int employees = organisation().employees();
    assertThat(count("select count(*) from kinerja.appraisal where period_year = " + year + " and process_instance_id is not null"))
        .isEqualTo(employees);
    assertThat(count("select count(*) from (select business_key_ from act_ru_execution where parent_id_ is null"
        + " and business_key_ like '%:" + year + "' group by business_key_ having count(*) > 1) twice"))
        .as("no employee started twice").isZero();
    assertThat(count("select count(*) from (select n.appraisal_id from kinerja.notification n"
        + " join kinerja.appraisal a on a.id = n.appraisal_id where a.period_year = " + year + " and n.kind = 'PENGINGAT'"
        + " group by n.appraisal_id having count(*) = 1) once"))
        .as("one reminder per appraisal, none lost, none sent twice").isEqualTo(employees);
    assertThat(reminders(year)).isEqualTo(employees);
    assertThat(count("select count(*) from act_ru_job where retries_ < 3")).as("no job failed").isZero();
  }

  private static long items(long openingId, String status) {
    return jdbc.queryForObject("select count(*) from kinerja.period_opening_item where opening_id = ? and status = ?",
        Long.class, openingId, status);
  }

  private static String openingStatus(long openingId) {
    return jdbc.queryForObject("select status from kinerja.period_opening where id = ?", String.class, openingId);
  }

  private static long reminders(int year) {
    return count("select count(*) from kinerja.notification n join kinerja.appraisal a on a.id = n.appraisal_id"
        + " where a.period_year = " + year + " and n.kind = 'PENGINGAT'");
  }

  private static long reminderJobs(int year) {
    return count("select count(*)" + REMINDER_JOBS_OF + year);
  }

  private static long count(String sql) {
    return jdbc.queryForObject(sql, Long.class);
  }

  private static void await(String what, Duration timeout, BooleanSupplier condition, int year) {
    Instant until = Instant.now().plus(timeout);
    while (!condition.getAsBoolean()) {
      if (Instant.now().isAfter(until)) {
        throw new AssertionError("not reached within " + timeout + ": " + what + "; reminder jobs "
            + jdbc.queryForList("select count(*) as jobs, min(j.duedate_) as first_due, sum(case when j.lock_owner_"
                + " is not null then 1 else 0 end) as locked, max(j.exception_msg_) as failure" + REMINDER_JOBS_OF + year)
            + ", reminders sent " + reminders(year));
      }
      AppNode.sleep(Duration.ofMillis(500));
    }
  }
}

package id.kinerja.load;

import static org.assertj.core.api.Assertions.assertThat;

import id.kinerja.Http;
import id.kinerja.PostgresDatabase;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A bounded load test on loopback: {@value #THREADS} simulated users at once work a whole
 * appraisal year for every generated employee through /engine-rest as Tasklist does, with the job
 * executor running as in production, until every one of the 13 tasks of every appraisal is done
 * (over 5,000). Asserts correctness, not speed: no 5xx, no unexpected 4xx, optimistic-locking
 * conflicts retried within bounds, every accepted submission in the history and its values in the
 * domain tables, no duplicate rows, every appraisal finished with the predicate its rating implies.
 * Writes throughput and latency percentiles to target/load-report.md.
 */
class LoadOnPostgresTest {

  static final int THREADS = 60;
  static final int HEADS = 30;
  static final int STAFF_PER_HEAD = 12;
  static final int TASKS_PER_YEAR = 13;
  /** A bound against a hang, not a speed target: runs take 4 to 10 minutes (-Dload.limitMinutes=...). */
  private static final Duration LIMIT = Duration.ofMinutes(Integer.getInteger("load.limitMinutes", 16));

  private static PostgresDatabase database;
  private static ConfigurableApplicationContext app;
  private static int port;

  @BeforeAll
  static void start() {
    database = PostgresDatabase.create();
    app = database.startApplication("--kinerja.demo.enabled=false", "--logging.level.id.kinerja=warn",
        "--logging.level.org.camunda.bpm.engine.jobexecutor=warn");
    port = ((WebServerApplicationContext) app).getWebServer().getPort();
  }

  @AfterAll
  static void stop() throws Exception {
    PostgresDatabase.stop(app, database);
  }

  @Test
  void fiftyPeopleAtOnceCompleteOverFiveThousandTasksWithoutLosingOne() throws Exception {
    // Last year: its calendar has passed, so each quarter opens as soon as the SKP is set and the
    // year-end timer fires as soon as the fourth quarter is done.
    int year = LocalDate.now().getYear() - 1;
    JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
    LoadOrganisation org = LoadOrganisation.generate(jdbc, app.getBean(IdentityService.class), HEADS, STAFF_PER_HEAD);
    // Plan and evaluation deadlines far ahead so no reminder or escalation fires.
    jdbc.update("insert into kinerja.appraisal_period (period_year, plan_deadline, final_assessment_opens, calibration_required,"
        + " evaluation_due_days) values (?, ?, ?, false, ?)", year, LocalDate.now().plusDays(60), LocalDate.of(year + 1, 1, 1),
        3650 + 365);
    // The units carrying an organisation predicate (the default: those under a top unit) are Istimewa, so a unit
    // head's results rating (from the table: above expectations) and predicate are what the free rating gave before.
    jdbc.update("insert into kinerja.unit_predicate (unit_code, period_year, predicate, set_by, set_at)"
        + " select code, ?, 'ISTIMEWA', 'uji-beban', current_timestamp from kinerja.org_unit"
        + " where parent_code in (select code from kinerja.org_unit where parent_code is null)", year);
    // HR processes the award nomination of every SANGAT_BAIK appraisal.
    int expected = org.appraisals() * TASKS_PER_YEAR + (int) org.people().stream().filter(Answers::nominatedForAward).count();
    assertThat(expected).isGreaterThanOrEqualTo(5_000);

    var opening = Http.basic(port, org.hr(), Http.DEMO_PASSWORD).postJson("/api/periods/" + year + "/openings", "{}");
    assertThat(opening.statusCode()).as(opening.body()).isEqualTo(202);
    awaitPlanTasks(org.appraisals());

    String filter = Http.basic(port, org.hr(), Http.DEMO_PASSWORD).get("/engine-rest/filter?name=Tugas%20Saya").body()
        .replaceAll(".*\"id\":\"([^\"]+)\".*", "$1");
    SimulatedUsers users = new SimulatedUsers(port, filter);
    long started = System.nanoTime();
    users.run(threads(org), expected, LIMIT);
    double seconds = (System.nanoTime() - started) / 1e9;
    awaitEnded(org.appraisals() - (int) users.completions.stream().filter(c -> c.key().equals("Task_TinjauHasil")).count());

    Map<String, Integer> statuses = users.latencies.statusCounts();
    Files.createDirectories(Path.of("target"));
    Files.writeString(Path.of("target/load-report.md"), report(org, users, seconds, statuses));

    assertThat(users.unexpected).as("unexpected answers").isEmpty();
    assertThat(users.latencies.countWithStatus(status -> status >= 500))
        .as("5xx answers (conflicts included): %s", statuses).isZero();
    assertThat(users.conflictsGivenUp).as("conflicts not resolved by a retry").hasValue(0);
    // What was accepted is checked even when the time limit cut the run short; then the count fails.
    assertEveryCompletionInTheHistory(jdbc, users, year);
    assertDomainTablesHoldWhatWasSubmitted(jdbc, users, year, org);
    assertThat(users.completed).as("completions within %s", LIMIT).hasValue(expected);
    assertEveryAppraisalWentThroughEveryStepOnce(users, org);
  }

  /**
   * A thread of their own for each supervisor (72 reviews each, the critical path), the staff and
   * HR shared round robin over the other threads, so supervisors and their staff run at once.
   */
  private static List<List<String>> threads(LoadOrganisation org) {
    List<List<String>> threads = new ArrayList<>();
    threads.add(new ArrayList<>(List.of(org.top())));
    org.heads().forEach(head -> threads.add(new ArrayList<>(List.of(head))));
    int supervisorThreads = threads.size();
    while (threads.size() < THREADS) {
      threads.add(new ArrayList<>());
    }
    List<String> others = new ArrayList<>(org.staff());
    others.add(org.regionHead());
    others.add(org.hr());
    for (int i = 0; i < others.size(); i++) {
      threads.get(supervisorThreads + i % (THREADS - supervisorThreads)).add(others.get(i));
    }
    return threads;
  }

  private void assertEveryCompletionInTheHistory(JdbcTemplate jdbc, SimulatedUsers users, int year) {
    List<SimulatedUsers.Completion> completions = List.copyOf(users.completions);
    assertThat(completions).extracting(SimulatedUsers.Completion::taskId).doesNotHaveDuplicates();
    List<Map<String, Object>> history = jdbc.queryForList("select h.id_, h.task_def_key_, h.assignee_, a.nip"
        + " from act_hi_taskinst h join kinerja.appraisal a on a.process_instance_id = h.proc_inst_id_"
        + " where a.period_year = ? and h.delete_reason_ = 'completed'", year);
    Map<String, Map<String, Object>> byId = history.stream().collect(Collectors.toMap(r -> (String) r.get("id_"), r -> r));
    assertThat(byId.keySet()).as("tasks completed in the history")
        .containsExactlyInAnyOrderElementsOf(completions.stream().map(SimulatedUsers.Completion::taskId).toList());
    for (SimulatedUsers.Completion c : completions) {
      Map<String, Object> row = byId.get(c.taskId());
      assertThat(row.get("task_def_key_")).isEqualTo(c.key());
      assertThat(row.get("assignee_")).as("who completed %s of %s", c.key(), c.appraisee()).isEqualTo(c.by());
      assertThat(row.get("nip")).isEqualTo(c.appraisee());
    }
  }

  /** Every appraisal went through each step exactly as often as the model says. */
  private void assertEveryAppraisalWentThroughEveryStepOnce(SimulatedUsers users, LoadOrganisation org) {
    Map<String, Long> perAppraisal = users.completions.stream().collect(Collectors.groupingBy(
        c -> c.appraisee() + " " + c.key(), Collectors.counting()));
    for (String nip : org.people()) {
      for (var step : Map.of("Task_SusunSkp", 1L, "Task_PeriksaSkp", 1L, "Task_CatatRealisasi", 4L, "Task_UmpanBalikTriwulan", 4L,
          "Task_PenilaianMandiri", 1L, "Task_NilaiKinerja", 1L, "Task_TinjauHasil", 1L).entrySet()) {
        assertThat(perAppraisal.get(nip + " " + step.getKey())).as("%s of %s", step.getKey(), nip).isEqualTo(step.getValue());
      }
    }
  }

  private void assertDomainTablesHoldWhatWasSubmitted(JdbcTemplate jdbc, SimulatedUsers users, int year, LoadOrganisation org) {
    Map<String, SimulatedUsers.Completion> submitted = users.completions.stream().collect(Collectors.toMap(
        c -> c.appraisee() + " " + c.key() + " " + c.quarter(), Function.identity()));
    Map<String, Map<String, Object>> appraisals = byNip(jdbc.queryForList(
        "select nip, status, predicate from kinerja.appraisal where period_year = ?", year));
    assertThat(appraisals).hasSize(org.appraisals());
    for (String nip : org.people()) {
      if (!submitted.containsKey(nip + " Task_TinjauHasil 0")) {
        continue;
      }
      String rating = submitted.get(nip + " Task_NilaiKinerja 0").values().get("behaviour").toString();
      assertThat(appraisals.get(nip)).as("appraisal of %s", nip)
          .containsEntry("status", "SELESAI").containsEntry("predicate", rating.equals(Answers.ABOVE) ? "SANGAT_BAIK" : "BAIK");
    }
    String ofYear = " join kinerja.appraisal a on a.id = t.appraisal_id where a.period_year = ?";
    List<Map<String, Object>> plans = jdbc.queryForList("select a.nip, t.description, t.quantity_target from kinerja.planned_result t"
        + ofYear, year);
    assertThat(plans).as("one RHK row per SKP").hasSize(count(submitted, "Task_SusunSkp"));
    plans.forEach(row -> {
      Map<String, Object> values = submitted.get(row.get("nip") + " Task_SusunSkp 0").values();
      assertThat(row.get("description")).isEqualTo(values.get("description"));
      assertThat(((Number) row.get("quantity_target")).intValue()).isEqualTo(values.get("quantityTarget"));
    });
    List<Map<String, Object>> reviews = jdbc.queryForList("select a.nip, t.decision, t.reviewer_nip from kinerja.plan_review t"
        + ofYear, year);
    assertThat(reviews).as("one SKP review per SKP").hasSize(count(submitted, "Task_PeriksaSkp"));
    reviews.forEach(row -> assertThat(row).containsEntry("decision", "SETUJUI")
        .containsEntry("reviewer_nip", reviewerOf(submitted, row, "Task_PeriksaSkp 0")));
    List<Map<String, Object>> realisations = jdbc.queryForList("select a.nip, t.quarter, t.quantity, t.quality from kinerja.realisation t"
        + ofYear, year);
    assertThat(realisations).as("one realisation per RHK and quarter").hasSize(count(submitted, "Task_CatatRealisasi"));
    realisations.forEach(row -> {
      Map<String, Object> values = submitted.get(row.get("nip") + " Task_CatatRealisasi " + row.get("quarter")).values();
      assertThat(((Number) row.get("quantity")).intValue()).isEqualTo(values.get("quantity"));
      assertThat(((Number) row.get("quality")).intValue()).isEqualTo(values.get("quality"));
    });
    List<Map<String, Object>> quarterly = jdbc.queryForList("select a.nip, t.quarter, t.results_rating, t.behaviour_rating,"
        + " t.reviewer_nip from kinerja.quarterly_review t" + ofYear, year);
    assertThat(quarterly).as("one review per quarter").hasSize(count(submitted, "Task_UmpanBalikTriwulan"));
    quarterly.forEach(row -> {
      SimulatedUsers.Completion c = submitted.get(row.get("nip") + " Task_UmpanBalikTriwulan " + row.get("quarter"));
      assertThat(row).containsEntry("results_rating", c.values().get("results"))
          .containsEntry("behaviour_rating", c.values().get("behaviour")).containsEntry("reviewer_nip", c.by());
    });
    List<Map<String, Object>> selfAssessments = jdbc.queryForList("select a.nip, t.achievement from kinerja.self_assessment t"
        + ofYear, year);
    assertThat(selfAssessments).hasSize(count(submitted, "Task_PenilaianMandiri"));
    selfAssessments.forEach(row -> assertThat(row.get("achievement"))
        .isEqualTo(submitted.get(row.get("nip") + " Task_PenilaianMandiri 0").values().get("achievement")));
    List<Map<String, Object>> finals = jdbc.queryForList("select a.nip, t.results_rating, t.behaviour_rating, t.rater_nip"
        + " from kinerja.final_rating t" + ofYear + " and t.results_rating is not null", year);
    assertThat(finals).hasSize(count(submitted, "Task_NilaiKinerja"));
    finals.forEach(row -> {
      SimulatedUsers.Completion c = submitted.get(row.get("nip") + " Task_NilaiKinerja 0");
      assertThat(row).containsEntry("results_rating", c.values().get("results"))
          .containsEntry("behaviour_rating", c.values().get("behaviour")).containsEntry("rater_nip", c.by());
    });
    assertThat(jdbc.queryForObject("select count(*) from kinerja.behaviour_rating t" + ofYear, Integer.class, year))
        .isEqualTo(7 * count(submitted, "Task_NilaiKinerja"));
  }

  private static int count(Map<String, SimulatedUsers.Completion> submitted, String key) {
    return (int) submitted.values().stream().filter(c -> c.key().equals(key)).count();
  }

  /** The rater stored for a review: the supervisor who submitted it (the kepala daerah for the top head). */
  private static String reviewerOf(Map<String, SimulatedUsers.Completion> submitted, Map<String, Object> row, String step) {
    return submitted.get(row.get("nip") + " " + step).by();
  }

  private static Map<String, Map<String, Object>> byNip(List<Map<String, Object>> rows) {
    Map<String, Map<String, Object>> byNip = new HashMap<>();
    rows.forEach(row -> assertThat(byNip.put((String) row.get("nip"), row)).as("one row for %s", row.get("nip")).isNull());
    return byNip;
  }

  private static void awaitPlanTasks(int count) throws InterruptedException {
    TaskService tasks = app.getBean(TaskService.class);
    Instant until = Instant.now().plus(Duration.ofMinutes(2));
    while (tasks.createTaskQuery().taskDefinitionKey("Task_SusunSkp").count() < count) {
      assertThat(Instant.now()).as("all %d appraisals opened", count).isBefore(until);
      Thread.sleep(200);
    }
  }

  /** The last steps after a completion (decision, result, end) may run on the job executor. */
  private static void awaitEnded(int stillRunning) throws InterruptedException {
    RuntimeService runtime = app.getBean(RuntimeService.class);
    Instant until = Instant.now().plus(Duration.ofSeconds(60));
    while (runtime.createProcessInstanceQuery().processDefinitionKey("penilaian-kinerja").count() > stillRunning
        && Instant.now().isBefore(until)) {
      Thread.sleep(200);
    }
  }

  private static String report(LoadOrganisation org, SimulatedUsers users, double seconds, Map<String, Integer> statuses)
      throws Exception {
    String machine = new String(new ProcessBuilder("uname", "-srm").start().getInputStream().readAllBytes()).strip()
        + ", " + Runtime.getRuntime().availableProcessors() + " cores, "
        + (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
            ? os.getTotalMemorySize() >> 30 : 0) + " GiB, Java " + System.getProperty("java.version");
    StringBuilder text = new StringBuilder("## " + LocalDate.now() + " on " + machine + "\n\n")
        .append(String.format("Load test (LoadOnPostgresTest): %d simulated users at once (threads), %d people with appraisals,"
            + " %,d tasks completed in %.1f s, %.1f tasks/s; %d optimistic-locking conflicts retried, %d given up;"
            + " %d SKP forms reopened because the supervisor's RHK appeared meanwhile.%n%n",
            THREADS, org.appraisals(), users.completed.get(), seconds, users.completed.get() / seconds,
            users.conflictsRetried.get(), users.conflictsGivenUp.get(), users.staleFormsReopened.get()))
        .append("| request | count | p50 | p95 | p99 | max |\n|---|---|---|---|---|---|\n");
    for (Latencies.Summary s : users.latencies.summaries()) {
      text.append(String.format("| %s | %,d | %.1f ms | %.1f ms | %.1f ms | %.1f ms |%n", s.type(), s.count(), s.p50(), s.p95(),
          s.p99(), s.max()));
    }
    text.append("\nAnswers by request and status: ").append(statuses).append('\n');
    return text.toString();
  }
}

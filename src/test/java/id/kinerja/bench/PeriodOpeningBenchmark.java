package id.kinerja.bench;

import id.kinerja.Http;
import id.kinerja.PostgresDatabase;
import id.kinerja.appraisal.AppraisalDriver;
import id.kinerja.period.PeriodOpeningRepository;
import id.kinerja.period.PeriodOpenings;
import id.kinerja.security.Groups;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.Test;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Benchmark, not a test: {@code ./mvnw -Pbench verify} (sizes from {@code -Dbench.sizes}, default
 * 10000,50000). Per size, on a fresh PostgreSQL database: opening a period for the whole generated
 * organisation against the bare engine starting a one-user-task process the same way, the
 * "Tugas Saya" list of a supervisor through the REST API, full lifecycles through the engine API
 * as the owning users, peak heap and database size, then the bottleneck view over that year
 * ({@link BottleneckMeasurement}). Appends the figures to docs/benchmarks.md.
 */
class PeriodOpeningBenchmark {

  private static final int YEAR = 2035;
  private static final int LIFECYCLES = 40;

  @Test
  void run() throws Exception {
    List<String> rows = new ArrayList<>();
    List<String> bottleneckRows = new ArrayList<>();
    for (String size : System.getProperty("bench.sizes", "10000,50000").split(",")) {
      String[] measured = measure(Integer.parseInt(size.strip()));
      rows.add(measured[0]);
      bottleneckRows.add(measured[1]);
    }
    report(rows, bottleneckRows);
  }

  private String[] measure(int size) throws Exception {
    try (PostgresDatabase database = PostgresDatabase.create(); ConfigurableApplicationContext app = start(database)) {
      JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
      OrganisationGenerator.Generated org = OrganisationGenerator.generate(jdbc, size);
      jdbc.update("insert into kinerja.appraisal_period (period_year, plan_deadline, final_assessment_opens, calibration_required)"
          + " values (?, ?, ?, false)",
          YEAR, LocalDate.of(YEAR, 1, 31), LocalDate.now().minusDays(1));
      String supervisor = org.sectionHeads().get(org.sectionHeads().size() / 2);
      login(app, supervisor);

      long started = System.nanoTime();
      long openingId = app.getBean(PeriodOpenings.class).open(YEAR, null, "benchmark");
      awaitOpening(app, openingId);
      double openSeconds = seconds(started);
      awaitTasks(app, org.employees());
      double visibleSeconds = seconds(started);
      double ours = org.employees() / openSeconds;

      double bare = baseline(app, org.employees());
      double[] latency = taskListLatency(app, supervisor);
      double lifecyclesPerSecond = lifecycles(app, org);
      long peakHeap = ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
          .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
      long dbSize = jdbc.queryForObject("select pg_database_size(current_database())", Long.class);

      String row = String.format("| %,d | %.0f s | %.0f/s | %.0f s | %.0f/s | %.2fx | %.1f ms | %.1f ms | %.2f/s | %,d MB | %,d MB |",
          org.employees(), openSeconds, ours, visibleSeconds, bare, bare / ours, latency[0], latency[1],
          lifecyclesPerSecond, peakHeap >> 20, dbSize >> 20);
      String bottlenecks = BottleneckMeasurement.measure(app, YEAR, org.employees());
      System.out.println("BENCHMARK " + row + "\nBENCHMARK " + bottlenecks);
      return new String[] {row, bottlenecks};
    }
  }

  /** The bare engine: a one-user-task process started with the same batches and threads. */
  private double baseline(ConfigurableApplicationContext app, int count) throws Exception {
    app.getBean(RepositoryService.class).createDeployment().name("benchmark-baseline")
        .addModelInstance("baseline.bpmn", Bpmn.createExecutableProcess("benchmark-baseline").camundaHistoryTimeToLive(1)
            .startEvent().userTask("Task_Baseline").camundaAssignee("${nip}").endEvent().done())
        .deploy();
    RuntimeService runtime = app.getBean(RuntimeService.class);
    TransactionTemplate transactions = app.getBean(TransactionTemplate.class);
    int batch = app.getEnvironment().getProperty("kinerja.period.batch-size", Integer.class, 100);
    ExecutorService pool = Executors.newFixedThreadPool(app.getEnvironment().getProperty("kinerja.period.threads", Integer.class, 4));
    long started = System.nanoTime();
    List<Future<?>> batches = new ArrayList<>();
    for (int from = 0; from < count; from += batch) {
      int first = from;
      int last = Math.min(count, from + batch);
      batches.add(pool.submit(() -> transactions.executeWithoutResult(tx -> {
        for (int i = first; i < last; i++) {
          runtime.startProcessInstanceByKey("benchmark-baseline", "b" + i, Map.of("nip", "b" + i));
        }
      })));
    }
    for (Future<?> f : batches) {
      f.get();
    }
    pool.shutdown();
    return count / seconds(started);
  }

  private double[] taskListLatency(ConfigurableApplicationContext app, String supervisor) {
    int port = ((WebServerApplicationContext) app).getWebServer().getPort();
    Http http = Http.demoUser(port, supervisor);
    String filter = http.get("/engine-rest/filter?name=Tugas%20Saya").body().replaceAll(".*\"id\":\"([^\"]+)\".*", "$1");
    String path = "/engine-rest/filter/" + filter + "/list?firstResult=0&maxResults=15";
    for (int i = 0; i < 20; i++) {
      http.get(path);
    }
    double[] millis = new double[200];
    for (int i = 0; i < millis.length; i++) {
      long t = System.nanoTime();
      if (http.get(path).statusCode() != 200) {
        throw new IllegalStateException("task list failed");
      }
      millis[i] = (System.nanoTime() - t) / 1e6;
    }
    Arrays.sort(millis);
    return new double[] {millis[millis.length / 2], millis[(int) (millis.length * 0.95)]};
  }

  /** Whole years (plan, approval, four quarters, final rating, no appeal, follow-up) as the owning users. */
  private double lifecycles(ConfigurableApplicationContext app, OrganisationGenerator.Generated org) {
    JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
    AppraisalDriver driver = app.getBean(AppraisalDriver.class);
    List<String[]> pairs = new ArrayList<>();
    for (int i = 0; pairs.size() < LIFECYCLES; i++) {
      String staff = org.staff().get(i * (org.staff().size() / LIFECYCLES));
      String head = jdbc.queryForObject("select h.nip from kinerja.employee s join kinerja.org_position p on p.code = s.position_code"
          + " join kinerja.employee h on h.position_code = p.reports_to_code where s.nip = ?", String.class, staff);
      jdbc.update("update kinerja.performance_plan set status = 'DISETUJUI' where appraisal_id ="
          + " (select id from kinerja.appraisal where nip = ? and period_year = ?)", head, YEAR);
      pairs.add(new String[] {staff, head});
    }
    long started = System.nanoTime();
    for (String[] pair : pairs) {
      ProcessInstance instance = app.getBean(RuntimeService.class).createProcessInstanceQuery()
          .processInstanceBusinessKey(pair[0] + ":" + YEAR).singleResult();
      var draft = driver.task(instance, "Task_SusunSkp");
      driver.complete(pair[0], draft, driver.plan(draft));
      driver.complete(pair[1], instance, "Task_PeriksaSkp", AppraisalDriver.approve());
      driver.runDueJobs(instance);
      driver.rated(instance, pair[0], pair[1], "SESUAI_EKSPEKTASI", "SESUAI_EKSPEKTASI", "SESUAI_EKSPEKTASI");
      driver.complete(pair[0], instance, "Task_TinjauHasil", AppraisalDriver.accept());
    }
    return pairs.size() / seconds(started);
  }

  private static void login(ConfigurableApplicationContext app, String nip) {
    Machine.user(app.getBean(IdentityService.class), nip, "Kepala Seksi", Groups.PEGAWAI);
  }

  private static void awaitOpening(ConfigurableApplicationContext app, long id) throws InterruptedException {
    PeriodOpeningRepository openings = app.getBean(PeriodOpeningRepository.class);
    while (!"SELESAI".equals(openings.find(id).orElseThrow().status())) {
      Thread.sleep(50);
    }
  }

  private static void awaitTasks(ConfigurableApplicationContext app, int count) throws InterruptedException {
    TaskService tasks = app.getBean(TaskService.class);
    while (tasks.createTaskQuery().taskDefinitionKey("Task_SusunSkp").count() < count) {
      Thread.sleep(50);
    }
  }

  private static double seconds(long startedNanos) {
    return Duration.ofNanos(System.nanoTime() - startedNanos).toMillis() / 1000.0;
  }

  private static ConfigurableApplicationContext start(PostgresDatabase database) {
    return database.startApplication("--camunda.bpm.job-execution.enabled=false", "--logging.level.id.kinerja=warn");
  }

  private static void report(List<String> rows, List<String> bottleneckRows) throws IOException, InterruptedException {
    Path file = Path.of("docs/benchmarks.md");
    if (!Files.exists(file)) {
      Files.writeString(file, "# Benchmarks\n\nAppended by `./mvnw -Pbench verify` (PeriodOpeningBenchmark).\n");
    }
    String machine = Machine.describe();
    StringBuilder text = new StringBuilder("\n## " + LocalDate.now() + " on " + machine + "\n\n")
        .append("| employees | open: all started | ours | all tasks visible | bare engine | cost (bare/ours) |")
        .append(" task list p50 | task list p95 | full lifecycles | peak heap | database |\n")
        .append("|---|---|---|---|---|---|---|---|---|---|---|\n");
    rows.forEach(r -> text.append(r).append('\n'));
    text.append("\n").append(BottleneckMeasurement.HEADER);
    bottleneckRows.forEach(r -> text.append(r).append('\n'));
    Files.writeString(file, text.toString(), StandardOpenOption.APPEND);
  }
}

package id.kinerja.period;

import static org.assertj.core.api.Assertions.assertThat;

import id.kinerja.DemoUsers;
import id.kinerja.Http;
import id.kinerja.PostgresDatabase;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Opening a period on PostgreSQL with the job executor running: two openings at once, and an
 * opening interrupted by a stop and resumed by the next start, each end with exactly one
 * appraisal instance per active employee.
 */
class PeriodOpeningOnPostgresTest {

  private static PostgresDatabase database;

  @BeforeAll
  static void createDatabase() {
    database = PostgresDatabase.create();
  }

  @AfterAll
  static void dropDatabase() throws Exception {
    if (database != null) {
      database.close();
    }
  }

  @Test
  void openingTwiceAtOnceStartsEachEmployeeOnce() throws Exception {
    try (ConfigurableApplicationContext app = start()) {
      int port = ((WebServerApplicationContext) app).getWebServer().getPort();
      Http hr = Http.demoUser(port, DemoUsers.HR);
      var first = CompletableFuture.supplyAsync(() -> hr.postJson("/api/periods/2031/openings", "{}"));
      var second = CompletableFuture.supplyAsync(() -> hr.postJson("/api/periods/2031/openings", "{}"));
      assertThat(List.of(first.get().statusCode(), second.get().statusCode())).containsOnly(202);

      awaitAllFinished(app, 2031);
      assertExactlyOneInstancePerActiveEmployee(app, 2031);
    }
  }

  @Test
  void anOpeningInterruptedByAStopIsResumedByTheNextStart() throws Exception {
    long openingId;
    try (ConfigurableApplicationContext app = start()) {
      PeriodOpeningRepository repository = app.getBean(PeriodOpeningRepository.class);
      openingId = repository.create(2032, null, DemoUsers.HR);
      List<String> firstBatch = repository.nextPending(openingId, "", 5);
      app.getBean(PeriodOpeningWorker.class).startBatch(repository.find(openingId).orElseThrow(), firstBatch);
      assertThat(repository.countsByStatus(openingId)).containsEntry("DIMULAI", 5);
    }
    try (ConfigurableApplicationContext restarted = start()) {
      awaitAllFinished(restarted, 2032);
      assertThat(restarted.getBean(PeriodOpeningRepository.class).countsByStatus(openingId))
          .containsEntry("MENUNGGU", 0).containsEntry("GAGAL", 0);
      long again = restarted.getBean(PeriodOpenings.class).open(2032, null, DemoUsers.HR);
      assertThat(restarted.getBean(PeriodOpeningRepository.class).find(again).orElseThrow().total()).isZero();
      assertExactlyOneInstancePerActiveEmployee(restarted, 2032);
    }
  }

  private static void assertExactlyOneInstancePerActiveEmployee(ConfigurableApplicationContext app, int year) {
    JdbcClient jdbc = app.getBean(JdbcClient.class);
    // Every active civil servant: the Walikota, an elected official, has no appraisal.
    long active = jdbc.sql("select count(*) from kinerja.employee where active and employment_type <> 'PEJABAT_NEGARA'")
        .query(Long.class).single();
    List<Long> perKey = jdbc.sql("select count(*) from act_ru_execution where parent_id_ is null and business_key_ like ?"
        + " group by business_key_").param("%:" + year).query(Long.class).list();
    assertThat(perKey).hasSize((int) active).containsOnly(1L);
    assertThat(jdbc.sql("select count(*) from kinerja.appraisal where period_year = ? and process_instance_id is not null")
        .param(year).query(Long.class).single()).isEqualTo(active);
  }

  private static void awaitAllFinished(ConfigurableApplicationContext app, int year) throws InterruptedException {
    PeriodOpeningRepository repository = app.getBean(PeriodOpeningRepository.class);
    for (int i = 0; i < 600; i++) {
      if (repository.ofYear(year).stream().allMatch(o -> o.status().equals("SELESAI"))) {
        return;
      }
      Thread.sleep(100);
    }
    throw new AssertionError("openings of " + year + " did not finish: " + repository.ofYear(year));
  }

  private static ConfigurableApplicationContext start() {
    // Openings are looked for only at start-up, so the interrupted one waits for the restart.
    return database.startApplication("--kinerja.demo.enabled=true", "--kinerja.period.batch-size=5",
        "--kinerja.period.lease-check=1h");
  }
}

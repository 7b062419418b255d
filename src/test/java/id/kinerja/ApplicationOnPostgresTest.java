package id.kinerja;

import static org.assertj.core.api.Assertions.assertThat;

import id.kinerja.deployment.ModelDeployer;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The production profile on a real PostgreSQL database: start, migrate, serve, restart. */
class ApplicationOnPostgresTest {

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
  void startsMigratesServesAndRestartsWithoutNewVersions() {
    Map<String, Integer> versions;
    try (ConfigurableApplicationContext app = start()) {
      JdbcClient jdbc = app.getBean(JdbcClient.class);
      assertThat(jdbc.sql("select count(*) from kinerja.flyway_schema_history where success").query(Integer.class).single())
          .isPositive();
      assertThat(jdbc.sql("select count(*) from kinerja.employee").query(Integer.class).single()).isGreaterThanOrEqualTo(25);
      assertThat(jdbc.sql("select count(*) from act_re_procdef where key_ = 'konfirmasi-data-pegawai'").query(Integer.class).single())
          .isOne();

      int port = ((WebServerApplicationContext) app).getWebServer().getPort();
      assertThat(Http.anonymous(port).get("/engine-rest/task").statusCode()).isEqualTo(401);
      assertThat(Http.demoUser(port, DemoUsers.STAFF).get("/engine-rest/task").statusCode()).isEqualTo(200);
      assertThat(Http.demoUser(port, DemoUsers.HR).get("/api/organisation/employees?unit=KEL-PLAJU-ULU").body())
          .contains("\"total\":3");
      versions = versions(app);
    }

    try (ConfigurableApplicationContext restarted = start()) {
      assertThat(versions(restarted)).isEqualTo(versions);
      assertThat(restarted.getBean(RepositoryService.class).createDeploymentQuery()
          .deploymentName(ModelDeployer.DEPLOYMENT_NAME).count()).isOne();
      assertThat(restarted.getBean(JdbcClient.class).sql("select count(*) from kinerja.employee")
          .query(Integer.class).single()).isEqualTo(31);
    }
  }

  private static Map<String, Integer> versions(ConfigurableApplicationContext app) {
    return app.getBean(RepositoryService.class).createProcessDefinitionQuery().latestVersion().list().stream()
        .collect(Collectors.toMap(ProcessDefinition::getKey, ProcessDefinition::getVersion));
  }

  private static ConfigurableApplicationContext start() {
    return database.startApplication("--kinerja.demo.enabled=true", "--camunda.bpm.job-execution.enabled=false");
  }
}

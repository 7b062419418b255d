package id.kinerja.security;

import static org.assertj.core.api.Assertions.assertThat;

import id.kinerja.DemoUsers;
import id.kinerja.Http;
import id.kinerja.KinerjaSpringTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.web.server.LocalServerPort;

@KinerjaSpringTest
class AnonymousAccessTest {

  @LocalServerPort
  int port;

  @ParameterizedTest
  @ValueSource(strings = {
      "/engine-rest/task",
      "/engine-rest/engine",
      "/engine-rest/process-definition",
      "/engine-rest/deployment",
      "/camunda/api/engine/engine/default/task",
      "/camunda/api/admin/auth/user/default",
      "/camunda/api/cockpit/plugin/base/default/process-definition/statistics",
      "/api/organisation/employees",
      "/api/organisation/units",
      "/api/mail/outbox",
      "/actuator/prometheus"})
  void apisAnswer401ToAnonymousRequests(String path) {
    assertThat(Http.anonymous(port).get(path).statusCode()).isEqualTo(401);
  }

  @Test
  void restApiRefusesAWrongPassword() {
    assertThat(Http.basic(port, DemoUsers.WRONG_PASSWORD_1, "salah").get("/engine-rest/task").statusCode()).isEqualTo(401);
  }

  @ParameterizedTest
  @ValueSource(strings = {"/", "/camunda/app/tasklist/default/", "/camunda/app/cockpit/default/", "/camunda/app/admin/default/"})
  void webappsSendAnonymousVisitorsToTheLoginPage(String path) {
    var response = Http.anonymous(port).get(path);
    assertThat(response.statusCode()).isEqualTo(302);
    assertThat(response.headers().firstValue("Location")).get().asString().endsWith("/login");
  }

  @Test
  void loginPageAndHealthAnswerAnonymousRequests() {
    var login = Http.anonymous(port).get("/login");
    assertThat(login.statusCode()).isEqualTo(200);
    assertThat(login.body()).contains("Kata sandi", "_csrf");
    var health = Http.anonymous(port).get("/actuator/health");
    assertThat(health.statusCode()).isEqualTo(200);
    assertThat(health.body()).contains("UP").doesNotContain("diskSpace");
  }

  @Test
  void prometheusMetricsNeedTheMonitoringRole() {
    assertThat(Http.demoUser(port, DemoUsers.STAFF).get("/actuator/prometheus").statusCode()).isEqualTo(403);
    var metrics = Http.demoUser(port, DemoUsers.ADMIN).get("/actuator/prometheus");
    assertThat(metrics.statusCode()).isEqualTo(200);
    assertThat(metrics.body()).contains("jvm_memory_used_bytes");
  }
}

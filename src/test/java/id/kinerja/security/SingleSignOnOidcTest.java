package id.kinerja.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.kinerja.DemoUsers;
import id.kinerja.Http;
import id.kinerja.OidcSpringTest;
import id.kinerja.TestIdentityProviders;
import id.kinerja.appraisal.AppraisalDriver;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import testidp.IdentityProvider;

/** Bearer tokens of the OIDC provider on the APIs, and the login page offering single sign-on. */
@OidcSpringTest
class SingleSignOnOidcTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @LocalServerPort
  int port;

  @Autowired
  AppraisalDriver appraisals;

  @Autowired
  TaskService tasks;

  private Http bearer(IdentityProvider provider, String user) {
    return Http.anonymous(port).withHeader("Authorization", "Bearer " + provider.tokenFor(user));
  }

  @Test
  void aTokenWithHerNipSeesHerTasksAndNoOneElses() throws Exception {
    var instance = appraisals.start(DemoUsers.STAFF, AppraisalDriver.newYear());
    Task hers = tasks.createTaskQuery().processInstanceId(instance.getId()).singleResult();
    appraisals.start(DemoUsers.OTHER_STAFF, AppraisalDriver.newYear());

    HttpResponse<String> response = bearer(TestIdentityProviders.OURS, IdentityProvider.SITI).get("/engine-rest/task");

    assertThat(response.statusCode()).isEqualTo(200);
    List<String> ids = new ArrayList<>();
    for (JsonNode task : JSON.readTree(response.body())) {
      ids.add(task.get("id").asText());
      assertThat(tasks.createTaskQuery().taskId(task.get("id").asText()).or().taskAssignee(DemoUsers.STAFF).taskCandidateUser(DemoUsers.STAFF).endOr().count())
          .as("task %s is hers", task.get("id").asText()).isEqualTo(1);
    }
    assertThat(ids).contains(hers.getId());
    assertThat(JSON.readTree(response.body()))
        .as("the token sees what her password sees")
        .isEqualTo(JSON.readTree(Http.demoUser(port, DemoUsers.STAFF).get("/engine-rest/task").body()));
  }

  @Test
  void theTokensAuthoritiesAreTheEmployeesGroups() {
    assertThat(bearer(TestIdentityProviders.OURS, IdentityProvider.SITI).get("/api/organisation/units").statusCode())
        .isEqualTo(403);
    assertThat(bearer(TestIdentityProviders.OURS, IdentityProvider.RIZKY).get("/api/organisation/units").statusCode())
        .isEqualTo(200);
  }

  @Test
  void aNipTheDirectoryDoesNotKnowIsRefused() {
    assertThat(bearer(TestIdentityProviders.OURS, IdentityProvider.TAMU).get("/engine-rest/task").statusCode()).isEqualTo(401);
    assertThat(Http.demoUser(port, DemoUsers.HR).get("/api/audit/people/" + IdentityProvider.nipOf(IdentityProvider.TAMU)).body())
        .contains("\"action\":\"LOGIN_GAGAL\"", "\"target\":\"sso-token\"");
  }

  @Test
  void aTokenOfAnotherIssuerIsRefused() {
    assertThat(bearer(TestIdentityProviders.OTHER, IdentityProvider.SITI).get("/engine-rest/task").statusCode()).isEqualTo(401);
    assertThat(bearer(TestIdentityProviders.OTHER, IdentityProvider.RIZKY).get("/api/organisation/units").statusCode())
        .isEqualTo(401);
  }

  @Test
  void aTokenTheProviderIssuedToAnotherApplicationIsRefused() {
    String token = TestIdentityProviders.OURS.tokenFor(IdentityProvider.OTHER_CLIENT_ID, IdentityProvider.SITI);
    assertThat(Http.anonymous(port).withHeader("Authorization", "Bearer " + token).get("/engine-rest/task").statusCode())
        .isEqualTo(401);
  }

  @Test
  void aForgedOrGarbledTokenIsRefused() {
    String token = TestIdentityProviders.OURS.tokenFor(IdentityProvider.SITI);
    String[] parts = token.split("\\.");
    // Her token with the payload of Rizky's (HR): the signature no longer matches.
    String forged = parts[0] + "." + TestIdentityProviders.OURS.tokenFor(IdentityProvider.RIZKY).split("\\.")[1] + "." + parts[2];
    assertThat(Http.anonymous(port).withHeader("Authorization", "Bearer " + forged).get("/api/organisation/units").statusCode())
        .isEqualTo(401);
    assertThat(Http.anonymous(port).withHeader("Authorization", "Bearer bukan-token").get("/engine-rest/task").statusCode())
        .isEqualTo(401);
  }

  @Test
  void passwordsStillWorkBesideTokens() {
    assertThat(Http.demoUser(port, DemoUsers.STAFF).get("/engine-rest/task").statusCode()).isEqualTo(200);
    assertThat(Http.browserLogin(port, DemoUsers.STAFF, Http.DEMO_PASSWORD).get("/camunda/app/tasklist/default/").statusCode())
        .isEqualTo(200);
    assertThat(Http.anonymous(port).get("/engine-rest/task").statusCode()).isEqualTo(401);
  }

  @Test
  void theLoginPageOffersSingleSignOnBesideThePasswordForm() {
    HttpResponse<String> page = Http.anonymous(port).get("/login");
    assertThat(page.body()).contains("Masuk dengan SSO", "href=\"/oauth2/authorization/kinerja\"", "Kata sandi");

    HttpResponse<String> start = Http.anonymous(port).get("/oauth2/authorization/kinerja");
    assertThat(start.statusCode()).isEqualTo(302);
    assertThat(start.headers().firstValue("Location")).get().asString()
        .startsWith(TestIdentityProviders.OURS.issuer() + "/oauth2/authorize?").contains("client_id=kinerja");
  }

  @Test
  void theLoginPageSaysWhySingleSignOnWasRefused() {
    assertThat(Http.anonymous(port).get("/login?sso-ditolak").body()).contains("tidak membawa NIP yang terdaftar");
  }
}

package id.kinerja.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import id.kinerja.DemoUsers;
import id.kinerja.Http;
import id.kinerja.KinerjaSpringTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ClassPathResource;

/** Deploying as Camunda Modeler does: a multipart POST to /engine-rest/deployment/create. */
@KinerjaSpringTest
class DeploymentAuthorizationTest {

  private static final String KEY = "uji-unggah-modeler";

  @LocalServerPort
  int port;
  @Autowired
  RepositoryService repositoryService;

  @AfterEach
  void removeTestDeployments() {
    repositoryService.createDeploymentQuery().deploymentName("dari-modeler").list()
        .forEach(d -> repositoryService.deleteDeployment(d.getId(), true));
  }

  @Test
  void anEmployeeCannotDeploy() {
    assertThat(deployAs(DemoUsers.STAFF).statusCode()).isEqualTo(403);
    assertThat(deployAs(DemoUsers.HR).statusCode()).isEqualTo(403);
    assertThat(repositoryService.createProcessDefinitionQuery().processDefinitionKey(KEY).count()).isZero();
  }

  @Test
  void aProcessOwnerCanDeploy() {
    HttpResponse<String> response = deployAs(DemoUsers.PROCESS_OWNER);

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(repositoryService.createProcessDefinitionQuery().processDefinitionKey(KEY).count()).isOne();
  }

  private HttpResponse<String> deployAs(String user) {
    String boundary = "kinerja-test-boundary";
    String body = "--" + boundary + "\r\n"
        + "Content-Disposition: form-data; name=\"deployment-name\"\r\n\r\ndari-modeler\r\n"
        + "--" + boundary + "\r\n"
        + "Content-Disposition: form-data; name=\"deploy-changed-only\"\r\n\r\ntrue\r\n"
        + "--" + boundary + "\r\n"
        + "Content-Disposition: form-data; name=\"data\"; filename=\"uji-unggah-modeler.bpmn\"\r\n"
        + "Content-Type: application/octet-stream\r\n\r\n" + model() + "\r\n"
        + "--" + boundary + "--\r\n";
    Http http = Http.demoUser(port, user);
    return http.send(http.request("/engine-rest/deployment/create")
        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
        .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)));
  }

  private static String model() {
    try {
      return new ClassPathResource("deployment/uji-unggah-modeler.bpmn").getContentAsString(StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

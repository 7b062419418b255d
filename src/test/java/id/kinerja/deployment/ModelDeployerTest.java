package id.kinerja.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import id.kinerja.KinerjaSpringTest;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@KinerjaSpringTest
class ModelDeployerTest {

  @Autowired
  ModelDeployer deployer;
  @Autowired
  RepositoryService repositoryService;

  @Test
  void shipsEveryModelAndFormUnderItsRepositoryPath() {
    assertThat(ModelDeployer.modelsOnClasspath().keySet())
        .contains("processes/konfirmasi-data-pegawai.bpmn", "forms/konfirmasi-data-pegawai.form")
        .allMatch(name -> name.startsWith("processes/") || name.startsWith("forms/"));
  }

  @Test
  void redeployingUnchangedModelsCreatesNoNewVersionAndAChangedOneExactlyOne() {
    Map<String, Integer> before = latestVersions();
    long deploymentsBefore = repositoryService.createDeploymentQuery().count();

    deployer.deploy(ModelDeployer.modelsOnClasspath());

    assertThat(latestVersions()).isEqualTo(before);
    assertThat(repositoryService.createDeploymentQuery().count()).isEqualTo(deploymentsBefore);

    Map<String, byte[]> changed = new TreeMap<>(ModelDeployer.modelsOnClasspath());
    String bpmn = new String(changed.get("processes/konfirmasi-data-pegawai.bpmn"), StandardCharsets.UTF_8);
    changed.put("processes/konfirmasi-data-pegawai.bpmn",
        bpmn.replace("name=\"Konfirmasi Data Pegawai\"", "name=\"Konfirmasi Data Pegawai (revisi)\"").getBytes(StandardCharsets.UTF_8));
    deployer.deploy(changed);

    Map<String, Integer> expected = new TreeMap<>(before);
    expected.merge("konfirmasi-data-pegawai", 1, Integer::sum);
    assertThat(latestVersions()).isEqualTo(expected);
    assertThat(repositoryService.createDeploymentQuery().count()).isEqualTo(deploymentsBefore + 1);
    assertThat(repositoryService.createDeploymentQuery().orderByDeploymentTime().desc().list().get(0).getId())
        .satisfies(id -> assertThat(repositoryService.getDeploymentResourceNames(id))
            .containsExactly("processes/konfirmasi-data-pegawai.bpmn"));

    // Back to the model in the repository: one more version, so later tests run the real model.
    deployer.deploy(ModelDeployer.modelsOnClasspath());
    expected.merge("konfirmasi-data-pegawai", 1, Integer::sum);
    assertThat(latestVersions()).isEqualTo(expected);
  }

  private Map<String, Integer> latestVersions() {
    return repositoryService.createProcessDefinitionQuery().latestVersion().list().stream()
        .collect(Collectors.toMap(ProcessDefinition::getKey, ProcessDefinition::getVersion, (a, b) -> a, TreeMap::new));
  }
}

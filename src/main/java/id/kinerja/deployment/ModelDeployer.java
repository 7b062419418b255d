package id.kinerja.deployment;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.TreeMap;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.repository.DeploymentWithDefinitions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Deploys the models from {@code processes/} (BPMN, DMN) and the forms from {@code forms/} at
 * start-up, under one deployment name with "deploy changed only": a model whose bytes match its
 * latest deployed version is skipped, a changed one gets exactly one new version. Resource names
 * are the paths relative to the repository top ({@code processes/x.bpmn}), the same from the IDE,
 * {@code spring-boot:run} and the packaged jar, so the comparison holds between them.
 */
@Component
@Order(0)
public class ModelDeployer implements ApplicationRunner {

  public static final String DEPLOYMENT_NAME = "kinerja-asn";
  private static final String SOURCE = "kinerja-asn-startup";
  /** Pattern to folder. One pattern per type: Spring reads {@code *.{bpmn,dmn}} as "any extension". */
  private static final Map<String, String> PATTERNS = Map.of(
      "classpath*:processes/**/*.bpmn", "processes",
      "classpath*:processes/**/*.dmn", "processes",
      "classpath*:forms/**/*.form", "forms");
  private static final Logger LOG = LoggerFactory.getLogger(ModelDeployer.class);

  private final RepositoryService repositoryService;

  public ModelDeployer(RepositoryService repositoryService) {
    this.repositoryService = repositoryService;
  }

  @Override
  public void run(ApplicationArguments args) {
    deploy(modelsOnClasspath());
  }

  /** Deploys what changed; with nothing changed the engine returns the existing deployment. */
  public DeploymentWithDefinitions deploy(Map<String, byte[]> resources) {
    if (resources.isEmpty()) {
      return null;
    }
    DeploymentBuilder builder = repositoryService.createDeployment()
        .name(DEPLOYMENT_NAME)
        .source(SOURCE)
        .enableDuplicateFiltering(true);
    resources.forEach((name, bytes) -> builder.addInputStream(name, new ByteArrayInputStream(bytes)));
    DeploymentWithDefinitions deployment = builder.deployWithResult();
    LOG.info("Models checked: {} resources, current deployment {}", resources.size(), deployment.getId());
    return deployment;
  }

  /** The models packed with the application, keyed by their path relative to the repository top. */
  public static Map<String, byte[]> modelsOnClasspath() {
    var resolver = new PathMatchingResourcePatternResolver();
    Map<String, byte[]> models = new TreeMap<>();
    PATTERNS.forEach((pattern, folder) -> {
      try {
        for (Resource resource : resolver.getResources(pattern)) {
          String url = resource.getURL().toString();
          String name = url.substring(url.lastIndexOf("/" + folder + "/") + 1);
          try (InputStream in = resource.getInputStream()) {
            models.put(name, in.readAllBytes());
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot read models from " + pattern, e);
      }
    });
    return models;
  }
}

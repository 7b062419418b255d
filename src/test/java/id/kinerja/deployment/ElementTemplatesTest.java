package id.kinerja.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.kinerja.KinerjaSpringTest;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The Camunda Modeler element templates in processes/.camunda/element-templates: one for every
 * service-task delegate the project's models use, each naming only what a deployment accepts.
 */
@KinerjaSpringTest
class ElementTemplatesTest {

  private static final Path TEMPLATES = Path.of("processes/.camunda/element-templates/kinerja-asn.json");

  @Autowired
  ModelBeans beans;

  @Test
  void everyServiceTaskOfTheModelsHasATemplateAndEveryTemplateIsAccepted() throws Exception {
    Set<String> templated = new HashSet<>();
    for (JsonNode template : new ObjectMapper().readTree(TEMPLATES.toFile())) {
      assertThat(template.path("appliesTo").toString()).contains("bpmn:ServiceTask");
      for (JsonNode property : template.path("properties")) {
        String binding = property.path("binding").path("name").asText();
        if (binding.equals("camunda:expression") || binding.equals("camunda:delegateExpression")) {
          String value = property.path("value").asText();
          templated.add(value);
          Expressions.Parsed parsed = Expressions.parse(value);
          assertThat(parsed.calls()).as(value).allMatch(call -> beans.mayCall(call.bean(), call.method()));
          if (binding.equals("camunda:delegateExpression")) {
            assertThat(parsed.names()).as(value).singleElement().matches(beans::isDelegate);
          }
        }
      }
    }
    Set<String> used = new HashSet<>();
    try (Stream<Path> models = Files.list(Path.of("processes"))) {
      for (File model : models.filter(p -> p.toString().endsWith(".bpmn")).map(Path::toFile).toList()) {
        for (ServiceTask task : Bpmn.readModelFromFile(model).getModelElementsByType(ServiceTask.class)) {
          used.add(task.getCamundaExpression() != null ? task.getCamundaExpression() : task.getCamundaDelegateExpression());
        }
      }
    }
    assertThat(templated).containsExactlyInAnyOrderElementsOf(used);
  }
}

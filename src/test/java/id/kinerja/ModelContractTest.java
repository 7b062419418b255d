package id.kinerja;

import static org.assertj.core.api.Assertions.assertThat;

import id.kinerja.process.FormFields;
import id.kinerja.process.ProcessContract;
import id.kinerja.process.TaskForm;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Message;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.Test;

/**
 * The declared contract against the files in {@code processes/} and {@code forms/}, without the
 * application: every form declared with exactly its fields, every process declared, every user
 * task on a declared form, every element and message the code names present, and no gateway,
 * timer, due date or assignee reading a variable that a form could send.
 */
class ModelContractTest {

  private static final Pattern NAME = Pattern.compile("\\$\\{\\s*([A-Za-z_][A-Za-z0-9_]*)\\s*(?:[}=!<>&|?+\\-]|$)");

  @Test
  void everyFormInFormsIsDeclaredWithExactlyTheFieldsItSubmits() throws IOException {
    Map<String, Map<String, Set<String>>> inFiles = new TreeMap<>();
    for (Path file : files("forms", ".form")) {
      TaskForm form = FormFields.of(Files.readAllBytes(file));
      assertThat(file.getFileName().toString()).as("file name of form %s", form.id()).isEqualTo(form.id() + ".form");
      inFiles.put(form.id(), form.fields());
    }
    Map<String, Map<String, Set<String>>> declared = new TreeMap<>();
    ModelContracts.CONTRACT.forms().forEach(form -> declared.put(form.id(), form.fields()));
    assertThat(declared).containsExactlyInAnyOrderEntriesOf(inFiles);
  }

  @Test
  void everyProcessIsDeclaredAndNamesWhatTheCodeRelyOn() throws IOException {
    Set<String> keys = new TreeSet<>();
    for (BpmnModelInstance model : models()) {
      Set<String> messages = names(model.getModelElementsByType(Message.class));
      for (Process process : model.getModelElementsByType(Process.class)) {
        keys.add(process.getId());
        ProcessContract contract = ModelContracts.CONTRACT.process(process.getId()).orElseThrow(
            () -> new AssertionError("process " + process.getId() + " has no declared contract"));
        assertThat(contract.elements()).as("elements of %s the code names", contract.key())
            .allSatisfy(id -> assertThat((Object) model.getModelElementById(id)).as(id).isNotNull());
        assertThat(messages).as("messages of %s", contract.key()).containsAll(contract.messages());
        assertThat(contract.variables()).as("start variables of %s", contract.key()).containsAll(contract.startVariables());
      }
    }
    assertThat(keys).containsExactlyInAnyOrderElementsOf(
        ModelContracts.CONTRACT.processes().stream().map(ProcessContract::key).toList());
  }

  @Test
  void everyUserTaskAndStartFormUsesADeclaredForm() throws IOException {
    for (BpmnModelInstance model : models()) {
      for (UserTask task : model.getModelElementsByType(UserTask.class)) {
        assertThat(ModelContracts.CONTRACT.form(task.getCamundaFormRef()))
            .as("user task %s: its form '%s' is declared", task.getId(), task.getCamundaFormRef()).isPresent();
      }
      for (StartEvent start : model.getModelElementsByType(StartEvent.class)) {
        if (start.getCamundaFormRef() != null) {
          assertThat(ModelContracts.CONTRACT.form(start.getCamundaFormRef())).as("start form of %s", start.getId()).isPresent();
        }
      }
    }
  }

  /**
   * The server owns what decides the path: a variable read by a condition, a timer, a due date
   * or an assignment is never a field a form of the same process submits, so no completion can
   * carry it; the task's check sets it from what it stored.
   */
  @Test
  void noConditionTimerOrAssignmentReadsAFieldAFormSubmits() throws IOException {
    Set<String> checked = new HashSet<>();
    for (Path file : files("processes", ".bpmn")) {
      String xml = Files.readString(file);
      BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
      Set<String> submitted = model.getModelElementsByType(UserTask.class).stream()
          .map(UserTask::getCamundaFormRef).map(ModelContracts.CONTRACT::form).flatMap(java.util.Optional::stream)
          .flatMap(form -> form.fields().keySet().stream()).collect(Collectors.toSet());
      Set<String> decisive = new HashSet<>();
      for (String part : decisiveExpressions(xml)) {
        Matcher m = NAME.matcher(part);
        while (m.find()) {
          decisive.add(m.group(1));
        }
      }
      assertThat(decisive).as("%s: variables that decide the path, none a form field", file).noneMatch(submitted::contains);
      checked.addAll(decisive);
      ProcessContract contract = ModelContracts.CONTRACT.process(model.getModelElementsByType(Process.class)
          .iterator().next().getId()).orElseThrow();
      assertThat(contract.variables()).as("%s: declared variables", file).containsAll(
          decisive.stream().filter(name -> !name.equals("loopCounter")).toList());
    }
    assertThat(checked).as("variables found in conditions, timers and assignments").contains("keberatanDiajukan", "nip");
  }

  private static List<String> decisiveExpressions(String xml) {
    Pattern decisive = Pattern.compile("<bpmn:(?:conditionExpression|timeDate|timeDuration|timeCycle)[^>]*>([^<]*)<"
        + "|camunda:(?:assignee|candidateUsers|candidateGroups|dueDate|followUpDate)=\"([^\"]*)\"");
    Matcher m = decisive.matcher(xml);
    List<String> found = new java.util.ArrayList<>();
    while (m.find()) {
      found.add(m.group(1) != null ? m.group(1) : m.group(2));
    }
    return found;
  }

  private static Set<String> names(Collection<Message> messages) {
    return messages.stream().map(Message::getName).collect(Collectors.toSet());
  }

  private static List<BpmnModelInstance> models() throws IOException {
    return files("processes", ".bpmn").stream().map(f -> Bpmn.readModelFromFile(f.toFile())).toList();
  }

  private static List<Path> files(String folder, String suffix) throws IOException {
    try (Stream<Path> paths = Files.walk(Path.of(folder))) {
      return paths.filter(p -> p.toString().endsWith(suffix)).sorted().toList();
    }
  }
}

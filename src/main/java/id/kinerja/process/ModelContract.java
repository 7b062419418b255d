package id.kinerja.process;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The project's declared contract with its models: every form's fields and every process's
 * variables, elements and start variables. Completions, starts and deployments are checked
 * against it at run time, the files in {@code processes/} and {@code forms/} at build time.
 */
public final class ModelContract {

  private final Map<String, TaskForm> forms;
  private final Map<String, ProcessContract> processes;

  public ModelContract(Collection<TaskForm> forms, Collection<ProcessContract> processes) {
    this.forms = forms.stream().collect(Collectors.toUnmodifiableMap(TaskForm::id, Function.identity()));
    this.processes = processes.stream().collect(Collectors.toUnmodifiableMap(ProcessContract::key, Function.identity()));
  }

  public Optional<TaskForm> form(String id) {
    return Optional.ofNullable(id).map(forms::get);
  }

  public Optional<ProcessContract> process(String key) {
    return Optional.ofNullable(key).map(processes::get);
  }

  public Collection<TaskForm> forms() {
    return forms.values();
  }

  public Collection<ProcessContract> processes() {
    return processes.values();
  }

  /** What a start of the process may carry: its start form's fields, else its declared start variables. */
  public Set<String> startVariables(String processKey, String startFormId) {
    return form(startFormId).map(form -> form.fields().keySet())
        .orElseGet(() -> process(processKey).map(ProcessContract::startVariables).orElse(Set.of()));
  }

  public List<String> formIds() {
    return forms.keySet().stream().sorted().toList();
  }
}

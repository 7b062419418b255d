package id.kinerja.process;

import java.util.Optional;
import java.util.function.Function;
import org.camunda.bpm.engine.delegate.DelegateTask;

/**
 * Whose the tasks of one process are, as Tasklist's list shows it after the task's own name: the
 * employee (and the period), the unit, the post; read from variables the server set, empty to keep
 * the plain name. Each process declares its own as a bean beside its contract.
 */
public record TaskSubject(String processKey, Function<DelegateTask, Optional<String>> whose) {

  public Optional<String> of(DelegateTask task) {
    return whose.apply(task).filter(subject -> !subject.isBlank());
  }
}

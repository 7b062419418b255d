package id.kinerja.process;

import java.util.function.Consumer;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;

/**
 * Wraps the check of a task's submission as the {@code end} execution listener of its user task,
 * registered as a bean and referenced with {@code delegateExpression}, the one way a refusal reaches
 * the person as a 400 (see {@link RefusedInput}). Skipped when the task is cancelled, for example
 * by a boundary timer or when the instance is deleted.
 */
public final class OnCompletion {

  private OnCompletion() {}

  public static ExecutionListener check(Consumer<DelegateExecution> check) {
    return execution -> {
      if (!execution.isCanceled()) {
        check.accept(execution);
      }
    };
  }
}

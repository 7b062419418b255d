package id.kinerja.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;

/**
 * A check of every user task completion in every process, run before the task's own check (see
 * {@link CompletionGuards}). Refuses with {@link RefusedInput}, naming the field.
 */
public interface CompletionGuard {

  void check(DelegateExecution execution);
}

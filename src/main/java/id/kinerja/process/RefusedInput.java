package id.kinerja.process;

import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;

/**
 * Refuses a task completion with a message for the person who sent it. Thrown from an execution
 * listener on the user task's {@code end} event, it rolls the completion back (the task stays
 * open, nothing is written) and the REST API and Tasklist answer 400 with the message. Any other
 * exception, or this one from a task listener (the engine wraps those), would answer 500.
 */
public final class RefusedInput {

  private RefusedInput() {}

  public static ProcessEngineException because(String message) {
    return new FormFieldValidationException(null, message);
  }
}

package id.kinerja.process;

import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * Refuses text values longer than the engine can store as a text variable (4000 characters), also
 * for fields no form has, which no task's own check reads. Longer ones would fail in the database
 * after every check passed, as a 500 with nothing to tell the person.
 */
@Component
class TextLengthGuard implements CompletionGuard {

  static final int MAX_TEXT = 4000;

  @Override
  public void check(DelegateExecution execution) {
    String tooLong = execution.getVariables().entrySet().stream()
        .filter(e -> e.getValue() instanceof String text && text.length() > MAX_TEXT)
        .map(Map.Entry::getKey).sorted().collect(Collectors.joining(", "));
    if (!tooLong.isEmpty()) {
      throw RefusedInput.because("Isian " + tooLong + " paling banyak " + MAX_TEXT + " karakter");
    }
  }
}

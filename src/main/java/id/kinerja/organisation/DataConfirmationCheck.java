package id.kinerja.organisation;

import id.kinerja.process.RefusedInput;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * Checks the answer of "Konfirmasi data kepegawaian" again on the server: a completion without an
 * answer, or a "no" without a correction, is refused and the task stays open.
 */
@Component("dataConfirmationCheck")
class DataConfirmationCheck implements ExecutionListener {

  @Override
  public void notify(DelegateExecution execution) {
    if (execution.isCanceled()) {
      return;
    }
    Object answer = execution.getVariable("dataBenar");
    if (!(answer instanceof Boolean correct)) {
      throw RefusedInput.because("Jawaban 'Apakah data sudah benar?' wajib diisi (ya atau tidak)");
    }
    Object correction = execution.getVariable("koreksi");
    if (!correct && (!(correction instanceof String text) || text.strip().length() < 10)) {
      throw RefusedInput.because("Koreksi data wajib diisi, paling sedikit 10 karakter");
    }
  }
}

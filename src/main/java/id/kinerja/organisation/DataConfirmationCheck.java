package id.kinerja.organisation;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Checks the answer of "Konfirmasi data kepegawaian" again on the server: a completion without an
 * answer, or a "no" without a correction, is refused and the task stays open.
 */
@Component("dataConfirmationCheck")
class DataConfirmationCheck implements TaskListener {

  @Override
  public void notify(DelegateTask task) {
    Object answer = task.getVariable("dataBenar");
    if (!(answer instanceof Boolean correct)) {
      throw new BadUserRequestException("Jawaban 'Apakah data sudah benar?' wajib diisi (ya atau tidak)");
    }
    Object correction = task.getVariable("koreksi");
    if (!correct && (!(correction instanceof String text) || text.strip().length() < 10)) {
      throw new BadUserRequestException("Koreksi data wajib diisi, paling sedikit 10 karakter");
    }
  }
}

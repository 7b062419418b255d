package id.kinerja.organisation;

import static id.kinerja.organisation.OrganisationForms.CORRECTION;
import static id.kinerja.organisation.OrganisationForms.DATA_CORRECT;
import static id.kinerja.organisation.OrganisationForms.FOLLOW_UP_NOTE;

import id.kinerja.process.FormInput;
import id.kinerja.process.ModelApi;
import id.kinerja.process.OnCompletion;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Component;

/**
 * Checks the answers of "Konfirmasi data kepegawaian" again on the server: a completion without an
 * answer, or a "no" without a correction, is refused and the task stays open; and HR's follow-up
 * of a correction needs a note. The gateway reads only what this check set.
 */
@Component
class DataConfirmation {

  @Bean
  @ModelApi
  ExecutionListener dataConfirmationCheck() {
    return OnCompletion.check(execution -> {
      FormInput input = FormInput.of(execution);
      Boolean correct = input.bool(DATA_CORRECT, "Jawaban 'Apakah data sudah benar?'");
      if (Boolean.FALSE.equals(correct)) {
        input.text(CORRECTION, "Koreksi data", 10, 2000);
      }
      input.refuseIfInvalid();
      execution.setVariable(DataConfirmationProcess.Variables.CONFIRMED, correct);
    });
  }

  @Bean
  @ModelApi
  ExecutionListener correctionFollowUpCheck() {
    return OnCompletion.check(execution -> {
      FormInput input = FormInput.of(execution);
      input.text(FOLLOW_UP_NOTE, "Catatan tindak lanjut", 10, 2000);
      input.refuseIfInvalid();
    });
  }
}

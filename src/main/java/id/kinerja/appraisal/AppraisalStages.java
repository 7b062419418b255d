package id.kinerja.appraisal;

import id.kinerja.process.ModelApi;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/** The closing steps of an appraisal as the model calls them; the record is the one the execution names. */
@Component("appraisalStages")
public class AppraisalStages {

  private final AppraisalRepository appraisals;

  AppraisalStages(AppraisalRepository appraisals) {
    this.appraisals = appraisals;
  }

  /** Service task "Tetapkan hasil akhir": the result is final. */
  @ModelApi
  public void markFinal(DelegateExecution execution) {
    appraisals.markFinal(AppraisalVariables.appraisalId(execution));
  }

  /** Service task "Tutup penilaian": the follow-up is done too. */
  @ModelApi
  public void close(DelegateExecution execution) {
    appraisals.setStatus(AppraisalVariables.appraisalId(execution), "SELESAI");
  }
}

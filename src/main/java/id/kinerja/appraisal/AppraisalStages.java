package id.kinerja.appraisal;

import id.kinerja.process.ModelApi;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * Steps of an appraisal the model calls where no other Java step marks the stage; the record is
 * the one the execution names. The other stages are set where their step happens (the SKP set,
 * the result stored, the appeal filed, the calibration).
 */
@Component("appraisalStages")
public class AppraisalStages {

  private final AppraisalRepository appraisals;

  AppraisalStages(AppraisalRepository appraisals) {
    this.appraisals = appraisals;
  }

  /** Start listener of the subprocess "Penilaian akhir": the annual assessment is open. */
  @ModelApi
  public void finalAssessmentOpened(DelegateExecution execution) {
    appraisals.setStage(AppraisalVariables.appraisalId(execution), AppraisalStage.PENILAIAN_AKHIR);
  }

  /** Service task "Tetapkan hasil akhir": the result is final. */
  @ModelApi
  public void markFinal(DelegateExecution execution) {
    appraisals.markFinal(AppraisalVariables.appraisalId(execution));
  }

  /** Service task "Tutup penilaian": the follow-up is done too. */
  @ModelApi
  public void close(DelegateExecution execution) {
    appraisals.setStage(AppraisalVariables.appraisalId(execution), AppraisalStage.SELESAI);
  }
}

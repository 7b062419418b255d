package id.kinerja.plan;

import id.kinerja.appraisal.AppraisalVariables;
import id.kinerja.process.ModelApi;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Prepares "Periksa SKP": the rater reads the SKP's appendix (Lampiran SKP) as it was stored with
 * the submission, not as the variables the employee sent, and the form shows it read-only.
 */
@ModelApi
@Component("planReviewForm")
class PlanReviewForm implements TaskListener {

  private final PlanRepository plans;

  PlanReviewForm(PlanRepository plans) {
    this.plans = plans;
  }

  @Override
  public void notify(DelegateTask task) {
    plans.appendix(AppraisalVariables.appraisalId(task)).ifPresent(appendix -> PlanForms.show(task, appendix));
  }
}

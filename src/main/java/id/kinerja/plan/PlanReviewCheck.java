package id.kinerja.plan;

import static id.kinerja.appraisal.AppraisalVariables.PLAN_APPROVED;
import static id.kinerja.appraisal.AppraisalVariables.RATER_NIP;
import static id.kinerja.appraisal.AppraisalVariables.RETURN_NOTES;

import id.kinerja.appraisal.AppraisalVariables;
import id.kinerja.assessment.BehaviourValue;
import id.kinerja.process.AsSystem;
import id.kinerja.process.FormInput;
import id.kinerja.process.ModelApi;
import java.util.EnumMap;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * Checks and records the supervisor's decision on an SKP: approve with the leader's specific
 * expectation for each BerAKHLAK value, or return with notes the employee will see.
 */
@ModelApi
@Component("planReviewCheck")
class PlanReviewCheck implements ExecutionListener {

  enum Decision {
    SETUJUI,
    KEMBALIKAN
  }

  private final PlanRepository plans;
  private final IdentityService identityService;

  PlanReviewCheck(PlanRepository plans, IdentityService identityService) {
    this.plans = plans;
    this.identityService = identityService;
  }

  @Override
  public void notify(DelegateExecution execution) {
    if (execution.isCanceled()) {
      return;
    }
    FormInput input = FormInput.of(execution);
    Decision decision = input.choice(PlanForms.DECISION, "Keputusan", Decision.class);
    String notes = null;
    Map<BehaviourValue, String> expectations = new EnumMap<>(BehaviourValue.class);
    if (decision == Decision.KEMBALIKAN) {
      notes = input.text(PlanForms.REVIEW_NOTES, "Catatan untuk pegawai", 10, 2000);
    } else if (decision == Decision.SETUJUI) {
      notes = input.optionalText(PlanForms.REVIEW_NOTES, "Catatan", 2000);
      for (BehaviourValue value : BehaviourValue.values()) {
        expectations.put(value, input.text(value.field(PlanForms.EXPECTATION), "Ekspektasi khusus " + value.label(), 5, 1000));
      }
    }
    input.refuseIfInvalid();

    long appraisalId = AppraisalVariables.appraisalId(execution);
    String reviewer = AsSystem.currentUserOr(identityService, execution.getVariable(RATER_NIP));
    plans.recordReview(appraisalId, decision.name(), notes, reviewer);
    if (decision == Decision.KEMBALIKAN) {
      plans.markReturned(appraisalId);
      execution.setVariable(RETURN_NOTES, notes);
    } else {
      expectations.forEach((value, text) -> plans.saveExpectation(appraisalId, value.name(), text));
      execution.setVariable(RETURN_NOTES, null);
    }
    execution.setVariable(PLAN_APPROVED, decision == Decision.SETUJUI);
  }

}

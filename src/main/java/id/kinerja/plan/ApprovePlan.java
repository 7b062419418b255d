package id.kinerja.plan;

import static id.kinerja.appraisal.AppraisalVariables.NIP;
import static id.kinerja.appraisal.AppraisalVariables.RATER_NIP;
import static id.kinerja.appraisal.AppraisalVariables.YEAR;

import id.kinerja.appraisal.AppraisalProcess;
import id.kinerja.appraisal.AppraisalRepository;
import id.kinerja.appraisal.AppraisalStage;
import id.kinerja.appraisal.AppraisalVariables;
import id.kinerja.process.AsSystem;
import id.kinerja.process.ModelApi;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Sets (menetapkan) the SKP, which moves the appraisal to monitoring, refreshes the RHK options
 * the subordinates see (no longer "belum disetujui") and wakes the subordinates whose submissions
 * wait for it: they wait on the message {@value AppraisalProcess#SUPERVISOR_PLAN_SET} with this
 * employee as their rater.
 */
@ModelApi
@Component("approvePlan")
class ApprovePlan implements JavaDelegate {

  private final PlanRepository plans;
  private final AppraisalRepository appraisals;
  private final PlanDraftForm draftForm;
  private final RuntimeService runtimeService;
  private final IdentityService identityService;

  ApprovePlan(PlanRepository plans, AppraisalRepository appraisals, PlanDraftForm draftForm, RuntimeService runtimeService,
      IdentityService identityService) {
    this.plans = plans;
    this.appraisals = appraisals;
    this.draftForm = draftForm;
    this.runtimeService = runtimeService;
    this.identityService = identityService;
  }

  @Override
  public void execute(DelegateExecution execution) {
    long appraisalId = AppraisalVariables.appraisalId(execution);
    plans.lockAppraisal(appraisalId);
    plans.markApproved(appraisalId, String.valueOf(execution.getVariable(RATER_NIP)));
    appraisals.setStage(appraisalId, AppraisalStage.PEMANTAUAN);
    String nip = (String) execution.getVariable(NIP);
    int year = AppraisalVariables.year(execution);
    draftForm.refreshSubordinates(nip, year);
    AsSystem.call(identityService, () -> runtimeService.createMessageCorrelation(AppraisalProcess.SUPERVISOR_PLAN_SET)
        .processInstanceVariableEquals(RATER_NIP, nip)
        .processInstanceVariableEquals(YEAR, year)
        .correlateAllWithResult());
  }
}

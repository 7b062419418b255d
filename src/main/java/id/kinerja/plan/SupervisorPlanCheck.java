package id.kinerja.plan;

import static id.kinerja.appraisal.AppraisalVariables.SUPERVISOR_PLAN_APPROVED;

import id.kinerja.appraisal.AppraisalVariables;
import id.kinerja.appraisal.Raters;
import id.kinerja.organisation.Employee;
import id.kinerja.process.ModelApi;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Decides whether a submitted SKP may go to review: only once the supervisor's own SKP of the year
 * is approved (cascading). Someone whose rater has no SKP (the Sekda, rated by the kepala daerah)
 * cascades from organisation goals and never waits. Sets {@code skpAtasanDisetujui}.
 */
@ModelApi
@Component("supervisorPlanCheck")
class SupervisorPlanCheck implements JavaDelegate {

  private final PlanRepository plans;
  private final Raters raters;

  SupervisorPlanCheck(PlanRepository plans, Raters raters) {
    this.plans = plans;
    this.raters = raters;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Optional<Employee> supervisor = raters.refresh(execution);
    int year = AppraisalVariables.year(execution);
    execution.setVariable(SUPERVISOR_PLAN_APPROVED,
        !raters.hasPlan(supervisor) || plans.isApprovedLocking(supervisor.get().nip(), year));
  }
}

package id.kinerja.appraisal;

import static id.kinerja.appraisal.AppraisalVariables.NIP;
import static id.kinerja.appraisal.AppraisalVariables.RATER_NAME;
import static id.kinerja.appraisal.AppraisalVariables.RATER_NIP;

import id.kinerja.organisation.Employee;
import id.kinerja.organisation.OrganisationRepository;
import id.kinerja.organisation.PostTasks;
import id.kinerja.organisation.ReportingLine;
import id.kinerja.process.EngineClock;
import id.kinerja.process.ModelApi;
import java.util.Optional;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * Assigns a supervisor's task to whoever holds the rater post today (an acting holder first), so
 * tasks follow the post. With the post vacant the holder of the next post up acts for it and HR is
 * asked to appoint a Plt/Plh ({@link PostTasks}); HR itself never rates. Used as the create
 * listener {@code ${assignRater}} of every task of the Pejabat Penilai Kinerja.
 */
@ModelApi
@Component("assignRater")
public class Raters implements TaskListener, PostTasks.Handover {

  private final ReportingLine reportingLine;
  private final PostTasks postTasks;
  private final RuntimeService runtimeService;
  private final OrganisationRepository organisation;

  public Raters(ReportingLine reportingLine, PostTasks postTasks, RuntimeService runtimeService,
      OrganisationRepository organisation) {
    this.reportingLine = reportingLine;
    this.organisation = organisation;
    this.postTasks = postTasks;
    this.runtimeService = runtimeService;
  }

  @Override
  public void notify(DelegateTask task) {
    Optional<ReportingLine.Duty> duty = reportingLine.raterDutyOf((String) task.getVariable(NIP), EngineClock.today());
    keep(task, duty.flatMap(ReportingLine.Duty::holder));
    duty.ifPresent(d -> postTasks.assign(task, d));
  }

  /** Looks up today's rater and keeps {@code atasanNip} and {@code namaAtasan} current. */
  public Optional<Employee> refresh(VariableScope scope) {
    Optional<Employee> rater = reportingLine.supervisorOf((String) scope.getVariable(NIP), EngineClock.today());
    keep(scope, rater);
    return rater;
  }

  /** The rater as last looked up ({@code atasanNip}), without looking again. */
  public Optional<Employee> rater(VariableScope scope) {
    return Optional.ofNullable((String) scope.getVariable(RATER_NIP)).flatMap(organisation::employee);
  }

  /** Whether the rater has an SKP of their own to cascade from: the kepala daerah has none. */
  public boolean hasPlan(Optional<Employee> rater) {
    return rater.map(e -> e.employmentType().isAsn()).orElse(false);
  }

  /** A rater's task moved to the post's new Plt/Plh: the appraisal's rater is now them. */
  @Override
  public void handedOver(Task task, String previousAssignee, Employee holder) {
    if (previousAssignee != null && previousAssignee.equals(runtimeService.getVariable(task.getExecutionId(), RATER_NIP))) {
      runtimeService.setVariable(task.getProcessInstanceId(), RATER_NIP, holder.nip());
      runtimeService.setVariable(task.getProcessInstanceId(), RATER_NAME, holder.name());
    }
  }

  private static void keep(VariableScope scope, Optional<Employee> rater) {
    scope.setVariable(RATER_NIP, rater.map(Employee::nip).orElse(null));
    scope.setVariable(RATER_NAME, rater.map(Employee::name).orElse(""));
  }
}

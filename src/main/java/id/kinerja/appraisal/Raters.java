package id.kinerja.appraisal;

import static id.kinerja.appraisal.AppraisalVariables.NIP;
import static id.kinerja.appraisal.AppraisalVariables.RATER_NAME;
import static id.kinerja.appraisal.AppraisalVariables.RATER_NIP;

import id.kinerja.organisation.Employee;
import id.kinerja.organisation.ReportingLine;
import id.kinerja.process.ModelApi;
import id.kinerja.security.Groups;
import java.time.LocalDate;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;

/**
 * Assigns a supervisor's task to whoever holds the rater post today (an acting holder first), so
 * tasks follow the post. With the post vacant the task goes to HR. Used as the create listener
 * {@code ${assignRater}} of every task of the Pejabat Penilai Kinerja.
 */
@ModelApi
@Component("assignRater")
public class Raters implements TaskListener {

  private final ReportingLine reportingLine;

  public Raters(ReportingLine reportingLine) {
    this.reportingLine = reportingLine;
  }

  @Override
  public void notify(DelegateTask task) {
    Optional<Employee> rater = refresh(task);
    if (rater.isPresent()) {
      task.setAssignee(rater.get().nip());
    } else {
      task.addCandidateGroup(Groups.PENGELOLA_KINERJA);
    }
  }

  /** Looks up today's rater and keeps {@code atasanNip} and {@code namaAtasan} current. */
  public Optional<Employee> refresh(VariableScope scope) {
    Optional<Employee> rater = reportingLine.supervisorOf((String) scope.getVariable(NIP), LocalDate.now());
    scope.setVariable(RATER_NIP, rater.map(Employee::nip).orElse(null));
    scope.setVariable(RATER_NAME, rater.map(Employee::name).orElse(""));
    return rater;
  }
}

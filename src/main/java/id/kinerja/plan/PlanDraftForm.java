package id.kinerja.plan;

import static id.kinerja.appraisal.AppraisalVariables.PARENT_OPTIONS;
import static id.kinerja.appraisal.AppraisalVariables.PLAN_ROUND;
import static id.kinerja.appraisal.AppraisalVariables.RATER_NIP;
import static id.kinerja.appraisal.AppraisalVariables.YEAR;

import id.kinerja.appraisal.AppraisalProcess;
import id.kinerja.appraisal.AppraisalVariables;
import id.kinerja.appraisal.Raters;
import id.kinerja.organisation.Employee;
import id.kinerja.process.AsSystem;
import id.kinerja.process.JsonVariables;
import id.kinerja.process.ModelApi;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * Prepares "Susun SKP": the RHK of the supervisor's SKP the employee's RHK may point at
 * (cascading), or, for the Sekda whose rater (the kepala daerah) has no SKP, the organisation goals
 * HR entered for the year; in a later round, the appendix as stored with the last submission.
 */
@ModelApi
@Component("planDraftForm")
class PlanDraftForm implements TaskListener {

  static final String RESULT_PREFIX = "rhk:";
  static final String GOAL_PREFIX = "tujuan:";

  private final PlanRepository plans;
  private final Raters raters;
  private final TaskService taskService;
  private final RuntimeService runtimeService;
  private final IdentityService identityService;

  PlanDraftForm(PlanRepository plans, Raters raters, TaskService taskService, RuntimeService runtimeService,
      IdentityService identityService) {
    this.runtimeService = runtimeService;
    this.plans = plans;
    this.raters = raters;
    this.taskService = taskService;
    this.identityService = identityService;
  }

  @Override
  public void notify(DelegateTask task) {
    int year = AppraisalVariables.year(task);
    Object previousRound = task.getVariable(PLAN_ROUND);
    // The first round follows the start, which has just looked the rater up; later rounds look again.
    Optional<Employee> rater = previousRound == null ? raters.rater(task) : raters.refresh(task);
    String supervisor = raters.hasPlan(rater) ? rater.get().nip() : null;
    List<Map<String, Object>> options = options(supervisor, year);
    // No options yet (the usual case when a period opens): no variable, rather than an empty list stored twice.
    if (!options.isEmpty() || task.hasVariable(PARENT_OPTIONS)) {
      task.setVariable(PARENT_OPTIONS, JsonVariables.of(options));
    }
    task.setVariable(PLAN_ROUND, previousRound == null ? 1 : AppraisalVariables.number(previousRound).intValue() + 1);
    if (previousRound != null) {
      // A returned SKP opens with the appendix as stored; its RHK rows are the ones the check stored.
      plans.appendix(AppraisalVariables.appraisalId(task)).ifPresent(appendix -> PlanForms.show(task, appendix));
    }
  }

  /**
   * After a supervisor saves or gets their SKP set, the subordinates' appraisals of the year offer
   * its RHK as they are now (the label says whether that SKP is set): pushed to every open "Susun
   * SKP" and to every appraisal already holding options, which "Periksa SKP" shows too, since a
   * form cannot ask when it opens.
   */
  void refreshSubordinates(String supervisorNip, int year) {
    List<Map<String, Object>> options = options(supervisorNip, year);
    AsSystem.call(identityService, () -> {
      Set<String> drafting = taskService.createTaskQuery().taskDefinitionKey(AppraisalProcess.DRAFT_TASK)
          .processVariableValueEquals(RATER_NIP, supervisorNip).processVariableValueEquals(YEAR, year).list().stream()
          .map(Task::getProcessInstanceId).collect(Collectors.toSet());
      runtimeService.createProcessInstanceQuery().processDefinitionKey(AppraisalProcess.KEY)
          .variableValueEquals(RATER_NIP, supervisorNip).variableValueEquals(YEAR, year).list().stream()
          .map(ProcessInstance::getId)
          .filter(id -> drafting.contains(id) || runtimeService.getVariable(id, PARENT_OPTIONS) != null)
          .forEach(id -> runtimeService.setVariable(id, PARENT_OPTIONS, JsonVariables.of(options)));
      return null;
    });
  }

  private List<Map<String, Object>> options(String supervisorNip, int year) {
    List<Map<String, Object>> options = new ArrayList<>();
    if (supervisorNip != null) {
      for (PlanRepository.ParentOption r : plans.parentOptions(supervisorNip, year)) {
        options.add(Map.of("label", "RHK " + r.seq() + ": " + r.description()
            + (PlanRepository.APPROVED.equals(r.planStatus()) ? "" : " (SKP atasan belum disetujui)"), "value", RESULT_PREFIX + r.id()));
      }
    } else {
      for (PlanRepository.OrganisationGoal goal : plans.organisationGoals(year)) {
        options.add(Map.of("label", "Tujuan organisasi: " + goal.description(), "value", GOAL_PREFIX + goal.id()));
      }
    }
    return options;
  }
}

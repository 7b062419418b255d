package id.kinerja.appeal;

import static id.kinerja.appeal.AppealForms.*;
import static id.kinerja.appraisal.AppraisalVariables.APPEAL_DECISION_DATE;
import static id.kinerja.appraisal.AppraisalVariables.APPEAL_DECISION_DEADLINE;
import static id.kinerja.appraisal.AppraisalVariables.APPEAL_DECISION_DUE;
import static id.kinerja.appraisal.AppraisalVariables.APPEAL_EXPLANATION_DATE;
import static id.kinerja.appraisal.AppraisalVariables.APPEAL_EXPLANATION_DUE;
import static id.kinerja.appraisal.AppraisalVariables.APPEAL_ID;
import static id.kinerja.appraisal.AppraisalVariables.APPEAL_QUESTION;
import static id.kinerja.appraisal.AppraisalVariables.APPEAL_REVIEWER;
import static id.kinerja.appraisal.AppraisalVariables.APPEAL_REVIEWER_NAME;
import static id.kinerja.appraisal.AppraisalVariables.BEHAVIOUR_RATING;
import static id.kinerja.appraisal.AppraisalVariables.NIP;
import static id.kinerja.appraisal.AppraisalVariables.PREDICATE;
import static id.kinerja.appraisal.AppraisalVariables.PREDICATE_LABEL;
import static id.kinerja.appraisal.AppraisalVariables.RATINGS_CHANGED;
import static id.kinerja.appraisal.AppraisalVariables.RECEIVED_EXPLANATIONS;
import static id.kinerja.appraisal.AppraisalVariables.RESULTS_RATING;
import static id.kinerja.appraisal.AppraisalVariables.SUMMARY;

import id.kinerja.appraisal.AppraisalProcess;
import id.kinerja.appraisal.AppraisalRepository;
import id.kinerja.appraisal.AppraisalStage;
import id.kinerja.appraisal.AppraisalVariables;
import id.kinerja.appraisal.Deadlines;
import id.kinerja.assessment.AssessmentForms;
import id.kinerja.assessment.AssessmentRepository;
import id.kinerja.assessment.FinalAssessment;
import id.kinerja.assessment.Predicate;
import id.kinerja.assessment.Rating;
import id.kinerja.organisation.Employee;
import id.kinerja.organisation.PostTasks;
import id.kinerja.organisation.ReportingLine;
import id.kinerja.process.AsSystem;
import id.kinerja.process.EngineClock;
import id.kinerja.process.FormInput;
import id.kinerja.process.ModelApi;
import id.kinerja.process.OnCompletion;
import java.time.Duration;
import java.time.LocalDate;
import java.time.Period;
import java.util.Date;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.task.Task;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Component;

/**
 * "Keberatan" (PP 30/2019 Pasal 59): the appeal goes to the rater's own supervisor, looked up
 * through posts and never the rater. The reviewer asks both the rater and the employee for an
 * explanation; each has until a deadline (a period setting), after which the explanation is
 * recorded as missing. Only then does the reviewer confirm or change the ratings, and the decision
 * is final: it is written into the final rating, the predicate and what the employee reads.
 */
@Component
public class Appeals implements PostTasks.Handover {

  enum Decision {
    TETAPKAN,
    UBAH
  }

  static final String RATER_ROLE = "PENILAI";
  static final String EMPLOYEE_ROLE = "PEGAWAI";
  static final String MISSING = "tidak ada penjelasan dalam batas waktu";
  static final String DECIDED_NOTICE = "KEPUTUSAN_KEBERATAN";

  private final AppealRepository appeals;
  private final AppraisalRepository appraisals;
  private final AssessmentRepository assessments;
  private final FinalAssessment finalAssessment;
  private final ReportingLine reportingLine;
  private final IdentityService identityService;
  private final Deadlines deadlines;
  private final PostTasks postTasks;
  private final RuntimeService runtimeService;

  Appeals(AppealRepository appeals, AppraisalRepository appraisals, AssessmentRepository assessments,
      FinalAssessment finalAssessment, ReportingLine reportingLine, IdentityService identityService, Deadlines deadlines,
      PostTasks postTasks, RuntimeService runtimeService) {
    this.deadlines = deadlines;
    this.postTasks = postTasks;
    this.runtimeService = runtimeService;
    this.appeals = appeals;
    this.appraisals = appraisals;
    this.assessments = assessments;
    this.finalAssessment = finalAssessment;
    this.reportingLine = reportingLine;
    this.identityService = identityService;
  }

  /**
   * Service task "Catat keberatan" (asynchronous: an appeal with no post above the rater becomes an
   * incident for HR). A vacant reviewer post is worked as its duty says, see {@link #assignReviewer}.
   */
  @ModelApi
  public void file(DelegateExecution execution) {
    long appraisalId = AppraisalVariables.appraisalId(execution);
    Optional<Employee> reviewer = reviewerDuty(execution).holder();
    long appealId = appeals.file(appraisalId, (String) execution.getVariable(AssessmentForms.APPEAL_REASONS),
        appraisals.predicate(appraisalId).orElseThrow(), reviewer.map(Employee::nip).orElse(null));
    assessments.finalRating(appraisalId).ifPresent(rating -> appeals.recordRatingsBefore(appealId, rating.resultsRating(),
        rating.resultsReason(), rating.behaviourRating()));
    appraisals.setStage(appraisalId, AppraisalStage.KEBERATAN);
    execution.setVariable(APPEAL_ID, appealId);
    execution.setVariable(APPEAL_REVIEWER, reviewer.map(Employee::nip).orElse(null));
    execution.setVariable(APPEAL_REVIEWER_NAME, reviewer.map(Employee::name).orElse(""));
    LocalDate decideBy = EngineClock.today().plus(Period.parse(String.valueOf(execution.getVariable(APPEAL_DECISION_DEADLINE))));
    execution.setVariable(APPEAL_DECISION_DATE, deadlines.format(decideBy));
    execution.setVariable(APPEAL_DECISION_DUE, decideBy.toString());
  }

  /**
   * Create listener of "Periksa keberatan": today's reviewer, and what the reviewer reads, all from
   * the stored record: the result as rated and the employee's reasons.
   */
  @ModelApi
  public void prepareReview(DelegateTask task) {
    assignReviewer(task);
    task.setVariableLocal(APPEAL_EXPLANATION_DATE, deadlines.format(explanationDeadline(task)));
  }

  @Bean
  @ModelApi
  ExecutionListener appealReviewCheck() {
    return OnCompletion.check(this::checkReview);
  }

  /** Both parties are asked, each with their own question; their deadline starts now. */
  void checkReview(DelegateExecution execution) {
    FormInput input = FormInput.of(execution);
    refuseTheRater(input, execution);
    String toRater = input.text(QUESTION_TO_RATER, "Pertanyaan untuk pejabat penilai", 10, 2000);
    String toEmployee = input.text(QUESTION_TO_EMPLOYEE, "Pertanyaan untuk pegawai", 10, 2000);
    input.refuseIfInvalid();
    Date due = explanationDeadline(execution);
    long appealId = appealId(execution);
    appeals.askExplanation(appealId, RATER_ROLE, toRater, due);
    appeals.askExplanation(appealId, EMPLOYEE_ROLE, toEmployee, due);
    execution.setVariable(APPEAL_EXPLANATION_DUE, due);
    execution.setVariable(APPEAL_EXPLANATION_DATE, deadlines.format(due));
  }

  /** Create listener of each explanation task: the question asked of its party, from the record. */
  @ModelApi
  public void prepareExplanation(DelegateTask task) {
    String role = AppraisalProcess.RATER_EXPLANATION_TASK.equals(task.getTaskDefinitionKey()) ? RATER_ROLE : EMPLOYEE_ROLE;
    long appealId = appealId(task);
    appeals.explanations(appealId).stream().filter(e -> e.role().equals(role)).findFirst()
        .ifPresent(e -> task.setVariableLocal(APPEAL_QUESTION, e.question()));
    task.setVariableLocal(AssessmentForms.APPEAL_REASONS, appeals.reasons(appealId));
  }

  /** Start listener of each explanation task: parallel explanations keep their text apart. */
  @Bean
  @ModelApi
  ExecutionListener explanationScope() {
    return execution -> execution.setVariableLocal(EXPLANATION, null);
  }

  @Bean
  @ModelApi
  ExecutionListener raterExplanationCheck() {
    return OnCompletion.check(execution -> checkExplanation(execution, RATER_ROLE));
  }

  @Bean
  @ModelApi
  ExecutionListener employeeExplanationCheck() {
    return OnCompletion.check(execution -> checkExplanation(execution, EMPLOYEE_ROLE));
  }

  void checkExplanation(DelegateExecution execution, String role) {
    FormInput input = FormInput.of(execution);
    String text = input.text(EXPLANATION, "Penjelasan", 10, 4000);
    input.refuseIfInvalid();
    appeals.answerExplanation(appealId(execution), role, text, AsSystem.currentUserOr(identityService,
        RATER_ROLE.equals(role) ? rater(execution) : execution.getVariable(NIP)));
  }

  /** Service task after the rater's deadline passed without an explanation. */
  @ModelApi
  public void noExplanationFromRater(DelegateExecution execution) {
    appeals.recordMissing(appealId(execution), RATER_ROLE);
  }

  /** Service task after the employee's deadline passed without an explanation. */
  @ModelApi
  public void noExplanationFromEmployee(DelegateExecution execution) {
    appeals.recordMissing(appealId(execution), EMPLOYEE_ROLE);
  }

  /**
   * Create listener of "Putuskan keberatan": today's reviewer, the result, the reasons, and both
   * explanations as recorded, a missed one shown as such.
   */
  @ModelApi
  public void prepareDecision(DelegateTask task) {
    assignReviewer(task);
    String heard = appeals.explanations(appealId(task)).stream()
        .map(e -> (RATER_ROLE.equals(e.role()) ? "Pejabat penilai" : "Pegawai") + " (atas pertanyaan: " + e.question()
            + "): " + (e.answer() != null ? e.answer() : MISSING + " (" + deadlines.format(e.dueAt()) + ")"))
        .collect(Collectors.joining("\n\n"));
    task.setVariableLocal(RECEIVED_EXPLANATIONS, heard);
  }

  @Bean
  @ModelApi
  ExecutionListener appealDecisionCheck() {
    return OnCompletion.check(this::checkDecision);
  }

  void checkDecision(DelegateExecution execution) {
    FormInput input = FormInput.of(execution);
    refuseTheRater(input, execution);
    Decision decision = input.choice(DECISION, "Keputusan", Decision.class);
    Rating newResults = null;
    Rating newBehaviour = null;
    if (decision == Decision.UBAH) {
      newResults = input.choice(NEW_RESULTS_RATING, "Rating hasil kerja baru", Rating.class);
      newBehaviour = input.choice(NEW_BEHAVIOUR_RATING, "Rating perilaku kerja baru", Rating.class);
    }
    String reason = input.text(DECISION_REASON, "Alasan keputusan", 10, 4000);
    input.refuseIfInvalid();
    appeals.decide(appealId(execution), decision.name(), reason, newResults == null ? null : newResults.name(),
        newBehaviour == null ? null : newBehaviour.name(),
        AsSystem.currentUserOr(identityService, execution.getVariable(APPEAL_REVIEWER)));
    execution.setVariable(RATINGS_CHANGED, decision == Decision.UBAH);
  }

  /** Service task when the reviewer changes the ratings: the decision table then runs on the decided ones. */
  @ModelApi
  public void applyNewRatings(DelegateExecution execution) {
    AppealRepository.Decided decided = appeals.decided(appealId(execution)).orElseThrow();
    execution.setVariable(RESULTS_RATING, decided.newResultsRating());
    execution.setVariable(BEHAVIOUR_RATING, decided.newBehaviourRating());
  }

  /**
   * Service task "Simpan keputusan keberatan": the decision is final. A changed result takes the
   * predicate the decision table gave for the decided ratings; a confirmed one keeps the stored one.
   * Either way the final rating carries the decision and its reason, so every figure read later
   * (summaries, follow-up, what the employee sees) shows the decided result; the employee and the
   * rater are told.
   */
  @ModelApi
  public void recordDecision(DelegateExecution execution) {
    long appraisalId = AppraisalVariables.appraisalId(execution);
    long appealId = appealId(execution);
    AppealRepository.Decided decided = appeals.decided(appealId).orElseThrow();
    boolean changed = Decision.UBAH.name().equals(decided.decision());
    String predicate = changed ? String.valueOf(execution.getVariable(PREDICATE)) : appraisals.predicate(appraisalId).orElseThrow();
    appeals.recordPredicateAfter(appealId, predicate);
    if (changed) {
      assessments.applyAppealChange(appraisalId, decided.newResultsRating(), decided.newBehaviourRating(), predicate,
          decided.reason());
    } else {
      assessments.recordAppealConfirmation(appraisalId, decided.reason());
    }
    appraisals.setPredicate(appraisalId, predicate);
    execution.setVariable(PREDICATE, predicate);
    execution.setVariable(PREDICATE_LABEL, Predicate.labelOf(predicate));
    execution.setVariable(SUMMARY, finalAssessment.summary(appraisalId));
    String message = ("Keberatan atas penilaian kinerja tahun " + AppraisalVariables.year(execution) + " telah diputus (final): "
        + (changed ? "penilaian diubah" : "hasil penilaian ditetapkan") + ", predikat kinerja " + Predicate.labelOf(predicate)
        + ". Alasan: " + decided.reason());
    String notice = message.length() > 2000 ? message.substring(0, 2000) : message;
    appraisals.notify(appraisalId, (String) execution.getVariable(NIP), DECIDED_NOTICE, notice);
    String rater = rater(execution);
    if (rater != null) {
      appraisals.notify(appraisalId, rater, DECIDED_NOTICE, notice);
    }
  }

  /**
   * Today's reviewer holds the task. With the reviewer's post vacant, the holder of the next post up
   * (never the rater) acts for it and HR is asked to appoint a Plt/Plh, who then receives the task.
   */
  private void assignReviewer(DelegateTask task) {
    ReportingLine.Duty duty = reviewerDuty(task);
    postTasks.assign(task, duty);
    String reviewer = duty.holder().map(Employee::nip).orElse(null);
    task.setVariable(APPEAL_REVIEWER, reviewer);
    long appealId = appealId(task);
    appeals.setReviewer(appealId, reviewer);
    task.setVariableLocal(SUMMARY, finalAssessment.summary(AppraisalVariables.appraisalId(task)));
    task.setVariableLocal(AssessmentForms.APPEAL_REASONS, appeals.reasons(appealId));
  }

  private void refuseTheRater(FormInput input, DelegateExecution execution) {
    String user = AsSystem.currentUser(identityService);
    input.require(user == null || !user.equals(rater(execution)),
        "Pejabat penilai tidak boleh memutus keberatan atas penilaiannya sendiri");
  }

  /**
   * The explanations are due the period's number of days from now, on the engine's clock: the
   * same instant is the tasks' due date and their timers' date, so the two never disagree.
   */
  private Date explanationDeadline(VariableScope scope) {
    int days = appraisals.settings(AppraisalVariables.year(scope)).explanationDays();
    return Date.from(EngineClock.now().toInstant().plus(Duration.ofDays(days)));
  }

  private static long appealId(VariableScope scope) {
    return AppraisalVariables.number(scope.getVariable(APPEAL_ID)).longValue();
  }

  /** Who gave the result under appeal, as recorded with the rating. */
  private String rater(VariableScope scope) {
    return assessments.finalRating(AppraisalVariables.appraisalId(scope)).map(AssessmentRepository.FinalRating::raterNip)
        .orElse(null);
  }

  private ReportingLine.Duty reviewerDuty(VariableScope scope) {
    String nip = (String) scope.getVariable(NIP);
    return reportingLine.reviewerDutyOf(nip, EngineClock.today(), rater(scope))
        .orElseThrow(() -> new ProcessEngineException("Tidak ada jabatan Atasan Pejabat Penilai Kinerja untuk pegawai " + nip
            + ": lengkapi jabatan atasan di direktori, lalu ulangi job ini di Cockpit"));
  }

  /** A reviewer's task moved to the post's new Plt/Plh: the appeal's reviewer is now them. */
  @Override
  public void handedOver(Task task, String previousAssignee, Employee holder) {
    Object appealId = runtimeService.getVariable(task.getExecutionId(), APPEAL_ID);
    if (appealId != null && Objects.equals(previousAssignee, runtimeService.getVariable(task.getExecutionId(), APPEAL_REVIEWER))) {
      runtimeService.setVariable(task.getProcessInstanceId(), APPEAL_REVIEWER, holder.nip());
      runtimeService.setVariable(task.getProcessInstanceId(), APPEAL_REVIEWER_NAME, holder.name());
      appeals.setReviewer(AppraisalVariables.number(appealId).longValue(), holder.nip());
    }
  }
}

package id.kinerja.appeal;

import static id.kinerja.appeal.AppealForms.*;
import static id.kinerja.appraisal.AppraisalVariables.APPEAL_DECISION_DATE;
import static id.kinerja.appraisal.AppraisalVariables.APPEAL_DECISION_DEADLINE;
import static id.kinerja.appraisal.AppraisalVariables.APPEAL_DECISION_DUE;
import static id.kinerja.appraisal.AppraisalVariables.APPEAL_ID;
import static id.kinerja.appraisal.AppraisalVariables.APPEAL_REVIEWER;
import static id.kinerja.appraisal.AppraisalVariables.APPEAL_REVIEWER_NAME;
import static id.kinerja.appraisal.AppraisalVariables.BEHAVIOUR_RATING;
import static id.kinerja.appraisal.AppraisalVariables.EXPLANATIONS_ASKED;
import static id.kinerja.appraisal.AppraisalVariables.EXPLANATION_FROM_EMPLOYEE;
import static id.kinerja.appraisal.AppraisalVariables.EXPLANATION_FROM_RATER;
import static id.kinerja.appraisal.AppraisalVariables.NIP;
import static id.kinerja.appraisal.AppraisalVariables.PREDICATE;
import static id.kinerja.appraisal.AppraisalVariables.PREDICATE_LABEL;
import static id.kinerja.appraisal.AppraisalVariables.RATINGS_CHANGED;
import static id.kinerja.appraisal.AppraisalVariables.RECEIVED_EXPLANATIONS;
import static id.kinerja.appraisal.AppraisalVariables.RESULTS_RATING;
import static id.kinerja.appraisal.AppraisalVariables.SUMMARY;

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
import id.kinerja.organisation.ReportingLine;
import id.kinerja.process.AsSystem;
import id.kinerja.process.FormInput;
import id.kinerja.process.ModelApi;
import id.kinerja.process.OnCompletion;
import java.time.LocalDate;
import java.time.Period;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Component;

/**
 * "Keberatan" (PP 30/2019 Pasal 59): the appeal goes to the rater's own supervisor, looked up
 * through posts and never the rater; the reviewer may ask the rater and the employee for written
 * explanations, then confirms or changes the ratings, and the decision is final.
 */
@Component
public class Appeals {

  enum Action {
    MINTA_PENJELASAN,
    PUTUSKAN
  }

  enum Decision {
    TETAPKAN,
    UBAH
  }

  static final String RATER_ROLE = "PENILAI";
  static final String EMPLOYEE_ROLE = "PEGAWAI";

  private final AppealRepository appeals;
  private final AppraisalRepository appraisals;
  private final AssessmentRepository assessments;
  private final FinalAssessment finalAssessment;
  private final ReportingLine reportingLine;
  private final IdentityService identityService;
  private final Deadlines deadlines;

  Appeals(AppealRepository appeals, AppraisalRepository appraisals, AssessmentRepository assessments,
      FinalAssessment finalAssessment, ReportingLine reportingLine, IdentityService identityService, Deadlines deadlines) {
    this.deadlines = deadlines;
    this.appeals = appeals;
    this.appraisals = appraisals;
    this.assessments = assessments;
    this.finalAssessment = finalAssessment;
    this.reportingLine = reportingLine;
    this.identityService = identityService;
  }

  /** Service task "Catat keberatan" (asynchronous: a missing reviewer becomes an incident for HR). */
  @ModelApi
  public void file(DelegateExecution execution) {
    long appraisalId = AppraisalVariables.appraisalId(execution);
    Employee reviewer = reviewer(execution);
    long appealId = appeals.file(appraisalId, (String) execution.getVariable(AssessmentForms.APPEAL_REASONS),
        appraisals.predicate(appraisalId).orElseThrow(), reviewer.nip());
    appraisals.setStage(appraisalId, AppraisalStage.KEBERATAN);
    execution.setVariable(APPEAL_ID, appealId);
    execution.setVariable(APPEAL_REVIEWER, reviewer.nip());
    execution.setVariable(APPEAL_REVIEWER_NAME, reviewer.name());
    LocalDate decideBy = LocalDate.now().plus(Period.parse(String.valueOf(execution.getVariable(APPEAL_DECISION_DEADLINE))));
    execution.setVariable(APPEAL_DECISION_DATE, deadlines.format(decideBy));
    execution.setVariable(APPEAL_DECISION_DUE, decideBy.toString());
  }

  /**
   * Create listener of "Periksa keberatan": today's reviewer, and what the reviewer reads, all from
   * the stored record: the result as rated, the employee's reasons and the explanations received.
   */
  @ModelApi
  public void prepareReview(DelegateTask task) {
    Employee reviewer = reviewer(task);
    task.setAssignee(reviewer.nip());
    task.setVariable(APPEAL_REVIEWER, reviewer.nip());
    long appealId = appealId(task);
    appeals.setReviewer(appealId, reviewer.nip());
    String received = appeals.explanations(appealId).stream().filter(e -> e.answer() != null)
        .map(e -> (RATER_ROLE.equals(e.role()) ? "Pejabat penilai" : "Pegawai") + " (atas pertanyaan: " + e.question()
            + "): " + e.answer())
        .collect(Collectors.joining("\n\n"));
    task.setVariableLocal(RECEIVED_EXPLANATIONS, received.isEmpty() ? null : received);
    task.setVariableLocal(SUMMARY, finalAssessment.summary(AppraisalVariables.appraisalId(task)));
    task.setVariableLocal(AssessmentForms.APPEAL_REASONS, appeals.reasons(appealId));
  }

  @Bean
  @ModelApi
  ExecutionListener appealReviewCheck() {
    return OnCompletion.check(this::checkReview);
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

  void checkReview(DelegateExecution execution) {
    String user = AsSystem.currentUser(identityService);
    FormInput input = FormInput.of(execution);
    input.require(user == null || !user.equals(rater(execution)),
        "Pejabat penilai tidak boleh memutus keberatan atas penilaiannya sendiri");
    Action action = input.choice(ACTION, "Tindakan", Action.class);
    long appealId = appealId(execution);
    boolean fromRater = false;
    boolean fromEmployee = false;
    Decision decision = null;
    if (action == Action.MINTA_PENJELASAN) {
      fromRater = input.flag(ASK_RATER);
      fromEmployee = input.flag(ASK_EMPLOYEE);
      input.require(fromRater || fromEmployee, "Pilih paling sedikit satu pihak yang dimintai penjelasan");
      String question = input.text(QUESTION, "Pertanyaan", 10, 2000);
      input.refuseIfInvalid();
      if (fromRater) {
        appeals.askExplanation(appealId, RATER_ROLE, question);
      }
      if (fromEmployee) {
        appeals.askExplanation(appealId, EMPLOYEE_ROLE, question);
      }
    } else if (action == Action.PUTUSKAN) {
      decision = input.choice(DECISION, "Keputusan", Decision.class);
      Rating newResults = null;
      Rating newBehaviour = null;
      if (decision == Decision.UBAH) {
        newResults = input.choice(NEW_RESULTS_RATING, "Rating hasil kerja baru", Rating.class);
        newBehaviour = input.choice(NEW_BEHAVIOUR_RATING, "Rating perilaku kerja baru", Rating.class);
      }
      String reason = input.text(DECISION_REASON, "Alasan keputusan", 10, 4000);
      input.refuseIfInvalid();
      appeals.decide(appealId, decision.name(), reason, newResults == null ? null : newResults.name(),
          newBehaviour == null ? null : newBehaviour.name(), AsSystem.currentUserOr(identityService, execution.getVariable(APPEAL_REVIEWER)));
    }
    input.refuseIfInvalid();
    execution.setVariable(EXPLANATIONS_ASKED, action == Action.MINTA_PENJELASAN);
    execution.setVariable(EXPLANATION_FROM_RATER, fromRater);
    execution.setVariable(EXPLANATION_FROM_EMPLOYEE, fromEmployee);
    execution.setVariable(RATINGS_CHANGED, decision == Decision.UBAH);
  }

  void checkExplanation(DelegateExecution execution, String role) {
    FormInput input = FormInput.of(execution);
    String text = input.text(EXPLANATION, "Penjelasan", 10, 4000);
    input.refuseIfInvalid();
    appeals.answerExplanation(appealId(execution), role, text, AsSystem.currentUserOr(identityService,
        RATER_ROLE.equals(role) ? rater(execution) : execution.getVariable(NIP)));
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
   */
  @ModelApi
  public void recordDecision(DelegateExecution execution) {
    long appraisalId = AppraisalVariables.appraisalId(execution);
    long appealId = appealId(execution);
    boolean changed = Decision.UBAH.name().equals(appeals.decided(appealId).orElseThrow().decision());
    String predicate = changed ? String.valueOf(execution.getVariable(PREDICATE)) : appraisals.predicate(appraisalId).orElseThrow();
    appeals.recordPredicateAfter(appealId, predicate);
    appraisals.setPredicate(appraisalId, predicate);
    execution.setVariable(PREDICATE, predicate);
    execution.setVariable(PREDICATE_LABEL, Predicate.labelOf(predicate));
  }

  private static long appealId(VariableScope scope) {
    return AppraisalVariables.number(scope.getVariable(APPEAL_ID)).longValue();
  }

  /** Who gave the result under appeal, as recorded with the rating. */
  private String rater(VariableScope scope) {
    return assessments.finalRating(AppraisalVariables.appraisalId(scope)).map(AssessmentRepository.FinalRating::raterNip)
        .orElse(null);
  }

  private Employee reviewer(VariableScope scope) {
    String nip = (String) scope.getVariable(NIP);
    return reportingLine.appealReviewerOf(nip, LocalDate.now(), rater(scope))
        .orElseThrow(() -> new ProcessEngineException("Tidak ada Atasan Pejabat Penilai Kinerja untuk pegawai " + nip
            + ": tunjuk pemegang jabatan atau Plt/Plh di direktori, lalu ulangi job ini di Cockpit"));
  }
}

package id.kinerja.appeal;

import static id.kinerja.appraisal.AppraisalVariables.APPEAL_DECISION_DEADLINE;
import static id.kinerja.appraisal.AppraisalVariables.APPRAISAL_ID;
import static id.kinerja.appraisal.AppraisalVariables.BEHAVIOUR_RATING;
import static id.kinerja.appraisal.AppraisalVariables.NIP;
import static id.kinerja.appraisal.AppraisalVariables.PREDICATE;
import static id.kinerja.appraisal.AppraisalVariables.PREDICATE_LABEL;
import static id.kinerja.appraisal.AppraisalVariables.RESULTS_RATING;
import static id.kinerja.assessment.FinalAssessment.RATER_OF_RESULT;

import id.kinerja.appraisal.AppraisalRepository;
import id.kinerja.appraisal.AppraisalVariables;
import id.kinerja.appraisal.Deadlines;
import id.kinerja.assessment.Predicate;
import id.kinerja.assessment.Rating;
import id.kinerja.organisation.Employee;
import id.kinerja.organisation.ReportingLine;
import id.kinerja.process.AsSystem;
import id.kinerja.process.FormInput;
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

  static final String APPEAL_ID = "keberatanId";
  static final String REVIEWER = "peninjauNip";
  static final String DECISION_DEADLINE_TEXT = "tanggalBatasKeberatan";
  static final String RATER_ROLE = "PENILAI";
  static final String EMPLOYEE_ROLE = "PEGAWAI";

  private final AppealRepository appeals;
  private final AppraisalRepository appraisals;
  private final ReportingLine reportingLine;
  private final IdentityService identityService;
  private final Deadlines deadlines;

  Appeals(AppealRepository appeals, AppraisalRepository appraisals, ReportingLine reportingLine,
      IdentityService identityService, Deadlines deadlines) {
    this.deadlines = deadlines;
    this.appeals = appeals;
    this.appraisals = appraisals;
    this.reportingLine = reportingLine;
    this.identityService = identityService;
  }

  /** Service task "Catat keberatan" (asynchronous: a missing reviewer becomes an incident for HR). */
  public void file(DelegateExecution execution) {
    long appraisalId = AppraisalVariables.appraisalId(execution);
    Employee reviewer = reviewer(execution);
    long appealId = appeals.file(appraisalId, (String) execution.getVariable("alasanKeberatan"),
        String.valueOf(execution.getVariable(PREDICATE)), reviewer.nip());
    appraisals.setStatus(appraisalId, "KEBERATAN");
    execution.setVariable(APPEAL_ID, appealId);
    execution.setVariable(REVIEWER, reviewer.nip());
    execution.setVariable("namaPeninjau", reviewer.name());
    LocalDate decideBy = LocalDate.now().plus(Period.parse(String.valueOf(execution.getVariable(APPEAL_DECISION_DEADLINE))));
    execution.setVariable(DECISION_DEADLINE_TEXT, deadlines.format(decideBy));
    execution.setVariable("batasPutusan", decideBy.toString());
  }

  /** Create listener of "Periksa keberatan": today's reviewer, and the explanations received so far. */
  public void prepareReview(DelegateTask task) {
    Employee reviewer = reviewer(task);
    task.setAssignee(reviewer.nip());
    task.setVariable(REVIEWER, reviewer.nip());
    long appealId = AppraisalVariables.number(task.getVariable(APPEAL_ID)).longValue();
    appeals.setReviewer(appealId, reviewer.nip());
    String received = appeals.explanations(appealId).stream().filter(e -> e.answer() != null)
        .map(e -> (RATER_ROLE.equals(e.role()) ? "Pejabat penilai" : "Pegawai") + " (atas pertanyaan: " + e.question()
            + "): " + e.answer())
        .collect(Collectors.joining("\n\n"));
    task.setVariable("penjelasanDiterima", received.isEmpty() ? null : received);
  }

  @Bean
  ExecutionListener appealReviewCheck() {
    return OnCompletion.check(this::checkReview);
  }

  /** Start listener of each explanation task: parallel explanations keep their text apart. */
  @Bean
  ExecutionListener explanationScope() {
    return execution -> execution.setVariableLocal("penjelasan", null);
  }

  @Bean
  ExecutionListener raterExplanationCheck() {
    return OnCompletion.check(execution -> checkExplanation(execution, RATER_ROLE));
  }

  @Bean
  ExecutionListener employeeExplanationCheck() {
    return OnCompletion.check(execution -> checkExplanation(execution, EMPLOYEE_ROLE));
  }

  void checkReview(DelegateExecution execution) {
    String user = AsSystem.currentUser(identityService);
    FormInput input = FormInput.of(execution);
    input.require(user == null || !user.equals(execution.getVariable(RATER_OF_RESULT)),
        "Pejabat penilai tidak boleh memutus keberatan atas penilaiannya sendiri");
    Action action = input.choice("tindakanPeninjau", "Tindakan", Action.class);
    if (action == Action.MINTA_PENJELASAN) {
      boolean fromRater = input.flag("mintaPenjelasanPenilai");
      boolean fromEmployee = input.flag("mintaPenjelasanPegawai");
      input.require(fromRater || fromEmployee, "Pilih paling sedikit satu pihak yang dimintai penjelasan");
      String question = input.text("pertanyaanPeninjau", "Pertanyaan", 10, 2000);
      input.refuseIfInvalid();
      long appealId = AppraisalVariables.number(execution.getVariable(APPEAL_ID)).longValue();
      if (fromRater) {
        appeals.askExplanation(appealId, RATER_ROLE, question);
      }
      if (fromEmployee) {
        appeals.askExplanation(appealId, EMPLOYEE_ROLE, question);
      }
      execution.setVariable("mintaPenjelasanPenilai", fromRater);
      execution.setVariable("mintaPenjelasanPegawai", fromEmployee);
    } else if (action == Action.PUTUSKAN) {
      Decision decision = input.choice("keputusanKeberatan", "Keputusan", Decision.class);
      Rating newResults = null;
      Rating newBehaviour = null;
      if (decision == Decision.UBAH) {
        newResults = input.choice("ratingHasilKerjaBaru", "Rating hasil kerja baru", Rating.class);
        newBehaviour = input.choice("ratingPerilakuKerjaBaru", "Rating perilaku kerja baru", Rating.class);
      }
      String reason = input.text("alasanKeputusan", "Alasan keputusan", 10, 4000);
      input.refuseIfInvalid();
      appeals.decide(AppraisalVariables.number(execution.getVariable(APPEAL_ID)).longValue(), decision.name(), reason,
          newResults == null ? null : newResults.name(), newBehaviour == null ? null : newBehaviour.name(),
          AsSystem.currentUserOr(identityService, execution.getVariable(REVIEWER)));
    }
    input.refuseIfInvalid();
  }

  void checkExplanation(DelegateExecution execution, String role) {
    FormInput input = FormInput.of(execution);
    String text = input.text("penjelasan", "Penjelasan", 10, 4000);
    input.refuseIfInvalid();
    appeals.answerExplanation(AppraisalVariables.number(execution.getVariable(APPEAL_ID)).longValue(), role, text, AsSystem.currentUserOr(identityService,
        execution.getVariable(RATER_ROLE.equals(role) ? RATER_OF_RESULT : NIP)));
  }

  /** Service task when the reviewer changes the ratings: the decision table then runs on them. */
  public void applyNewRatings(DelegateExecution execution) {
    execution.setVariable(RESULTS_RATING, execution.getVariable("ratingHasilKerjaBaru"));
    execution.setVariable(BEHAVIOUR_RATING, execution.getVariable("ratingPerilakuKerjaBaru"));
  }

  /** Service task "Simpan keputusan keberatan": the (re)computed predicate is final. */
  public void recordDecision(DelegateExecution execution) {
    String predicate = String.valueOf(execution.getVariable(PREDICATE));
    appeals.recordPredicateAfter(AppraisalVariables.number(execution.getVariable(APPEAL_ID)).longValue(), predicate);
    appraisals.setPredicate(AppraisalVariables.appraisalId(execution), predicate);
    execution.setVariable(PREDICATE_LABEL, Predicate.labelOf(predicate));
  }

  private Employee reviewer(VariableScope scope) {
    String nip = (String) scope.getVariable(NIP);
    return reportingLine.appealReviewerOf(nip, LocalDate.now(), (String) scope.getVariable(RATER_OF_RESULT))
        .orElseThrow(() -> new ProcessEngineException("Tidak ada Atasan Pejabat Penilai Kinerja untuk pegawai " + nip
            + ": tunjuk pemegang jabatan atau Plt/Plh di direktori, lalu ulangi job ini di Cockpit"));
  }
}

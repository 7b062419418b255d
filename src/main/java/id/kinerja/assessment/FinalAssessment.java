package id.kinerja.assessment;

import static id.kinerja.appraisal.AppraisalVariables.APPEAL_DEADLINE;
import static id.kinerja.appraisal.AppraisalVariables.APPEAL_FILED;
import static id.kinerja.appraisal.AppraisalVariables.APPEAL_WINDOW;
import static id.kinerja.appraisal.AppraisalVariables.BEHAVIOUR_RATING;
import static id.kinerja.appraisal.AppraisalVariables.PREDICATE;
import static id.kinerja.appraisal.AppraisalVariables.PREDICATE_LABEL;
import static id.kinerja.appraisal.AppraisalVariables.QUARTERS_SUMMARY;
import static id.kinerja.appraisal.AppraisalVariables.RATER_NAME;
import static id.kinerja.appraisal.AppraisalVariables.RATER_NIP;
import static id.kinerja.appraisal.AppraisalVariables.RATER_OF_RESULT;
import static id.kinerja.appraisal.AppraisalVariables.RATER_OF_RESULT_NAME;
import static id.kinerja.appraisal.AppraisalVariables.RESULTS_RATING;
import static id.kinerja.appraisal.AppraisalVariables.SUMMARY;
import static id.kinerja.appraisal.AppraisalVariables.UNIT_HEAD;
import static id.kinerja.assessment.AssessmentForms.*;
import static id.kinerja.plan.PlanForms.DESCRIPTION;
import static id.kinerja.plan.PlanForms.RESULT_ID;

import id.kinerja.appraisal.AppraisalVariables;
import id.kinerja.appraisal.EvaluationFrequency;
import id.kinerja.assessment.AssessmentRepository.FinalRating;
import id.kinerja.assessment.AssessmentRepository.SelfAssessment;
import id.kinerja.assessment.AssessmentRepository.ValueRating;
import id.kinerja.monitoring.EvaluationCalendar;
import id.kinerja.monitoring.MonitoringForms;
import id.kinerja.monitoring.MonitoringRepository;
import id.kinerja.organisation.Employee;
import id.kinerja.organisation.OrganisationRepository;
import id.kinerja.organisation.ReportingLine;
import id.kinerja.plan.PlanRepository;
import id.kinerja.plan.PlannedResult;
import id.kinerja.plan.ResultNumbers;
import id.kinerja.process.AsSystem;
import id.kinerja.process.EngineClock;
import id.kinerja.process.FormInput;
import id.kinerja.process.JsonVariables;
import id.kinerja.process.ModelApi;
import id.kinerja.process.OnCompletion;
import java.time.Period;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Component;

/**
 * "Penilaian akhir": the employee's self-assessment with evidence, the rater's ratings of Hasil
 * Kerja and of each BerAKHLAK value with a reason, the predicate from the decision table
 * {@code predikat-kinerja}, and the employee's answer to the result (accept or appeal).
 */
@Component
public class FinalAssessment {

  private final PlanRepository plans;
  private final MonitoringRepository monitoring;
  private final AssessmentRepository assessments;
  private final OrganisationRepository organisation;
  private final IdentityService identityService;
  private final ReportingLine reportingLine;

  FinalAssessment(PlanRepository plans, MonitoringRepository monitoring, AssessmentRepository assessments,
      OrganisationRepository organisation, IdentityService identityService, ReportingLine reportingLine) {
    this.reportingLine = reportingLine;
    this.plans = plans;
    this.monitoring = monitoring;
    this.assessments = assessments;
    this.organisation = organisation;
    this.identityService = identityService;
  }

  /** Create listener of "Penilaian mandiri": one row per approved RHK. */
  @ModelApi
  public void prepareSelfAssessment(DelegateTask task) {
    List<Map<String, Object>> rows = new ArrayList<>();
    for (PlannedResult r : plans.results(AppraisalVariables.appraisalId(task))) {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put(RESULT_ID, r.seq());
      row.put(DESCRIPTION, r.description());
      rows.add(row);
    }
    task.setVariable(SELF_ROWS, JsonVariables.of(rows));
  }

  /** Create listener of "Nilai kinerja akhir": the evaluation periods (the quarters, usually) in a few lines. */
  @ModelApi
  public void prepareRating(DelegateTask task) {
    int year = AppraisalVariables.year(task);
    EvaluationFrequency frequency = EvaluationCalendar.frequencyOf(task.getVariable(AppraisalVariables.EVALUATION_FREQUENCY));
    String quarters = monitoring.reviews(AppraisalVariables.appraisalId(task)).stream()
        .map(r -> EvaluationCalendar.period(year, frequency, r.quarter()).label() + ": hasil kerja " + Rating.valueOf(r.resultsRating()).label()
            + ", perilaku kerja " + Rating.valueOf(r.behaviourRating()).label()
            + (r.predicate() == null ? "" : ", predikat " + Predicate.labelOf(r.predicate())))
        .collect(Collectors.joining("\n"));
    task.setVariable(QUARTERS_SUMMARY, quarters.isEmpty() ? "Belum ada penilaian triwulan." : quarters);
  }

  @Bean
  @ModelApi
  ExecutionListener selfAssessmentCheck() {
    return OnCompletion.check(this::checkSelfAssessment);
  }

  @Bean
  @ModelApi
  ExecutionListener finalRatingCheck() {
    return OnCompletion.check(this::checkRating);
  }

  @Bean
  @ModelApi
  ExecutionListener resultAnswerCheck() {
    return OnCompletion.check(this::checkAnswer);
  }

  void checkSelfAssessment(DelegateExecution execution) {
    long appraisalId = AppraisalVariables.appraisalId(execution);
    ResultNumbers numbers = ResultNumbers.of(plans.results(appraisalId));
    Set<Long> resultIds = numbers.ids();
    FormInput input = FormInput.of(execution);
    List<SelfAssessment> rows = new ArrayList<>();
    for (FormInput row : input.rows(SELF_ROWS, "Penilaian mandiri", resultIds.size(), resultIds.size())) {
      Long number = row.id(RESULT_ID, "Nomor RHK");
      Long resultId = numbers.idOf(number);
      row.require(number == null || resultId != null, "RHK " + number + " bukan RHK SKP ini");
      String achievement = row.text(FINAL_ACHIEVEMENT, "Realisasi akhir", 3, 1000);
      String evidence = row.link(MonitoringForms.EVIDENCE, "Bukti dukung");
      Rating self = row.choice(SELF_RATING, "Capaian menurut pegawai", Rating.class);
      if (row.valid()) {
        rows.add(new SelfAssessment(resultId, achievement, evidence, self.name()));
      }
    }
    input.require(rows.size() < resultIds.size()
            || rows.stream().map(SelfAssessment::resultId).collect(Collectors.toSet()).equals(resultIds),
        "Penilaian mandiri wajib diisi untuk setiap RHK tepat satu kali");
    String summary = input.text(SELF_SUMMARY, "Ringkasan penilaian mandiri", 10, 4000);
    input.refuseIfInvalid();
    assessments.saveSelfAssessment(appraisalId, rows, summary);
  }

  void checkRating(DelegateExecution execution) {
    FormInput input = FormInput.of(execution);
    boolean head = Boolean.TRUE.equals(execution.getVariable(UNIT_HEAD));
    Rating results = null;
    String resultsReason = null;
    if (head) {
      input.require(blank(execution.getVariable(RESULTS_RATING)) && blank(execution.getVariable(RESULTS_REASON)),
          "Rating hasil kerja kepala unit mengikuti predikat kinerja organisasi unitnya; pejabat penilai hanya menilai"
              + " perilaku kerjanya");
    } else {
      results = input.choice(RESULTS_RATING, "Rating hasil kerja", Rating.class);
      resultsReason = input.text(RESULTS_REASON, "Alasan rating hasil kerja", 10, 2000);
    }
    List<ValueRating> values = new ArrayList<>();
    for (BehaviourValue value : BehaviourValue.values()) {
      Rating rating = input.choice(value.field(VALUE_RATING), "Rating " + value.label(), Rating.class);
      String reason = input.text(value.field(VALUE_REASON), "Alasan rating " + value.label(), 5, 1000);
      if (rating != null && reason != null) {
        values.add(new ValueRating(value.name(), rating.name(), reason));
      }
    }
    Rating behaviour = input.choice(BEHAVIOUR_RATING, "Rating perilaku kerja", Rating.class);
    input.refuseIfInvalid();
    String rater = AsSystem.currentUserOr(identityService, execution.getVariable(RATER_NIP));
    assessments.saveRating(AppraisalVariables.appraisalId(execution), results == null ? null : results.name(), resultsReason,
        behaviour.name(), values, rater);
    // The decision table reads what was stored, in its canonical form, not the text the form sent; a head's is set after.
    execution.setVariable(RESULTS_RATING, results == null ? null : results.name());
    execution.setVariable(BEHAVIOUR_RATING, behaviour.name());
    execution.setVariable(RATER_OF_RESULT, rater);
    execution.setVariable(RATER_OF_RESULT_NAME, organisation.employee(rater).map(Employee::name)
        .orElse(String.valueOf(execution.getVariable(RATER_NAME))));
  }

  private static boolean blank(Object value) {
    return value == null || value.toString().isBlank();
  }

  /** Service task after the decision: records the predicate and prepares "Tinjau hasil penilaian". */
  @ModelApi
  public void recordPredicate(DelegateExecution execution) {
    long appraisalId = AppraisalVariables.appraisalId(execution);
    String predicate = String.valueOf(execution.getVariable(PREDICATE));
    assessments.savePredicate(appraisalId, predicate);
    execution.setVariable(PREDICATE_LABEL, Predicate.labelOf(predicate));
    execution.setVariable(SUMMARY, summary(appraisalId));
    execution.setVariable(APPEAL_DEADLINE, appealDeadline(execution.getVariable(APPEAL_WINDOW)));
    execution.setVariable(APPEAL_FILED, false);
    execution.setVariable(AppraisalVariables.APPEAL_AVAILABLE, appealReviewerExists(execution));
  }

  /** Above the kepala daerah, who rates the Sekda, no post decides an appeal. */
  private boolean appealReviewerExists(DelegateExecution execution) {
    return reportingLine.reviewerDutyOf((String) execution.getVariable(AppraisalVariables.NIP), EngineClock.today(),
        (String) execution.getVariable(RATER_OF_RESULT)).isPresent();
  }

  /** The last day to appeal a result shown today, for the form and the task's due date. */
  public static String appealDeadline(Object appealWindow) {
    return EngineClock.today().plus(Period.parse(String.valueOf(appealWindow))).toString();
  }

  /** The ratings with their reasons as the employee and the appeal reviewer read them. */
  public String summary(long appraisalId) {
    FinalRating rating = assessments.finalRating(appraisalId).orElseThrow();
    StringBuilder text = new StringBuilder()
        .append("Predikat kinerja: ").append(Predicate.labelOf(rating.predicate())).append('\n');
    if (rating.calibrationReason() != null) {
      text.append("Dikalibrasi oleh kepala unit; alasan kalibrasi: ").append(rating.calibrationReason())
          .append("\nAlasan pejabat penilai sebelum kalibrasi:\n");
    }
    text.append("Hasil kerja: ").append(Rating.valueOf(rating.resultsRating()).label())
        .append(" (").append(rating.resultsReason()).append(")\n")
        .append("Perilaku kerja: ").append(Rating.valueOf(rating.behaviourRating()).label()).append('\n');
    for (ValueRating v : assessments.valueRatings(appraisalId)) {
      text.append("- ").append(BehaviourValue.valueOf(v.valueCode()).label()).append(": ")
          .append(Rating.valueOf(v.rating()).label()).append(" (").append(v.reason()).append(")\n");
    }
    if (rating.appealDecision() != null) {
      text.append("Keputusan keberatan: ")
          .append(rating.changedByAppeal() ? "penilaian diubah oleh atasan pejabat penilai kinerja"
              : "hasil penilaian ditetapkan oleh atasan pejabat penilai kinerja")
          .append(" (").append(rating.appealReason()).append(")\n");
    }
    return text.toString().strip();
  }

  void checkAnswer(DelegateExecution execution) {
    FormInput input = FormInput.of(execution);
    // Found when the result was recorded, as the form that showed it or hid the choice.
    boolean available = !Boolean.FALSE.equals(execution.getVariable(AppraisalVariables.APPEAL_AVAILABLE));
    // Without a reviewer the form hides the choice: nothing sent is taking note of a final result.
    Boolean appeal = available || execution.getVariable(APPEAL) != null
        ? input.bool(APPEAL, "Tanggapan atas hasil penilaian") : Boolean.FALSE;
    if (Boolean.TRUE.equals(appeal)) {
      input.text(APPEAL_REASONS, "Alasan keberatan", 20, 4000);
      input.require(available,
          "Keberatan tidak dapat diajukan: tidak ada Atasan Pejabat Penilai Kinerja di atas penilai Anda, hasil ini final");
    }
    input.refuseIfInvalid();
    execution.setVariable(APPEAL_FILED, appeal);
  }
}

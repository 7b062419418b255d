package id.kinerja.monitoring;

import static id.kinerja.appraisal.AppraisalVariables.BEHAVIOUR_RATING;
import static id.kinerja.appraisal.AppraisalVariables.PREDICATE;
import static id.kinerja.appraisal.AppraisalVariables.PREVIOUS_FEEDBACK;
import static id.kinerja.appraisal.AppraisalVariables.QUARTER;
import static id.kinerja.appraisal.AppraisalVariables.RATER_NIP;
import static id.kinerja.appraisal.AppraisalVariables.RESULTS_RATING;
import static id.kinerja.monitoring.MonitoringForms.*;
import static id.kinerja.plan.PlanForms.DESCRIPTION;
import static id.kinerja.plan.PlanForms.QUALITY_TARGET;
import static id.kinerja.plan.PlanForms.QUANTITY_TARGET;
import static id.kinerja.plan.PlanForms.QUANTITY_UNIT;
import static id.kinerja.plan.PlanForms.RESULT_ID;
import static id.kinerja.plan.PlanForms.TIME_TARGET;

import id.kinerja.appraisal.AppraisalVariables;
import id.kinerja.assessment.Rating;
import id.kinerja.monitoring.MonitoringRepository.Realisation;
import id.kinerja.plan.PlanRepository;
import id.kinerja.plan.PlannedResult;
import id.kinerja.plan.ResultNumbers;
import id.kinerja.process.AsSystem;
import id.kinerja.process.FormInput;
import id.kinerja.process.JsonVariables;
import id.kinerja.process.ModelApi;
import id.kinerja.process.OnCompletion;
import java.math.BigDecimal;
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
 * An evaluation period (a quarter, triwulan, unless the year says otherwise) of "Pemantauan dan
 * pembinaan": prepares the realisation form with one row per approved RHK, checks and records
 * realisation and evidence, then the rater's feedback on each RHK and the periodic ratings, and the
 * periodic predicate the decision table gives.
 */
@Component("quarterlyMonitoring")
public class QuarterlyMonitoring {

  private final PlanRepository plans;
  private final MonitoringRepository monitoring;
  private final IdentityService identityService;

  QuarterlyMonitoring(PlanRepository plans, MonitoringRepository monitoring, IdentityService identityService) {
    this.plans = plans;
    this.monitoring = monitoring;
    this.identityService = identityService;
  }

  /** Create listener of "Catat realisasi triwulan". */
  @ModelApi
  public void prepareRealisation(DelegateTask task) {
    long appraisalId = AppraisalVariables.appraisalId(task);
    int quarter = quarter(task.getVariable(QUARTER));
    Map<Long, Realisation> earlier = monitoring.realisations(appraisalId, quarter).stream()
        .collect(Collectors.toMap(Realisation::resultId, r -> r));
    List<Map<String, Object>> rows = new ArrayList<>();
    for (PlannedResult result : plans.results(appraisalId)) {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put(RESULT_ID, result.seq());
      row.put(DESCRIPTION, result.description());
      row.put(QUANTITY_TARGET, result.quantityTarget());
      row.put(QUANTITY_UNIT, result.quantityUnit());
      row.put(QUALITY_TARGET, result.qualityTarget());
      row.put(TIME_TARGET, result.timeTarget());
      Realisation before = earlier.get(result.id());
      if (before != null) {
        row.put(QUANTITY, before.quantity());
        row.put(QUALITY, before.quality());
        row.put(TIME, before.timeMonths());
        row.put(EVIDENCE, before.evidenceUrl());
        row.put(NOTE, before.note());
      }
      rows.add(row);
    }
    task.setVariable(REALISATIONS, JsonVariables.of(rows));
    task.setVariable(PREVIOUS_FEEDBACK, quarter == 1 ? null : previousFeedback(appraisalId, quarter - 1));
  }

  /** The rater's feedback of the period before, one line per RHK, if it was given. */
  private String previousFeedback(long appraisalId, int quarter) {
    Map<Long, String> descriptions = plans.results(appraisalId).stream()
        .collect(Collectors.toMap(PlannedResult::id, PlannedResult::description));
    String lines = monitoring.realisations(appraisalId, quarter).stream().filter(r -> r.feedback() != null)
        .map(r -> descriptions.getOrDefault(r.resultId(), "RHK " + r.resultId()) + ": " + r.feedback())
        .collect(Collectors.joining("\n"));
    return lines.isEmpty() ? null : lines;
  }

  /** Create listener of "Beri umpan balik": one row per RHK with what the employee reported. */
  @ModelApi
  public void prepareReview(DelegateTask task) {
    long appraisalId = AppraisalVariables.appraisalId(task);
    Map<Long, Realisation> reported = monitoring.realisations(appraisalId, quarter(task.getVariable(QUARTER))).stream()
        .collect(Collectors.toMap(Realisation::resultId, r -> r));
    List<Map<String, Object>> rows = new ArrayList<>();
    for (PlannedResult result : plans.results(appraisalId)) {
      Realisation r = reported.get(result.id());
      Map<String, Object> row = new LinkedHashMap<>();
      row.put(RESULT_ID, result.seq());
      row.put(DESCRIPTION, result.description());
      row.put(REALISATION_SUMMARY, r == null ? "Belum dilaporkan" : r.quantity().stripTrailingZeros().toPlainString()
          + " " + result.quantityUnit() + " dari target " + result.quantityTarget() + ", kualitas "
          + r.quality().stripTrailingZeros().toPlainString() + "%, waktu " + r.timeMonths().stripTrailingZeros().toPlainString()
          + " bulan; bukti dukung: " + r.evidenceUrl());
      row.put(FEEDBACK, r == null ? null : r.feedback());
      rows.add(row);
    }
    task.setVariable(FEEDBACK_ROWS, JsonVariables.of(rows));
  }

  @Bean
  @ModelApi
  ExecutionListener realisationCheck() {
    return OnCompletion.check(this::checkRealisation);
  }

  @Bean
  @ModelApi
  ExecutionListener quarterlyReviewCheck() {
    return OnCompletion.check(this::checkReview);
  }

  void checkRealisation(DelegateExecution execution) {
    long appraisalId = AppraisalVariables.appraisalId(execution);
    int quarter = quarter(execution.getVariable(QUARTER));
    ResultNumbers numbers = ResultNumbers.of(plans.results(appraisalId));
    Set<Long> resultIds = numbers.ids();
    FormInput input = FormInput.of(execution);
    List<Realisation> realisations = new ArrayList<>();
    for (FormInput row : input.rows(REALISATIONS, "Realisasi", resultIds.size(), resultIds.size())) {
      Long number = row.id(RESULT_ID, "Nomor RHK");
      Long resultId = numbers.idOf(number);
      row.require(number == null || resultId != null, "RHK " + number + " bukan RHK SKP ini");
      BigDecimal quantity = row.number(QUANTITY, "Realisasi kuantitas", 0, 1_000_000);
      BigDecimal quality = row.number(QUALITY, "Realisasi kualitas (%)", 0, 100);
      BigDecimal time = row.number(TIME, "Realisasi waktu (bulan)", 0, 12);
      String evidence = row.link(EVIDENCE, "Bukti dukung");
      String note = row.optionalText(NOTE, "Catatan", 2000);
      if (row.valid()) {
        realisations.add(new Realisation(resultId, quantity, quality, time, evidence, note, null));
      }
    }
    Set<Long> covered = realisations.stream().map(Realisation::resultId).collect(Collectors.toSet());
    input.require(realisations.size() < resultIds.size() || covered.equals(resultIds),
        "Realisasi wajib diisi untuk setiap RHK tepat satu kali");
    input.refuseIfInvalid();
    realisations.forEach(r -> monitoring.saveRealisation(appraisalId, quarter, r));
  }

  void checkReview(DelegateExecution execution) {
    long appraisalId = AppraisalVariables.appraisalId(execution);
    int quarter = quarter(execution.getVariable(QUARTER));
    ResultNumbers numbers = ResultNumbers.of(plans.results(appraisalId));
    Set<Long> resultIds = numbers.ids();
    FormInput input = FormInput.of(execution);
    Map<Long, String> feedback = new LinkedHashMap<>();
    int validRows = 0;
    for (FormInput row : input.rows(FEEDBACK_ROWS, "Umpan balik per RHK", resultIds.size(), resultIds.size())) {
      Long number = row.id(RESULT_ID, "Nomor RHK");
      Long resultId = numbers.idOf(number);
      row.require(number == null || resultId != null, "RHK " + number + " bukan RHK SKP ini");
      String text = row.text(FEEDBACK, "Umpan balik", 10, 2000);
      if (row.valid()) {
        validRows++;
        feedback.put(resultId, text);
      }
    }
    input.require(validRows < resultIds.size() || feedback.keySet().equals(resultIds),
        "Umpan balik wajib diberikan untuk setiap RHK tepat satu kali");
    Rating results = input.choice(RESULTS_RATING, "Rating hasil kerja", Rating.class);
    Rating behaviour = input.choice(BEHAVIOUR_RATING, "Rating perilaku kerja", Rating.class);
    input.refuseIfInvalid();
    feedback.forEach((resultId, text) -> monitoring.saveFeedback(appraisalId, quarter, resultId, text));
    monitoring.saveReview(appraisalId, quarter, results.name(), behaviour.name(),
        AsSystem.currentUserOr(identityService, execution.getVariable(RATER_NIP)));
  }

  /** Service task after the periodic predicate decision. */
  @ModelApi
  public void recordPredicate(DelegateExecution execution) {
    monitoring.savePredicate(AppraisalVariables.appraisalId(execution), quarter(execution.getVariable(QUARTER)),
        String.valueOf(execution.getVariable(PREDICATE)));
  }

  private static int quarter(Object value) {
    return Integer.parseInt(String.valueOf(value));
  }
}

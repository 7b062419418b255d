package id.kinerja.monitoring;

import static id.kinerja.appraisal.AppraisalVariables.BEHAVIOUR_RATING;
import static id.kinerja.appraisal.AppraisalVariables.PREDICATE;
import static id.kinerja.appraisal.AppraisalVariables.PREVIOUS_FEEDBACK;
import static id.kinerja.appraisal.AppraisalVariables.QUARTER;
import static id.kinerja.appraisal.AppraisalVariables.QUARTER_LABEL;
import static id.kinerja.appraisal.AppraisalVariables.RATER_NIP;
import static id.kinerja.appraisal.AppraisalVariables.RESULTS_RATING;
import static id.kinerja.monitoring.MonitoringForms.*;
import static id.kinerja.plan.PlanForms.DESCRIPTION;
import static id.kinerja.plan.PlanForms.QUANTITY_TARGET;
import static id.kinerja.plan.PlanForms.QUANTITY_UNIT;
import static id.kinerja.plan.PlanForms.RESULT_ID;

import id.kinerja.appraisal.AppraisalVariables;
import id.kinerja.assessment.Rating;
import id.kinerja.monitoring.MonitoringRepository.Realisation;
import id.kinerja.plan.PlanRepository;
import id.kinerja.plan.PlannedResult;
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
 * The quarter (triwulan) of "Pemantauan dan pembinaan": prepares the realisation form with one row
 * per approved RHK, checks and records realisation and evidence, then the supervisor's feedback
 * and periodic ratings, and the periodic predicate the decision table gives.
 */
@Component("quarterlyMonitoring")
public class QuarterlyMonitoring {

  private static final String[] ROMAN = {"", "I", "II", "III", "IV"};

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
      row.put(RESULT_ID, result.id());
      row.put(DESCRIPTION, result.description());
      row.put(QUANTITY_TARGET, result.quantityTarget());
      row.put(QUANTITY_UNIT, result.quantityUnit());
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
    task.setVariable(QUARTER_LABEL, "TW " + ROMAN[quarter]);
    task.setVariable(PREVIOUS_FEEDBACK, quarter == 1 ? null
        : monitoring.review(appraisalId, quarter - 1).map(MonitoringRepository.QuarterlyReview::feedback).orElse(null));
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
    Set<Long> resultIds = plans.results(appraisalId).stream().map(PlannedResult::id).collect(Collectors.toSet());
    FormInput input = FormInput.of(execution);
    List<Realisation> realisations = new ArrayList<>();
    for (FormInput row : input.rows(REALISATIONS, "Realisasi", resultIds.size(), resultIds.size())) {
      Long resultId = row.id(RESULT_ID, "Nomor RHK");
      row.require(resultId == null || resultIds.contains(resultId), "RHK " + resultId + " bukan RHK SKP ini");
      BigDecimal quantity = row.number(QUANTITY, "Realisasi kuantitas", 0, 1_000_000);
      BigDecimal quality = row.number(QUALITY, "Realisasi kualitas (%)", 0, 100);
      BigDecimal time = row.number(TIME, "Realisasi waktu (bulan)", 0, 12);
      String evidence = row.link(EVIDENCE, "Bukti dukung");
      String note = row.optionalText(NOTE, "Catatan", 2000);
      if (row.valid()) {
        realisations.add(new Realisation(resultId, quantity, quality, time, evidence, note));
      }
    }
    Set<Long> covered = realisations.stream().map(Realisation::resultId).collect(Collectors.toSet());
    input.require(realisations.size() < resultIds.size() || covered.equals(resultIds),
        "Realisasi wajib diisi untuk setiap RHK tepat satu kali");
    input.refuseIfInvalid();
    realisations.forEach(r -> monitoring.saveRealisation(appraisalId, quarter, r));
  }

  void checkReview(DelegateExecution execution) {
    FormInput input = FormInput.of(execution);
    String feedback = input.text(FEEDBACK, "Umpan balik", 10, 2000);
    Rating results = input.choice(RESULTS_RATING, "Rating hasil kerja", Rating.class);
    Rating behaviour = input.choice(BEHAVIOUR_RATING, "Rating perilaku kerja", Rating.class);
    input.refuseIfInvalid();
    monitoring.saveReview(AppraisalVariables.appraisalId(execution), quarter(execution.getVariable(QUARTER)), feedback,
        results.name(), behaviour.name(), AsSystem.currentUserOr(identityService, execution.getVariable(RATER_NIP)));
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

package id.kinerja.plan;

import static id.kinerja.appraisal.AppraisalVariables.NIP;
import static id.kinerja.appraisal.AppraisalVariables.PARENT_OPTIONS;
import static id.kinerja.plan.PlanForms.*;

import id.kinerja.appraisal.AppraisalVariables;
import id.kinerja.plan.PlannedResult.ResultKind;
import id.kinerja.process.FormInput;
import id.kinerja.process.JsonVariables;
import id.kinerja.process.ModelApi;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * Checks and saves the SKP the employee submits from "Susun SKP": at least one RHK utama, every
 * RHK with its three indicators and targets in range, pointing at one of the offered parent RHK
 * (or organisation goals) when there are any, and the three texts of its appendix (Lampiran SKP).
 * A refused submission leaves the task open.
 */
@ModelApi
@Component("planDraftCheck")
class PlanDraftCheck implements ExecutionListener {

  /** Far above any real SKP (a handful of RHK), low enough that the supervisor's review stays readable. */
  static final int MAX_RESULTS = 30;
  /** Each text of the appendix, as its column holds it. */
  static final int MAX_APPENDIX = 2000;

  private final PlanRepository plans;
  private final PlanDraftForm draftForm;

  PlanDraftCheck(PlanRepository plans, PlanDraftForm draftForm) {
    this.plans = plans;
    this.draftForm = draftForm;
  }

  @Override
  public void notify(DelegateExecution execution) {
    if (execution.isCanceled()) {
      return;
    }
    long appraisalId = AppraisalVariables.appraisalId(execution);
    Set<String> parents = JsonVariables.rows(execution.getVariable(PARENT_OPTIONS)).stream()
        .map(o -> String.valueOf(o.get("value"))).collect(Collectors.toSet());
    FormInput input = FormInput.of(execution);
    // A returned SKP's rows carry the numbers of the round before; a new row has none.
    ResultNumbers before = ResultNumbers.of(plans.results(appraisalId));
    List<PlannedResult> results = new ArrayList<>();
    int seq = 0;
    boolean anyMain = false;
    List<FormInput> rows = input.rows(RESULTS, "Rencana hasil kerja", 1, MAX_RESULTS);
    for (FormInput row : rows) {
      seq++;
      ResultKind kind = row.choice(KIND, "Jenis RHK", ResultKind.class);
      anyMain |= kind == ResultKind.UTAMA;
      String description = row.text(DESCRIPTION, "Rencana hasil kerja", 10, 1000);
      String parent = row.optionalText(PARENT, "RHK atasan", 100);
      row.require(parents.isEmpty() || parent != null, "RHK atasan yang diintervensi wajib dipilih");
      row.require(parent == null || parents.contains(parent), "RHK atasan '" + parent + "' tidak termasuk pilihan");
      BigDecimal number = row.optionalNumber(RESULT_ID, "Nomor RHK", 1, MAX_RESULTS);
      Long id = number == null ? null : before.idOf(number.longValue());
      row.require(number == null || id != null, "RHK nomor " + number + " bukan RHK SKP ini");
      String quantityIndicator = row.text(QUANTITY_INDICATOR, "Indikator kuantitas", 3, 500);
      BigDecimal quantityTarget = row.number(QUANTITY_TARGET, "Target kuantitas", 1, 1_000_000);
      String quantityUnit = row.text(QUANTITY_UNIT, "Satuan kuantitas", 1, 50);
      String qualityIndicator = row.text(QUALITY_INDICATOR, "Indikator kualitas", 3, 500);
      BigDecimal qualityTarget = row.number(QUALITY_TARGET, "Target kualitas (%)", 0, 100);
      String timeIndicator = row.text(TIME_INDICATOR, "Indikator waktu", 3, 500);
      BigDecimal timeTarget = row.number(TIME_TARGET, "Target waktu (bulan)", 1, 12);
      if (row.valid()) {
        results.add(new PlannedResult(id, seq, kind, description,
            parent != null && parent.startsWith(PlanDraftForm.RESULT_PREFIX) ? idAfter(parent) : null,
            parent != null && parent.startsWith(PlanDraftForm.GOAL_PREFIX) ? idAfter(parent) : null,
            quantityIndicator, quantityTarget, quantityUnit, qualityIndicator, qualityTarget, timeIndicator,
            timeTarget.intValue()));
      }
    }
    input.require(rows.isEmpty() || anyMain, "SKP wajib memuat paling sedikit satu RHK utama");
    Set<Long> kept = results.stream().map(PlannedResult::id).collect(Collectors.toSet());
    Set<Long> removedButReferenced = plans.referencedResults(appraisalId).stream()
        .filter(id -> !kept.contains(id)).collect(Collectors.toSet());
    input.require(removedButReferenced.isEmpty(), "RHK nomor " + removedButReferenced.stream().map(before::numberOf).sorted()
        .map(String::valueOf).collect(Collectors.joining(", ")) + " sudah diintervensi oleh RHK bawahan dan tidak dapat dihapus");
    PlanRepository.Appendix appendix = new PlanRepository.Appendix(
        input.text(RESOURCE_SUPPORT, "Dukungan sumber daya", 10, MAX_APPENDIX),
        input.text(ACCOUNTABILITY_SCHEME, "Skema pertanggungjawaban", 10, MAX_APPENDIX),
        input.text(CONSEQUENCES, "Konsekuensi", 10, MAX_APPENDIX));
    input.refuseIfInvalid();

    List<PlannedResult> saved = plans.saveResults(appraisalId, results);
    plans.submit(appraisalId, appendix);
    execution.setVariable(RESULTS, JsonVariables.of(saved.stream().map(PlanDraftCheck::asFormRow).toList()));
    draftForm.refreshSubordinates((String) execution.getVariable(NIP), AppraisalVariables.year(execution));
  }

  private static long idAfter(String option) {
    return Long.parseLong(option.substring(option.indexOf(':') + 1));
  }

  static Map<String, Object> asFormRow(PlannedResult r) {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put(RESULT_ID, r.seq());
    row.put(KIND, r.kind().name());
    row.put(DESCRIPTION, r.description());
    row.put(PARENT, r.parentResultId() != null ? PlanDraftForm.RESULT_PREFIX + r.parentResultId()
        : r.organisationGoalId() != null ? PlanDraftForm.GOAL_PREFIX + r.organisationGoalId() : null);
    row.put(QUANTITY_INDICATOR, r.quantityIndicator());
    row.put(QUANTITY_TARGET, r.quantityTarget());
    row.put(QUANTITY_UNIT, r.quantityUnit());
    row.put(QUALITY_INDICATOR, r.qualityIndicator());
    row.put(QUALITY_TARGET, r.qualityTarget());
    row.put(TIME_INDICATOR, r.timeIndicator());
    row.put(TIME_TARGET, r.timeTarget());
    return row;
  }
}

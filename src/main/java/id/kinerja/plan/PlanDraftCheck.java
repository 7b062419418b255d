package id.kinerja.plan;

import static id.kinerja.appraisal.AppraisalVariables.APPRAISAL_ID;
import static id.kinerja.appraisal.AppraisalVariables.NIP;
import static id.kinerja.appraisal.AppraisalVariables.YEAR;

import id.kinerja.appraisal.AppraisalVariables;
import id.kinerja.plan.PlannedResult.ResultKind;
import id.kinerja.process.FormInput;
import id.kinerja.process.JsonVariables;
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
 * (or organisation goals) when there are any. A refused submission leaves the task open.
 */
@Component("planDraftCheck")
class PlanDraftCheck implements ExecutionListener {

  /** Far above any real SKP (a handful of RHK), low enough that the supervisor's review stays readable. */
  static final int MAX_RESULTS = 30;

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
    Set<String> parents = JsonVariables.rows(execution.getVariable(PlanDraftForm.PARENT_OPTIONS)).stream()
        .map(o -> String.valueOf(o.get("value"))).collect(Collectors.toSet());
    FormInput input = FormInput.of(execution);
    List<PlannedResult> results = new ArrayList<>();
    int seq = 0;
    boolean anyMain = false;
    List<FormInput> rows = input.rows("rhk", "Rencana hasil kerja", 1, MAX_RESULTS);
    for (FormInput row : rows) {
      seq++;
      ResultKind kind = row.choice("jenis", "Jenis RHK", ResultKind.class);
      anyMain |= kind == ResultKind.UTAMA;
      String description = row.text("uraian", "Rencana hasil kerja", 10, 1000);
      String parent = row.optionalText("rhkAtasan", "RHK atasan", 100);
      row.require(parents.isEmpty() || parent != null, "RHK atasan yang diintervensi wajib dipilih");
      row.require(parent == null || parents.contains(parent), "RHK atasan '" + parent + "' tidak termasuk pilihan");
      BigDecimal id = row.optionalNumber("rhkId", "Nomor RHK", 1, Long.MAX_VALUE);
      String quantityIndicator = row.text("indikatorKuantitas", "Indikator kuantitas", 3, 500);
      BigDecimal quantityTarget = row.number("targetKuantitas", "Target kuantitas", 1, 1_000_000);
      String quantityUnit = row.text("satuanKuantitas", "Satuan kuantitas", 1, 50);
      String qualityIndicator = row.text("indikatorKualitas", "Indikator kualitas", 3, 500);
      BigDecimal qualityTarget = row.number("targetKualitas", "Target kualitas (%)", 0, 100);
      String timeIndicator = row.text("indikatorWaktu", "Indikator waktu", 3, 500);
      BigDecimal timeTarget = row.number("targetWaktu", "Target waktu (bulan)", 1, 12);
      if (row.valid()) {
        results.add(new PlannedResult(id == null ? null : id.longValue(), seq, kind, description,
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
    input.require(removedButReferenced.isEmpty(),
        "RHK nomor " + removedButReferenced + " sudah diintervensi oleh RHK bawahan dan tidak dapat dihapus");
    input.refuseIfInvalid();

    List<PlannedResult> saved = plans.saveResults(appraisalId, results);
    plans.submit(appraisalId);
    execution.setVariable("rhk", JsonVariables.of(saved.stream().map(PlanDraftCheck::asFormRow).toList()));
    draftForm.refreshSubordinates((String) execution.getVariable(NIP), AppraisalVariables.year(execution));
  }

  private static long idAfter(String option) {
    return Long.parseLong(option.substring(option.indexOf(':') + 1));
  }

  static Map<String, Object> asFormRow(PlannedResult r) {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("rhkId", r.id());
    row.put("jenis", r.kind().name());
    row.put("uraian", r.description());
    row.put("rhkAtasan", r.parentResultId() != null ? PlanDraftForm.RESULT_PREFIX + r.parentResultId()
        : r.organisationGoalId() != null ? PlanDraftForm.GOAL_PREFIX + r.organisationGoalId() : null);
    row.put("indikatorKuantitas", r.quantityIndicator());
    row.put("targetKuantitas", r.quantityTarget());
    row.put("satuanKuantitas", r.quantityUnit());
    row.put("indikatorKualitas", r.qualityIndicator());
    row.put("targetKualitas", r.qualityTarget());
    row.put("indikatorWaktu", r.timeIndicator());
    row.put("targetWaktu", r.timeTarget());
    return row;
  }
}

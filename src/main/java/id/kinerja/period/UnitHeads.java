package id.kinerja.period;

import static id.kinerja.appraisal.AppraisalVariables.HEAD_RESULTS_NOTE;
import static id.kinerja.appraisal.AppraisalVariables.PREDICATE_UNIT;
import static id.kinerja.appraisal.AppraisalVariables.RESULTS_RATING;
import static id.kinerja.appraisal.AppraisalVariables.UNIT_HEAD;
import static id.kinerja.appraisal.AppraisalVariables.WAITING_FOR_UNIT_PREDICATE;
import static id.kinerja.assessment.AssessmentForms.RESULTS_REASON;

import id.kinerja.appraisal.AppraisalProcess;
import id.kinerja.appraisal.AppraisalRepository;
import id.kinerja.appraisal.AppraisalVariables;
import id.kinerja.assessment.AssessmentRepository;
import id.kinerja.organisation.OrganisationRepository;
import id.kinerja.organisation.Unit;
import id.kinerja.process.AsSystem;
import id.kinerja.process.ModelApi;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.runtime.Execution;
import org.springframework.stereotype.Component;

/**
 * The head of a unit carrying an organisation predicate (SE MenPANRB 3/2023): the rater rates only
 * the head's behaviour; the Hasil Kerja rating follows from the unit's organisation predicate by the
 * process owner's decision table {@code hasil-kerja-kepala-unit}. When the predicate is not set yet
 * the head's appraisal waits at "Menunggu predikat organisasi" until the leader one level up sets it.
 */
@Component("unitHeads")
public class UnitHeads {

  static final String DECISION = "hasil-kerja-kepala-unit";

  private final PredicateUnits predicateUnits;
  private final OrganisationRepository organisation;
  private final PeriodSummaryRepository summaries;
  private final AssessmentRepository assessments;
  private final AppraisalRepository appraisals;
  private final CalibrationRepository calibration;
  private final CalibrationStart calibrationStart;
  private final DecisionService decisionService;
  private final RuntimeService runtimeService;
  private final IdentityService identityService;

  UnitHeads(PredicateUnits predicateUnits, OrganisationRepository organisation, PeriodSummaryRepository summaries,
      AssessmentRepository assessments, AppraisalRepository appraisals, CalibrationRepository calibration,
      CalibrationStart calibrationStart, DecisionService decisionService, RuntimeService runtimeService,
      IdentityService identityService) {
    this.predicateUnits = predicateUnits;
    this.organisation = organisation;
    this.summaries = summaries;
    this.assessments = assessments;
    this.appraisals = appraisals;
    this.calibration = calibration;
    this.calibrationStart = calibrationStart;
    this.decisionService = decisionService;
    this.runtimeService = runtimeService;
    this.identityService = identityService;
  }

  /** Create listener of "Nilai kinerja akhir": whether the rated employee heads a unit, and what follows for the form. */
  @ModelApi
  public void prepareRating(DelegateTask task) {
    int year = AppraisalVariables.year(task);
    Optional<String> unit = organisation.employee((String) task.getVariable(AppraisalVariables.NIP))
        .flatMap(employee -> predicateUnits.headedBy(employee, year));
    task.setVariable(UNIT_HEAD, unit.isPresent());
    task.setVariable(PREDICATE_UNIT, unit.orElse(null));
    task.setVariable(HEAD_RESULTS_NOTE, unit.map(code -> note(code, year)).orElse(null));
    if (unit.isPresent()) {
      // Whatever an earlier form left in these is not the head's rating: a value at completion was sent now.
      task.setVariable(RESULTS_RATING, null);
      task.setVariable(RESULTS_REASON, null);
    }
  }

  /** Service task after the final rating: the head's results rating from the table, or the wait for the predicate. */
  @ModelApi
  public void applyResults(DelegateExecution execution) {
    String unit = Boolean.TRUE.equals(execution.getVariable(UNIT_HEAD)) ? (String) execution.getVariable(PREDICATE_UNIT) : null;
    if (unit == null) {
      execution.setVariable(WAITING_FOR_UNIT_PREDICATE, false);
      return;
    }
    int year = AppraisalVariables.year(execution);
    calibration.lockUnit(unit);
    Optional<String> predicate = summaries.unitPredicate(unit, year);
    execution.setVariable(WAITING_FOR_UNIT_PREDICATE, predicate.isEmpty());
    if (predicate.isPresent()) {
      execution.setVariable(RESULTS_RATING, store(AppraisalVariables.appraisalId(execution), unit, predicate.get()));
    } else if (appraisals.settings(year).calibrates()) {
      // The calibration asks the leader one level up for a missing predicate; it may be waiting for the head only.
      calibrationStart.ifComplete(predicateUnits.scope(unit), year);
    }
  }

  /** The unit's predicate was set: the heads waiting for it get their results rating and go on. */
  void predicateSet(String unit, int year, String predicate) {
    for (Execution waiting : runtimeService.createExecutionQuery()
        .messageEventSubscriptionName(AppraisalProcess.UNIT_PREDICATE_SET).list()) {
      String instance = waiting.getProcessInstanceId();
      if (!unit.equals(runtimeService.getVariable(instance, PREDICATE_UNIT))
          || AppraisalVariables.number(runtimeService.getVariable(instance, AppraisalVariables.YEAR)).intValue() != year) {
        continue;
      }
      long appraisalId = AppraisalVariables.number(runtimeService.getVariable(instance, AppraisalVariables.APPRAISAL_ID)).longValue();
      runtimeService.createMessageCorrelation(AppraisalProcess.UNIT_PREDICATE_SET).processInstanceId(instance)
          .setVariable(RESULTS_RATING, store(appraisalId, unit, predicate)).correlateWithResult();
    }
  }

  private String store(long appraisalId, String unit, String predicate) {
    String results = AsSystem.call(identityService, () -> decisionService.evaluateDecisionTableByKey(DECISION)
        .variables(Map.of("predikatOrganisasi", predicate)).evaluate().getSingleEntry());
    if (results == null) {
      throw new IllegalStateException("Tabel keputusan " + DECISION + " tidak memuat predikat organisasi " + predicate);
    }
    assessments.saveResultsRating(appraisalId, results, "Mengikuti predikat kinerja organisasi " + unitName(unit) + ": "
        + UnitPredicates.label(predicate));
    return results;
  }

  private String note(String unit, int year) {
    return "Anda menilai perilaku kerja kepala " + unitName(unit) + ". Rating hasil kerjanya mengikuti predikat kinerja"
        + " organisasi unit itu" + summaries.unitPredicate(unit, year).map(p -> " (saat ini " + UnitPredicates.label(p) + ")")
            .orElse(", yang belum ditetapkan; hasil kerja diterapkan saat predikat ditetapkan") + ".";
  }

  private String unitName(String unit) {
    return organisation.unit(unit).map(Unit::name).orElse(unit);
  }
}

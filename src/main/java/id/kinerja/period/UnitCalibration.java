package id.kinerja.period;

import static id.kinerja.appraisal.AppraisalVariables.BEHAVIOUR_RATING;
import static id.kinerja.appraisal.AppraisalVariables.CALIBRATION_REASON;
import static id.kinerja.appraisal.AppraisalVariables.PREDICATE;
import static id.kinerja.appraisal.AppraisalVariables.PREDICATE_LABEL;
import static id.kinerja.appraisal.AppraisalVariables.RESULTS_RATING;
import static id.kinerja.appraisal.AppraisalVariables.WAITING_FOR_CALIBRATION;
import static id.kinerja.period.CalibrationForms.*;
import static id.kinerja.period.CalibrationProcess.Variables.*;

import id.kinerja.appraisal.AppraisalProcess;
import id.kinerja.appraisal.AppraisalRepository;
import id.kinerja.appraisal.AppraisalStage;
import id.kinerja.appraisal.AppraisalVariables;
import id.kinerja.assessment.FinalAssessment;
import id.kinerja.assessment.Predicate;
import id.kinerja.assessment.Rating;
import id.kinerja.audit.AuditAction;
import id.kinerja.audit.AuditTrail;
import id.kinerja.organisation.Employee;
import id.kinerja.organisation.OrganisationRepository;
import id.kinerja.organisation.PostTasks;
import id.kinerja.period.CalibrationRepository.UnitResult;
import id.kinerja.process.AsSystem;
import id.kinerja.process.FormInput;
import id.kinerja.process.JsonVariables;
import id.kinerja.process.ModelApi;
import id.kinerja.process.OnCompletion;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Component;

/**
 * Calibration (SE MenPANRB 3/2023), per unit carrying an organisation predicate ({@link PredicateUnits}):
 * when every appraisal it counts (its subunits included, its head not) has its predicate, the
 * unit's process {@code kalibrasi-unit} checks them against the curve of the unit's organisation
 * predicate (asking the leader one level up for it if missing). A unit counting fewer than
 * {@link #CURVE_MINIMUM} employees has no curve of its own. When the curve is broken the unit head
 * changes the staff's ratings (never their own) with a reason, each change recorded, until it holds
 * or the head accepts the deviation with a reason. Then the results are released, calibrated, with
 * the calibration's reason, to the employees, who see them and may appeal against them.
 */
@Component("unitCalibration")
public class UnitCalibration {

  /** Below this many counted employees the shares of a curve mean nothing (one person is 100%). */
  public static final int CURVE_MINIMUM = 3;

  private final AppraisalRepository appraisals;
  private final OrganisationRepository organisation;
  private final CalibrationRepository calibration;
  private final PeriodSummaryRepository summaries;
  private final UnitPredicates unitPredicates;
  private final PredicateUnits predicateUnits;
  private final CalibrationStart calibrationStart;
  private final CurveBounds curve;
  private final FinalAssessment finalAssessment;
  private final RuntimeService runtimeService;
  private final DecisionService decisionService;
  private final IdentityService identityService;
  private final AuditTrail audit;
  private final PostTasks postTasks;

  UnitCalibration(AppraisalRepository appraisals, OrganisationRepository organisation, CalibrationRepository calibration,
      PeriodSummaryRepository summaries, UnitPredicates unitPredicates, PredicateUnits predicateUnits,
      CalibrationStart calibrationStart, CurveBounds curve, FinalAssessment finalAssessment, RuntimeService runtimeService,
      DecisionService decisionService, IdentityService identityService, AuditTrail audit, PostTasks postTasks) {
    this.postTasks = postTasks;
    this.predicateUnits = predicateUnits;
    this.calibrationStart = calibrationStart;
    this.audit = audit;
    this.appraisals = appraisals;
    this.organisation = organisation;
    this.calibration = calibration;
    this.summaries = summaries;
    this.unitPredicates = unitPredicates;
    this.curve = curve;
    this.finalAssessment = finalAssessment;
    this.runtimeService = runtimeService;
    this.decisionService = decisionService;
    this.identityService = identityService;
  }

  /**
   * In the employee's appraisal, after the predicate: wait for the calibration of the unit carrying
   * the organisation predicate they are counted in, and start it when complete. A unit head, whose
   * results follow from that predicate, and an employee in no such unit do not wait.
   */
  @ModelApi
  public void enrol(DelegateExecution execution) {
    int year = AppraisalVariables.year(execution);
    Employee employee = organisation.employee((String) execution.getVariable(AppraisalVariables.NIP)).orElseThrow();
    Optional<String> unit = appraisals.settings(year).calibrates() && predicateUnits.headedBy(employee, year).isEmpty()
        ? predicateUnits.of(employee.unitCode(), year) : Optional.empty();
    execution.setVariable(WAITING_FOR_CALIBRATION, unit.isPresent());
    if (unit.isEmpty()) {
      return;
    }
    calibration.lockUnit(unit.get());
    appraisals.setStage(AppraisalVariables.appraisalId(execution), AppraisalStage.KALIBRASI);
    calibrationStart.ifComplete(predicateUnits.scope(unit.get()), year);
  }

  @ModelApi
  public void prepare(DelegateExecution execution) {
    String unit = (String) execution.getVariable(UNIT);
    execution.setVariable(UNIT_NAME, organisation.unit(unit).orElseThrow().name());
    String predicate = summaries.unitPredicate(unit, AppraisalVariables.year(execution)).orElse(null);
    execution.setVariable(ORGANISATION_PREDICATE, predicate);
    execution.setVariable(ORGANISATION_PREDICATE_SET, predicate != null);
  }

  @ModelApi
  public void assignLeader(DelegateTask task) {
    unitPredicates.leaderDuty((String) task.getVariable(UNIT)).ifPresent(duty -> postTasks.assign(task, duty));
  }

  @ModelApi
  public void assignHead(DelegateTask task) {
    unitPredicates.headDuty((String) task.getVariable(UNIT)).ifPresent(duty -> postTasks.assign(task, duty));
  }

  @Bean
  @ModelApi
  ExecutionListener organisationPredicateCheck() {
    return OnCompletion.check(execution -> {
      FormInput input = FormInput.of(execution);
      String predicate = input.text(ORGANISATION_PREDICATE, "Predikat kinerja organisasi", 1, 20);
      input.require(predicate == null || UnitPredicates.PREDICATES.contains(predicate),
          "Predikat organisasi '" + predicate + "' tidak dikenal");
      input.refuseIfInvalid();
      unitPredicates.save((String) execution.getVariable(UNIT), AppraisalVariables.year(execution), predicate,
          AsSystem.currentUserOr(identityService, "pimpinan"));
      execution.setVariable(ORGANISATION_PREDICATE, predicate);
    });
  }

  /** Service task: counts, shares and broken bounds for the unit head's form. */
  @ModelApi
  public void checkCurve(DelegateExecution execution) {
    String unit = (String) execution.getVariable(UNIT);
    int year = AppraisalVariables.year(execution);
    List<UnitResult> results = calibration.results(predicateUnits.scope(unit), year);
    Map<String, Integer> counts = new TreeMap<>();
    results.forEach(r -> counts.merge(r.predicate(), 1, Integer::sum));
    List<DistributionCurve.Violation> broken = results.size() < CURVE_MINIMUM ? List.of()
        : DistributionCurve.violations(counts, curve.forOrganisationPredicate(summaries.unitPredicate(unit, year).orElseThrow()));
    StringBuilder text = new StringBuilder();
    if (results.size() < CURVE_MINIMUM) {
      text.append("Unit ini menghitung ").append(results.size()).append(" pegawai (tanpa kepala unit); kurva distribusi")
          .append(" berlaku mulai ").append(CURVE_MINIMUM).append(" pegawai.\n");
    }
    for (Predicate p : Predicate.values()) {
      int count = counts.getOrDefault(p.name(), 0);
      text.append(p.label()).append(": ").append(count).append(" pegawai (")
          .append(String.format("%.1f", results.isEmpty() ? 0 : 100.0 * count / results.size())).append("%)\n");
    }
    broken.forEach(v -> text.append("Batas dilanggar: ").append(v.message()).append('\n'));
    execution.setVariable(CURVE_HOLDS, broken.isEmpty());
    execution.setVariable(CURVE_SUMMARY, text.toString().strip());
    execution.setVariable(UNIT_RESULTS, JsonVariables.of(results.stream().map(r -> {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("nip", r.nip());
      row.put("nama", r.name());
      row.put("ratingHasilKerja", r.resultsRating());
      row.put("ratingPerilakuKerja", r.behaviourRating());
      row.put("predikat", Predicate.labelOf(r.predicate()));
      return row;
    }).toList()));
  }

  @Bean
  @ModelApi
  ExecutionListener unitCalibrationCheck() {
    return OnCompletion.check(this::calibrate);
  }

  void calibrate(DelegateExecution execution) {
    String unit = (String) execution.getVariable(UNIT);
    CalibrationRepository.Scope scope = predicateUnits.scope(unit);
    Map<String, UnitResult> byNip = calibration.results(scope, AppraisalVariables.year(execution)).stream()
        .collect(Collectors.toMap(UnitResult::nip, Function.identity()));
    String user = AsSystem.currentUserOr(identityService, "kepala-unit");
    FormInput input = FormInput.of(execution);
    boolean accept = input.flag(ACCEPT_DEVIATION);
    List<Object[]> changes = new ArrayList<>();
    List<FormInput> rows = execution.getVariable(CHANGES) == null ? List.of()
        : input.rows(CHANGES, "Perubahan", 0, byNip.size());
    for (FormInput row : rows) {
      String nip = row.text(NIP, "NIP", 18, 18);
      if (nip != null && (nip.equals(user) || isHead(nip, scope))) {
        row.require(false, "Tidak seorang pun mengubah penilaiannya sendiri dalam kalibrasi; rating hasil kerja kepala unit"
            + " mengikuti predikat organisasi dan perilaku kerjanya dinilai oleh atasannya");
      } else {
        row.require(nip == null || byNip.containsKey(nip), "NIP " + nip + " bukan pegawai unit ini (beserta subunitnya) yang dinilai");
      }
      Rating results = row.choice(NEW_RESULTS_RATING, "Rating hasil kerja baru", Rating.class);
      Rating behaviour = row.choice(NEW_BEHAVIOUR_RATING, "Rating perilaku kerja baru", Rating.class);
      String reason = row.text(REASON, "Alasan perubahan", 10, 2000);
      if (row.valid()) {
        changes.add(new Object[] {byNip.get(nip), results.name(), behaviour.name(), reason});
      }
    }
    String deviation = accept ? input.text(DEVIATION_REASON, "Alasan menerima penyimpangan", 10, 2000) : null;
    input.require(accept || !rows.isEmpty(), "Ubah paling sedikit satu rating, atau terima penyimpangan dengan alasannya");
    input.refuseIfInvalid();
    for (Object[] change : changes) {
      String predicate = predicateOf((String) change[1], (String) change[2]);
      UnitResult before = (UnitResult) change[0];
      calibration.recordChange(before, unit, (String) change[1], (String) change[2], predicate, (String) change[3], user);
      audit.record(AuditTrail.Event.of(AuditAction.KALIBRASI, unit, Map.of("sebelum", before.predicate(), "sesudah", predicate,
          "ratingHasilKerja", change[1], "ratingPerilakuKerja", change[2], "alasan", change[3]))
          .aboutInstance(before.processInstanceId()));
    }
    if (accept) {
      audit.record(AuditTrail.Event.of(AuditAction.KALIBRASI, unit, Map.of("penyimpanganDiterima", deviation))
          .aboutInstance(execution.getProcessInstanceId()));
      byNip.values().stream().findFirst().ifPresent(any -> appraisals.notify(any.appraisalId(), user, "KURVA_PENYIMPANGAN",
          "Unit " + unit + ": penyimpangan kurva diterima. " + deviation));
    }
    execution.setVariable(DEVIATION_ACCEPTED, accept);
    execution.setVariable(CHANGES, null);
  }

  /** Service task: the unit's results, calibrated, go back to each employee's appraisal. */
  @ModelApi
  public void release(DelegateExecution execution) {
    String unit = (String) execution.getVariable(UNIT);
    calibration.markReleased(unit, AppraisalVariables.year(execution), execution.getProcessInstanceId());
    for (UnitResult result : calibration.results(predicateUnits.scope(unit), AppraisalVariables.year(execution))) {
      boolean waiting = runtimeService.createExecutionQuery().processInstanceId(result.processInstanceId())
          .messageEventSubscriptionName(AppraisalProcess.UNIT_RESULTS_RELEASED).count() > 0;
      if (!waiting) {
        continue;
      }
      Map<String, Object> calibrated = new HashMap<>();
      calibrated.put(RESULTS_RATING, result.resultsRating());
      calibrated.put(BEHAVIOUR_RATING, result.behaviourRating());
      calibrated.put(PREDICATE, result.predicate());
      calibrated.put(PREDICATE_LABEL, Predicate.labelOf(result.predicate()));
      calibrated.put(CALIBRATION_REASON, calibration.calibrationReason(result.appraisalId()).orElse(null));
      calibrated.put(AppraisalVariables.SUMMARY, finalAssessment.summary(result.appraisalId()));
      calibrated.put(AppraisalVariables.APPEAL_DEADLINE, FinalAssessment.appealDeadline(
          runtimeService.getVariable(result.processInstanceId(), AppraisalVariables.APPEAL_WINDOW)));
      appraisals.setStage(result.appraisalId(), AppraisalStage.HASIL);
      runtimeService.createMessageCorrelation(AppraisalProcess.UNIT_RESULTS_RELEASED).processInstanceId(result.processInstanceId())
          .setVariables(calibrated).correlateWithResult();
    }
  }

  private String predicateOf(String results, String behaviour) {
    return (String) AsSystem.call(identityService, () -> decisionService.evaluateDecisionTableByKey("predikat-kinerja")
        .variables(Map.of(RESULTS_RATING, results, BEHAVIOUR_RATING, behaviour)).evaluate().getSingleEntry());
  }

  private boolean isHead(String nip, CalibrationRepository.Scope scope) {
    return organisation.employee(nip).map(Employee::positionCode).filter(scope.headPost()::equals).isPresent();
  }
}

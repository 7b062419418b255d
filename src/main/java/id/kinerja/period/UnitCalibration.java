package id.kinerja.period;

import static id.kinerja.appraisal.AppraisalVariables.BEHAVIOUR_RATING;
import static id.kinerja.appraisal.AppraisalVariables.PREDICATE;
import static id.kinerja.appraisal.AppraisalVariables.PREDICATE_LABEL;
import static id.kinerja.appraisal.AppraisalVariables.RESULTS_RATING;

import id.kinerja.appraisal.AppraisalRepository;
import id.kinerja.appraisal.AppraisalVariables;
import id.kinerja.assessment.FinalAssessment;
import id.kinerja.assessment.Predicate;
import id.kinerja.assessment.Rating;
import id.kinerja.organisation.Employee;
import id.kinerja.organisation.OrganisationRepository;
import id.kinerja.period.CalibrationRepository.UnitResult;
import id.kinerja.process.AsSystem;
import id.kinerja.process.FormInput;
import id.kinerja.process.JsonVariables;
import id.kinerja.process.OnCompletion;
import id.kinerja.security.Groups;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
 * Calibration (SE MenPANRB 3/2023): when every appraisal of a unit has its predicate, the unit's
 * process {@code kalibrasi-unit} checks them against the curve of the unit's organisation predicate
 * (asking the leader one level up for it if missing). When the curve is broken the unit head
 * changes ratings with a reason, each change recorded, until it holds or the head accepts the
 * deviation with a reason. Then the results are released, calibrated, to the employees, who see
 * them and may appeal against them.
 */
@Component("unitCalibration")
public class UnitCalibration {

  static final String PROCESS_KEY = "kalibrasi-unit";
  static final String RELEASED = "HasilUnitDikalibrasi";
  static final String UNIT = "kodeUnit";

  private final AppraisalRepository appraisals;
  private final OrganisationRepository organisation;
  private final CalibrationRepository calibration;
  private final PeriodSummaryRepository summaries;
  private final UnitPredicates unitPredicates;
  private final CurveBounds curve;
  private final FinalAssessment finalAssessment;
  private final RuntimeService runtimeService;
  private final DecisionService decisionService;
  private final IdentityService identityService;

  UnitCalibration(AppraisalRepository appraisals, OrganisationRepository organisation, CalibrationRepository calibration,
      PeriodSummaryRepository summaries, UnitPredicates unitPredicates, CurveBounds curve, FinalAssessment finalAssessment,
      RuntimeService runtimeService, DecisionService decisionService, IdentityService identityService) {
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

  /** In the employee's appraisal, after the predicate: wait for the unit, and start its calibration when complete. */
  public void enrol(DelegateExecution execution) {
    int year = AppraisalVariables.year(execution);
    boolean calibrates = appraisals.settings(year).calibrates();
    execution.setVariable("menungguKalibrasi", calibrates);
    if (!calibrates) {
      return;
    }
    String unit = organisation.employee((String) execution.getVariable(AppraisalVariables.NIP)).orElseThrow().unitCode();
    calibration.lockUnit(unit);
    appraisals.setStatus(AppraisalVariables.appraisalId(execution), "KALIBRASI");
    if (calibration.withoutPredicate(unit, year) == 0) {
      String businessKey = unit + ":" + year;
      AsSystem.call(identityService, () -> runtimeService.createProcessInstanceQuery().processDefinitionKey(PROCESS_KEY)
          .processInstanceBusinessKey(businessKey).count() > 0 ? null
          : runtimeService.startProcessInstanceByKey(PROCESS_KEY, businessKey,
              Map.of(UNIT, unit, AppraisalVariables.YEAR, year)));
    }
  }

  public void prepare(DelegateExecution execution) {
    String unit = (String) execution.getVariable(UNIT);
    execution.setVariable("namaUnit", organisation.unit(unit).orElseThrow().name());
    execution.setVariable("predikatOrganisasi", summaries.unitPredicate(unit, AppraisalVariables.year(execution)).orElse(null));
  }

  public void assignLeader(DelegateTask task) {
    assign(task, unitPredicates.leaderAbove((String) task.getVariable(UNIT)).map(Employee::nip).orElse(null));
  }

  public void assignHead(DelegateTask task) {
    assign(task, unitPredicates.headOf((String) task.getVariable(UNIT)).map(Employee::nip).orElse(null));
  }

  @Bean
  ExecutionListener organisationPredicateCheck() {
    return OnCompletion.check(execution -> {
      FormInput input = FormInput.of(execution);
      String predicate = input.text("predikatOrganisasi", "Predikat kinerja organisasi", 1, 20);
      input.require(predicate == null || UnitPredicates.PREDICATES.contains(predicate),
          "Predikat organisasi '" + predicate + "' tidak dikenal");
      input.refuseIfInvalid();
      summaries.saveUnitPredicate((String) execution.getVariable(UNIT), AppraisalVariables.year(execution), predicate,
          AsSystem.currentUserOr(identityService, "pimpinan"));
    });
  }

  /** Service task: counts, shares and broken bounds for the unit head's form. */
  public void checkCurve(DelegateExecution execution) {
    String unit = (String) execution.getVariable(UNIT);
    List<UnitResult> results = calibration.results(unit, AppraisalVariables.year(execution));
    Map<String, Integer> counts = new TreeMap<>();
    results.forEach(r -> counts.merge(r.predicate(), 1, Integer::sum));
    List<DistributionCurve.Violation> broken =
        DistributionCurve.violations(counts, curve.forOrganisationPredicate((String) execution.getVariable("predikatOrganisasi")));
    StringBuilder text = new StringBuilder();
    for (Predicate p : Predicate.values()) {
      int count = counts.getOrDefault(p.name(), 0);
      text.append(p.label()).append(": ").append(count).append(" pegawai (")
          .append(String.format("%.1f", results.isEmpty() ? 0 : 100.0 * count / results.size())).append("%)\n");
    }
    broken.forEach(v -> text.append("Batas dilanggar: ").append(v.message()).append('\n'));
    execution.setVariable("kurvaSesuai", broken.isEmpty());
    execution.setVariable("ringkasanKurva", text.toString().strip());
    execution.setVariable("pegawaiUnit", JsonVariables.of(results.stream().map(r -> {
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
  ExecutionListener unitCalibrationCheck() {
    return OnCompletion.check(this::calibrate);
  }

  void calibrate(DelegateExecution execution) {
    String unit = (String) execution.getVariable(UNIT);
    Map<String, UnitResult> byNip = calibration.results(unit, AppraisalVariables.year(execution)).stream()
        .collect(Collectors.toMap(UnitResult::nip, Function.identity()));
    FormInput input = FormInput.of(execution);
    boolean accept = input.flag("terimaPenyimpangan");
    List<Object[]> changes = new ArrayList<>();
    List<FormInput> rows = execution.getVariable("perubahan") == null ? List.of()
        : input.rows("perubahan", "Perubahan", 0, byNip.size());
    for (FormInput row : rows) {
      String nip = row.text("nip", "NIP", 18, 18);
      row.require(nip == null || byNip.containsKey(nip), "NIP " + nip + " bukan pegawai unit ini yang dinilai");
      Rating results = row.choice("ratingHasilKerjaBaru", "Rating hasil kerja baru", Rating.class);
      Rating behaviour = row.choice("ratingPerilakuKerjaBaru", "Rating perilaku kerja baru", Rating.class);
      String reason = row.text("alasan", "Alasan perubahan", 10, 2000);
      if (row.valid()) {
        changes.add(new Object[] {byNip.get(nip), results.name(), behaviour.name(), reason});
      }
    }
    String deviation = accept ? input.text("alasanPenyimpangan", "Alasan menerima penyimpangan", 10, 2000) : null;
    input.require(accept || !rows.isEmpty(), "Ubah paling sedikit satu rating, atau terima penyimpangan dengan alasannya");
    input.refuseIfInvalid();
    String user = AsSystem.currentUserOr(identityService, "kepala-unit");
    for (Object[] change : changes) {
      String predicate = predicateOf((String) change[1], (String) change[2]);
      calibration.recordChange((UnitResult) change[0], unit, (String) change[1], (String) change[2], predicate,
          (String) change[3], user);
    }
    if (accept) {
      byNip.values().stream().findFirst().ifPresent(any -> appraisals.notify(any.appraisalId(), user, "KURVA_PENYIMPANGAN",
          "Unit " + unit + ": penyimpangan kurva diterima. " + deviation));
    }
    execution.setVariable("terimaPenyimpangan", accept);
    execution.setVariable("perubahan", null);
  }

  /** Service task: the unit's results, calibrated, go back to each employee's appraisal. */
  public void release(DelegateExecution execution) {
    String unit = (String) execution.getVariable(UNIT);
    for (UnitResult result : calibration.results(unit, AppraisalVariables.year(execution))) {
      boolean waiting = runtimeService.createExecutionQuery().processInstanceId(result.processInstanceId())
          .messageEventSubscriptionName(RELEASED).count() > 0;
      if (!waiting) {
        continue;
      }
      Map<String, Object> calibrated = new HashMap<>();
      calibrated.put(RESULTS_RATING, result.resultsRating());
      calibrated.put(BEHAVIOUR_RATING, result.behaviourRating());
      calibrated.put(PREDICATE, result.predicate());
      calibrated.put(PREDICATE_LABEL, Predicate.labelOf(result.predicate()));
      calibrated.put(FinalAssessment.SUMMARY, finalAssessment.summary(result.appraisalId()));
      calibrated.put(FinalAssessment.APPEAL_DEADLINE, FinalAssessment.appealDeadline(
          runtimeService.getVariable(result.processInstanceId(), AppraisalVariables.APPEAL_WINDOW)));
      appraisals.setStatus(result.appraisalId(), "HASIL");
      runtimeService.createMessageCorrelation(RELEASED).processInstanceId(result.processInstanceId())
          .setVariables(calibrated).correlateWithResult();
    }
  }

  private String predicateOf(String results, String behaviour) {
    return (String) AsSystem.call(identityService, () -> decisionService.evaluateDecisionTableByKey("predikat-kinerja")
        .variables(Map.of(RESULTS_RATING, results, BEHAVIOUR_RATING, behaviour)).evaluate().getSingleEntry());
  }

  private static void assign(DelegateTask task, String nip) {
    if (nip != null) {
      task.setAssignee(nip);
    } else {
      task.addCandidateGroup(Groups.PENGELOLA_KINERJA);
    }
  }
}

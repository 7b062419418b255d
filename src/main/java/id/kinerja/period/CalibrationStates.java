package id.kinerja.period;

import id.kinerja.appraisal.AppraisalRepository;
import id.kinerja.audit.AuditAction;
import id.kinerja.audit.AuditTrail;
import id.kinerja.organisation.Unit;
import id.kinerja.process.AsSystem;
import java.sql.Timestamp;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Where each unit's calibration ({@code kalibrasi-unit}) stands in a year, for HR. It starts by
 * itself once every appraisal the unit counts has its predicate ({@link CalibrationStart}); when
 * one never will (someone left), HR starts it for the appraisals already waiting. Nothing else
 * starts or skips a calibration.
 */
@Service
public class CalibrationStates {

  public enum Status {
    TIDAK_DIWAJIBKAN("Kalibrasi tidak diwajibkan tahun ini"),
    /** Not started: it starts by itself once every appraisal it counts has its predicate. */
    MENUNGGU_PREDIKAT("Belum dimulai"),
    BERJALAN("Sedang berjalan"),
    SELESAI("Selesai, hasil sudah dirilis");

    public final String label;

    Status(String label) {
      this.label = label;
    }
  }

  /**
   * One unit carrying an organisation predicate: its counts, its calibration's status and open task
   * (with its holder), and whether HR may start it now and, if not, why.
   */
  public record UnitState(String unitCode, String unitName, String organisationPredicate, int counted, int withoutPredicate,
      int waiting, Status status, String statusLabel, String openTask, String openTaskAssignee, Timestamp releasedAt,
      boolean startable, String notStartableReason) {}

  private final PredicateUnits predicateUnits;
  private final CalibrationRepository calibration;
  private final CalibrationStart calibrationStart;
  private final PeriodSummaryRepository summaries;
  private final AppraisalRepository appraisals;
  private final RuntimeService runtimeService;
  private final TaskService taskService;
  private final IdentityService identityService;
  private final AuditTrail audit;

  CalibrationStates(PredicateUnits predicateUnits, CalibrationRepository calibration, CalibrationStart calibrationStart,
      PeriodSummaryRepository summaries, AppraisalRepository appraisals, RuntimeService runtimeService,
      TaskService taskService, IdentityService identityService, AuditTrail audit) {
    this.predicateUnits = predicateUnits;
    this.calibration = calibration;
    this.calibrationStart = calibrationStart;
    this.summaries = summaries;
    this.appraisals = appraisals;
    this.runtimeService = runtimeService;
    this.taskService = taskService;
    this.identityService = identityService;
    this.audit = audit;
  }

  public List<UnitState> of(int year) {
    boolean required = appraisals.settings(year).calibrates();
    return predicateUnits.setting(year).units().stream().map(unit -> state(unit, year, required)).toList();
  }

  /**
   * HR starts a unit's calibration for the appraisals waiting for it, the others not counted; refused
   * when the unit carries no predicate this year, calibration is off, one runs or ran, or nobody waits.
   */
  @Transactional
  public UnitState start(String unitCode, int year) {
    boolean required = appraisals.settings(year).calibrates();
    Unit unit = predicateUnits.setting(year).units().stream().filter(u -> u.code().equals(unitCode)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("Unit '" + unitCode + "' tidak berpredikat organisasi pada tahun " + year));
    calibration.lockUnit(unitCode);
    UnitState before = state(unit, year, required);
    if (!before.startable()) {
      throw new IllegalStateException("Kalibrasi " + unit.name() + " tidak dapat dimulai: " + before.notStartableReason());
    }
    if (!calibrationStart.startIfNotRunning(predicateUnits.scope(unitCode), year)) {
      throw new IllegalStateException("Kalibrasi " + unit.name() + " sudah berjalan");
    }
    audit.record(AuditTrail.Event.of(AuditAction.KALIBRASI, unitCode + ":" + year, Map.of("dimulaiPengelolaKinerja", true,
        "menunggu", before.waiting(), "belumBerpredikat", before.withoutPredicate())));
    return state(unit, year, required);
  }

  private UnitState state(Unit unit, int year, boolean required) {
    CalibrationRepository.Counts counts = calibration.counts(predicateUnits.scope(unit.code()), year);
    String predicate = summaries.unitPredicate(unit.code(), year).orElse(null);
    Optional<Timestamp> released = calibration.releasedAt(unit.code(), year);
    ProcessInstance running = AsSystem.call(identityService, () -> runtimeService.createProcessInstanceQuery()
        .processDefinitionKey(CalibrationProcess.KEY).processInstanceBusinessKey(unit.code() + ":" + year).singleResult());
    Task task = running == null ? null : AsSystem.call(identityService, () -> taskService.createTaskQuery()
        .processInstanceId(running.getId()).list().stream().findFirst().orElse(null));
    Status status = running != null ? Status.BERJALAN : released.isPresent() ? Status.SELESAI
        : required ? Status.MENUNGGU_PREDIKAT : Status.TIDAK_DIWAJIBKAN;
    String reason = status != Status.MENUNGGU_PREDIKAT ? status.label
        : counts.waiting() == 0 ? "belum ada penilaian yang menunggu kalibrasi" : null;
    return new UnitState(unit.code(), unit.name(), predicate, counts.counted(), counts.withoutPredicate(), counts.waiting(),
        status, status.label, task == null ? null : task.getName(), task == null ? null : task.getAssignee(),
        released.orElse(null), reason == null, reason);
  }
}

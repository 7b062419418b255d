package id.kinerja.period;

import id.kinerja.audit.AuditAction;
import id.kinerja.audit.AuditTrail;
import id.kinerja.organisation.Employee;
import id.kinerja.organisation.OrganisationRepository;
import id.kinerja.organisation.Position;
import id.kinerja.organisation.ReportingLine;
import id.kinerja.process.EngineClock;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The organisation predicate of a unit, set by the leader one level up: whoever holds (an acting
 * holder first) the post above the unit head's post.
 */
@Service
public class UnitPredicates {

  private static final Map<String, String> LABELS = Map.of("ISTIMEWA", "Istimewa", "BAIK", "Baik",
      "BUTUH_PERBAIKAN", "Butuh Perbaikan (Cukup)", "KURANG", "Kurang", "SANGAT_KURANG", "Sangat Kurang");
  static final Set<String> PREDICATES = LABELS.keySet();

  private final OrganisationRepository organisation;
  private final ReportingLine reportingLine;
  private final PeriodSummaryRepository repository;
  private final PredicateUnits predicateUnits;
  private final UnitHeads unitHeads;
  private final CalibrationRepository calibration;
  private final AuditTrail audit;

  UnitPredicates(OrganisationRepository organisation, ReportingLine reportingLine, PeriodSummaryRepository repository,
      PredicateUnits predicateUnits, UnitHeads unitHeads, CalibrationRepository calibration, AuditTrail audit) {
    this.audit = audit;
    this.predicateUnits = predicateUnits;
    this.unitHeads = unitHeads;
    this.calibration = calibration;
    this.organisation = organisation;
    this.reportingLine = reportingLine;
    this.repository = repository;
  }

  @Transactional
  public void set(String unitCode, int year, String predicate, String user) {
    if (organisation.unit(unitCode).isEmpty()) {
      throw new IllegalArgumentException("Unit '" + unitCode + "' tidak ditemukan");
    }
    if (predicate == null || !PREDICATES.contains(predicate)) {
      throw new IllegalArgumentException("Predikat organisasi harus salah satu dari " + PREDICATES);
    }
    if (predicateUnits.of(unitCode, year).filter(unitCode::equals).isEmpty()) {
      throw new IllegalArgumentException("Unit " + unitCode + " tidak membawa predikat organisasi tahun " + year
          + "; unit berpredikat diatur oleh pengelola kinerja (GET /api/periods/" + year + "/predicate-units)");
    }
    Optional<Employee> leader = leaderAbove(unitCode);
    if (leader.map(Employee::nip).filter(user::equals).isEmpty()) {
      throw new AccessDeniedException("Predikat organisasi unit " + unitCode + " ditetapkan oleh "
          + leader.map(l -> l.name() + " (" + l.nip() + ")").orElse("pimpinan satu tingkat di atasnya"));
    }
    save(unitCode, year, predicate, user);
  }

  /** Stores the organisation predicate, and who set it on the audit trail; the unit's head waiting for it goes on. */
  void save(String unitCode, int year, String predicate, String user) {
    calibration.lockUnit(unitCode);
    repository.saveUnitPredicate(unitCode, year, predicate, user);
    audit.record(AuditTrail.Event.of(AuditAction.PREDIKAT_ORGANISASI, unitCode + ":" + year, Map.of("predikat", predicate)));
    unitHeads.predicateSet(unitCode, year, predicate);
  }

  /** "Butuh Perbaikan (Cukup)" for BUTUH_PERBAIKAN. */
  public static String label(String predicate) {
    return LABELS.getOrDefault(predicate, predicate);
  }

  /** Who holds the post the unit head reports to today (or acts for it while it is vacant). */
  public Optional<Employee> leaderAbove(String unitCode) {
    return leaderDuty(unitCode).flatMap(ReportingLine.Duty::holder);
  }

  /** The duty of the post the unit head reports to: its holder sets the unit's predicate. */
  public Optional<ReportingLine.Duty> leaderDuty(String unitCode) {
    return organisation.headPost(unitCode).map(Position::reportsToCode)
        .map(post -> reportingLine.dutyOf(post, EngineClock.today(), null));
  }

  /** The duty of the unit's head post: its holder (an acting holder first) calibrates the unit. */
  public Optional<ReportingLine.Duty> headDuty(String unitCode) {
    return organisation.headPost(unitCode).map(post -> reportingLine.dutyOf(post.code(), EngineClock.today(), null));
  }
}

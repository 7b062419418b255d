package id.kinerja.period;

import id.kinerja.assessment.Predicate;
import id.kinerja.audit.AuditAction;
import id.kinerja.audit.AuditTrail;
import id.kinerja.organisation.OrganisationRepository;
import id.kinerja.organisation.Unit;
import id.kinerja.period.PeriodSummaryRepository.Person;
import id.kinerja.period.PeriodSummaryRepository.StageCount;
import id.kinerja.period.PeriodSummaryRepository.Unfinished;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The summary of a period for HR: predicates and the distribution curve per unit carrying an
 * organisation predicate, training
 * referrals grouped by topic (many staff needing IT skills make one course), award nominations,
 * tasks past their due date, the appraisals not final yet with their stage, and how many are in
 * each stage. Closing the period records it.
 */
@Service
public class PeriodSummaries {

  /**
   * The predicates counted in a unit carrying an organisation predicate (with its subunits, without its
   * head, whose predicate is in {@code heads}), or in a unit outside any such unit (no curve).
   */
  public record UnitSummary(String unitCode, String unitName, String organisationPredicate, Map<String, Integer> counts,
      List<String> curveBroken, Map<String, String> heads, List<CurveBound> curve) {}

  /**
   * One bound of the unit's curve, as the decision table gives it, with its wording for people and
   * whether the unit breaks it (null while the unit counts too few for a curve).
   */
  public record CurveBound(List<String> predicates, DistributionCurve.BoundKind kind, double value, String description,
      Boolean broken) {

    static CurveBound of(DistributionCurve.Bound bound, Boolean broken) {
      return new CurveBound(List.copyOf(bound.predicates()), bound.kind(), bound.value(), bound.describe(Predicate::labelOf),
          broken);
    }
  }

  public record TopicGroup(String topic, int count, List<String> nips, String label) {}

  public record Summary(int year, List<UnitSummary> units, List<TopicGroup> training, List<Person> awards,
      List<PeriodSummaryRepository.LateTask> lateTasks, List<Unfinished> unfinished, PeriodSummaryRepository.Closing closing,
      List<StageCount> stages) {}

  private final PeriodSummaryRepository repository;
  private final PredicateUnits predicateUnits;
  private final OrganisationRepository organisation;
  private final CurveBounds curve;
  private final AuditTrail audit;

  PeriodSummaries(PeriodSummaryRepository repository, PredicateUnits predicateUnits, OrganisationRepository organisation,
      CurveBounds curve, AuditTrail audit) {
    this.audit = audit;
    this.predicateUnits = predicateUnits;
    this.organisation = organisation;
    this.repository = repository;
    this.curve = curve;
  }

  public Summary summary(int year) {
    Map<String, String> predicateUnitOf = predicateUnits.assignment(year);
    Map<String, String> headPosts = new HashMap<>();
    Map<String, UnitSummary> units = new TreeMap<>();
    for (PeriodSummaryRepository.FinalPredicate row : repository.finalPredicates(year)) {
      String predicateUnit = predicateUnitOf.get(row.unitCode());
      String code = predicateUnit != null ? predicateUnit : row.unitCode();
      UnitSummary unit = units.computeIfAbsent(code, c -> new UnitSummary(c, organisation.unit(c).map(Unit::name).orElse(c),
          predicateUnit == null ? null : repository.unitPredicate(c, year).orElse(null), new TreeMap<>(), new ArrayList<>(),
          new TreeMap<>(), new ArrayList<>()));
      boolean head = predicateUnit != null && headPosts.computeIfAbsent(predicateUnit,
          u -> predicateUnits.headPost(u).orElse("")).equals(row.positionCode());
      if (head) {
        unit.heads().put(row.nip(), row.predicate());
      } else {
        unit.counts().merge(row.predicate(), 1, Integer::sum);
      }
    }
    for (UnitSummary unit : units.values()) {
      int counted = unit.counts().values().stream().mapToInt(Integer::intValue).sum();
      List<DistributionCurve.Bound> bounds = unit.organisationPredicate() == null ? List.of()
          : curve.forOrganisationPredicate(unit.organisationPredicate());
      boolean applies = counted >= UnitCalibration.CURVE_MINIMUM;
      List<DistributionCurve.Violation> violations = applies ? DistributionCurve.violations(unit.counts(), bounds) : List.of();
      violations.forEach(v -> unit.curveBroken().add(v.message()));
      bounds.forEach(bound -> unit.curve().add(CurveBound.of(bound,
          applies ? violations.stream().anyMatch(v -> v.bound().equals(bound)) : null)));
    }
    Map<String, List<String>> byTopic = new TreeMap<>();
    for (Person referral : repository.trainingReferrals(year)) {
      for (String topic : Arrays.asList(referral.detail().split(","))) {
        byTopic.computeIfAbsent(topic.strip(), t -> new ArrayList<>()).add(referral.nip());
      }
    }
    Map<String, String> labels = repository.topicLabels();
    List<TopicGroup> training = byTopic.entrySet().stream()
        .map(e -> new TopicGroup(e.getKey(), e.getValue().size(), e.getValue(), labels.getOrDefault(e.getKey(), e.getKey())))
        .toList();
    return new Summary(year, List.copyOf(units.values()), training, repository.awardNominations(year),
        repository.lateTasks(year),
        repository.unfinished(year), repository.closing(year).orElse(null), repository.stages(year));
  }

  /** Closes the period; with appraisals not final yet only when forced, and they are listed either way. */
  @Transactional
  public Summary close(int year, boolean force, String closedBy) {
    if (repository.closing(year).isPresent()) {
      throw new IllegalStateException("Periode " + year + " sudah ditutup");
    }
    List<Unfinished> unfinished = repository.unfinished(year);
    if (!unfinished.isEmpty() && !force) {
      throw new NotFinished(year, unfinished);
    }
    repository.close(year, closedBy, unfinished.size());
    audit.record(AuditTrail.Event.of(AuditAction.PERIODE_DITUTUP, "periode " + year,
        Map.of("dipaksa", force, "belumFinal", unfinished.size())));
    return summary(year);
  }

  /** Appraisals of the year that are not final: the period stays open unless closing is forced. */
  public static class NotFinished extends RuntimeException {
    private final List<Unfinished> unfinished;

    NotFinished(int year, List<Unfinished> unfinished) {
      super("Periode " + year + " belum dapat ditutup: " + unfinished.size() + " penilaian belum final");
      this.unfinished = unfinished;
    }

    public List<Unfinished> unfinished() {
      return unfinished;
    }
  }
}

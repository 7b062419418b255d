package id.kinerja.period;

import id.kinerja.process.AsSystem;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.stereotype.Service;

/** The bounds of the curve for an organisation predicate, from the process owner's decision table. */
@Service
public class CurveBounds {

  static final String DECISION = "kurva-distribusi";
  /** Outputs of the table: the employee predicates a bound counts (comma separated), its kind and value. */
  public static final String EMPLOYEE_PREDICATES = "predikatPegawai";
  public static final String BOUND_KIND = "jenisBatas";
  static final String BOUND_VALUE = "nilaiBatas";

  private final DecisionService decisionService;
  private final IdentityService identityService;

  CurveBounds(DecisionService decisionService, IdentityService identityService) {
    this.decisionService = decisionService;
    this.identityService = identityService;
  }

  public List<DistributionCurve.Bound> forOrganisationPredicate(String organisationPredicate) {
    return AsSystem.call(identityService, () -> decisionService.evaluateDecisionTableByKey(DECISION)
            .variables(Map.of("predikatOrganisasi", organisationPredicate)).evaluate())
        .getResultList().stream()
        .map(row -> DistributionCurve.Bound.of((String) row.get(EMPLOYEE_PREDICATES), (String) row.get(BOUND_KIND),
            ((Number) row.get(BOUND_VALUE)).doubleValue()))
        .toList();
  }
}

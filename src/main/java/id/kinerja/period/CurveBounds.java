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
        .map(row -> DistributionCurve.Bound.of((String) row.get("predikatPegawai"), (String) row.get("jenisBatas"),
            ((Number) row.get("nilaiBatas")).doubleValue()))
        .toList();
  }
}

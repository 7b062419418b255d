package id.kinerja.period;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.delegate.DmnDecisionTableEvaluationEvent;
import org.camunda.bpm.dmn.engine.delegate.DmnEvaluatedDecisionRule;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.impl.DmnDecisionTableImpl;
import org.camunda.bpm.model.dmn.HitPolicy;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Evaluates processes/hasil-kerja-kepala-unit.dmn with the plain DMN engine (no Spring, no process engine). */
class HasilKerjaKepalaUnitDecisionTest {

  private static final List<DmnDecisionTableEvaluationEvent> EVENTS = new ArrayList<>();
  private static DmnEngine engine;
  private static DmnDecision decision;

  @BeforeAll
  static void parseDecision() throws IOException {
    DefaultDmnEngineConfiguration configuration =
        (DefaultDmnEngineConfiguration) DmnEngineConfiguration.createDefaultDmnEngineConfiguration();
    configuration.customPostDecisionTableEvaluationListeners(List.of(EVENTS::add));
    engine = configuration.buildEngine();
    try (InputStream dmn = HasilKerjaKepalaUnitDecisionTest.class.getResourceAsStream("/processes/hasil-kerja-kepala-unit.dmn")) {
      assertThat(dmn).as("processes/hasil-kerja-kepala-unit.dmn on the classpath").isNotNull();
      decision = engine.parseDecision(UnitHeads.DECISION, dmn);
    }
  }

  @BeforeEach
  void clearEvents() {
    EVENTS.clear();
  }

  @ParameterizedTest(name = "organisasi {0} -> hasil kerja kepala {1}")
  @CsvSource(delimiter = '|', textBlock = """
      ISTIMEWA        | DI_ATAS_EKSPEKTASI  | Rule_Istimewa
      BAIK            | SESUAI_EKSPEKTASI   | Rule_Baik
      BUTUH_PERBAIKAN | DI_BAWAH_EKSPEKTASI | Rule_ButuhPerbaikanKurangSangatKurang
      KURANG          | DI_BAWAH_EKSPEKTASI | Rule_ButuhPerbaikanKurangSangatKurang
      SANGAT_KURANG   | DI_BAWAH_EKSPEKTASI | Rule_ButuhPerbaikanKurangSangatKurang
      """)
  void everyOrganisationPredicateGivesTheHeadsResultsRating(String organisation, String results, String ruleId) {
    DmnDecisionResult result = evaluate(organisation);

    assertThat(result.<String>getSingleEntry()).isEqualTo(results);
    assertThat(matchedRuleIds()).containsExactly(ruleId);
  }

  @Test
  void theTableIsUniqueWithThreeRules() {
    DmnDecisionTableImpl table = (DmnDecisionTableImpl) decision.getDecisionLogic();

    assertThat(table.getHitPolicyHandler().getHitPolicyEntry().getHitPolicy()).isEqualTo(HitPolicy.UNIQUE);
    assertThat(table.getRules()).hasSize(3);
  }

  @Test
  void anUnknownOrMissingPredicateMatchesNothing() {
    assertThat(evaluate("CUKUP")).isEmpty();
    assertThat(evaluate(null)).isEmpty();
    assertThat(matchedRuleIds()).isEmpty();
  }

  private static DmnDecisionResult evaluate(String organisation) {
    Map<String, Object> variables = new HashMap<>();
    variables.put("predikatOrganisasi", organisation);
    return engine.evaluateDecision(decision, variables);
  }

  private static List<String> matchedRuleIds() {
    return EVENTS.get(EVENTS.size() - 1).getMatchingRules().stream()
        .map(DmnEvaluatedDecisionRule::getId)
        .toList();
  }
}

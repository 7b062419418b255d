package id.kinerja.assessment;

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

/** Evaluates processes/predikat-kinerja.dmn with the plain DMN engine (no Spring, no process engine). */
class PredikatKinerjaDecisionTest {

  private static final List<DmnDecisionTableEvaluationEvent> EVENTS = new ArrayList<>();
  private static DmnEngine engine;
  private static DmnDecision decision;

  @BeforeAll
  static void parseDecision() throws IOException {
    DefaultDmnEngineConfiguration configuration =
        (DefaultDmnEngineConfiguration) DmnEngineConfiguration.createDefaultDmnEngineConfiguration();
    configuration.customPostDecisionTableEvaluationListeners(List.of(EVENTS::add));
    engine = configuration.buildEngine();
    try (InputStream dmn = PredikatKinerjaDecisionTest.class.getResourceAsStream("/processes/predikat-kinerja.dmn")) {
      assertThat(dmn).as("processes/predikat-kinerja.dmn on the classpath").isNotNull();
      decision = engine.parseDecision("predikat-kinerja", dmn);
    }
  }

  @BeforeEach
  void clearEvents() {
    EVENTS.clear();
  }

  @ParameterizedTest(name = "hasil {0}, perilaku {1} -> {2}")
  @CsvSource(delimiter = '|', textBlock = """
      DI_ATAS_EKSPEKTASI  | DI_BAWAH_EKSPEKTASI | KURANG          | Rule_HasilDiAtas_PerilakuDiBawah
      DI_ATAS_EKSPEKTASI  | SESUAI_EKSPEKTASI   | BAIK            | Rule_HasilDiAtas_PerilakuSesuai
      DI_ATAS_EKSPEKTASI  | DI_ATAS_EKSPEKTASI  | SANGAT_BAIK     | Rule_HasilDiAtas_PerilakuDiAtas
      SESUAI_EKSPEKTASI   | DI_BAWAH_EKSPEKTASI | KURANG          | Rule_HasilSesuai_PerilakuDiBawah
      SESUAI_EKSPEKTASI   | SESUAI_EKSPEKTASI   | BAIK            | Rule_HasilSesuai_PerilakuSesuai
      SESUAI_EKSPEKTASI   | DI_ATAS_EKSPEKTASI  | BAIK            | Rule_HasilSesuai_PerilakuDiAtas
      DI_BAWAH_EKSPEKTASI | DI_BAWAH_EKSPEKTASI | SANGAT_KURANG   | Rule_HasilDiBawah_PerilakuDiBawah
      DI_BAWAH_EKSPEKTASI | SESUAI_EKSPEKTASI   | BUTUH_PERBAIKAN | Rule_HasilDiBawah_PerilakuSesuai
      DI_BAWAH_EKSPEKTASI | DI_ATAS_EKSPEKTASI  | BUTUH_PERBAIKAN | Rule_HasilDiBawah_PerilakuDiAtas
      """)
  void everyCellOfTheMatrixHasItsOwnRule(String hasil, String perilaku, String predikat, String ruleId) {
    DmnDecisionResult result = evaluate(hasil, perilaku);

    assertThat(result.<String>getSingleEntry()).isEqualTo(predikat);
    assertThat(matchedRuleIds()).containsExactly(ruleId);
  }

  @Test
  void theTableIsUniqueWithExactlyNineRules() {
    DmnDecisionTableImpl table = (DmnDecisionTableImpl) decision.getDecisionLogic();

    assertThat(table.getHitPolicyHandler().getHitPolicyEntry().getHitPolicy()).isEqualTo(HitPolicy.UNIQUE);
    assertThat(table.getRules()).hasSize(9);
  }

  @Test
  void unknownOrMissingRatingsMatchNothingAndDoNotThrow() {
    assertThat(evaluate("LUAR_BIASA", "SESUAI_EKSPEKTASI")).isEmpty();
    assertThat(evaluate("SESUAI_EKSPEKTASI", null)).isEmpty();
    assertThat(evaluate("sesuai_ekspektasi", "SESUAI_EKSPEKTASI").<String>getSingleEntry()).isNull();
    assertThat(matchedRuleIds()).isEmpty();
  }

  private static DmnDecisionResult evaluate(String hasil, String perilaku) {
    Map<String, Object> variables = new HashMap<>();
    variables.put("ratingHasilKerja", hasil);
    variables.put("ratingPerilakuKerja", perilaku);
    return engine.evaluateDecision(decision, variables);
  }

  private static List<String> matchedRuleIds() {
    return EVENTS.get(EVENTS.size() - 1).getMatchingRules().stream()
        .map(DmnEvaluatedDecisionRule::getId)
        .toList();
  }
}

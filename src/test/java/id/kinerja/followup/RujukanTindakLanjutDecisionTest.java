package id.kinerja.followup;

import static org.assertj.core.api.Assertions.assertThat;

import id.kinerja.coaching.Competency;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.delegate.DmnDecisionTableEvaluationEvent;
import org.camunda.bpm.dmn.engine.delegate.DmnEvaluatedDecisionRule;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Evaluates processes/rujukan-tindak-lanjut.dmn (hit policy COLLECT) with the plain DMN engine. */
class RujukanTindakLanjutDecisionTest {

  private static final String PREDIKAT_RENDAH = "Rule_PredikatRendah";
  private static final String KOMPETEN_DI_BAWAH = "Rule_KompetenDiBawahEkspektasi";
  private static final String SKOR_RENDAH = "Rule_SkorKompetensiRendah";
  private static final String SANGAT_BAIK = "Rule_PredikatSangatBaik";

  private static final List<DmnDecisionTableEvaluationEvent> EVENTS = new ArrayList<>();
  private static DmnEngine engine;
  private static DmnDecision decision;

  @BeforeAll
  static void parseDecision() throws IOException {
    DefaultDmnEngineConfiguration configuration =
        (DefaultDmnEngineConfiguration) DmnEngineConfiguration.createDefaultDmnEngineConfiguration();
    configuration.customPostDecisionTableEvaluationListeners(List.of(EVENTS::add));
    engine = configuration.buildEngine();
    try (InputStream dmn = RujukanTindakLanjutDecisionTest.class.getResourceAsStream("/processes/rujukan-tindak-lanjut.dmn")) {
      assertThat(dmn).as("processes/rujukan-tindak-lanjut.dmn on the classpath").isNotNull();
      decision = engine.parseDecision("rujukan-tindak-lanjut", dmn);
    }
  }

  @BeforeEach
  void clearEvents() {
    EVENTS.clear();
  }

  @ParameterizedTest
  @ValueSource(strings = {"BUTUH_PERBAIKAN", "KURANG", "SANGAT_KURANG"})
  void aLowPredicateRefersToPerformanceTraining(String predikat) {
    assertThat(evaluate(predikat, "SESUAI_EKSPEKTASI", null, null))
        .containsExactly(row(true, "PENINGKATAN_KINERJA", "Peningkatan kinerja", false));
    assertThat(matchedRuleIds()).containsExactly(PREDIKAT_RENDAH);
  }

  @Test
  void kompetenBelowExpectationRefersToTechnicalTraining() {
    assertThat(evaluate("BAIK", "DI_BAWAH_EKSPEKTASI", null, null))
        .containsExactly(row(true, "TEKNIS_JABATAN", "Kompetensi teknis jabatan", false));
    assertThat(matchedRuleIds()).containsExactly(KOMPETEN_DI_BAWAH);
  }

  @Test
  void aLowCoachingScoreRefersToTheLowestCompetency() {
    assertThat(evaluate("BAIK", "SESUAI_EKSPEKTASI", 1, "LITERASI_DIGITAL"))
        .containsExactly(row(true, "LITERASI_DIGITAL", Competency.labelOf("LITERASI_DIGITAL"), false));
    assertThat(matchedRuleIds()).containsExactly(SKOR_RENDAH);
  }

  @Test
  void sangatBaikIsNominatedForAnAwardWithoutTraining() {
    List<Map<String, Object>> result = evaluate("SANGAT_BAIK", "DI_ATAS_EKSPEKTASI", 4, "KOMUNIKASI");

    assertThat(result).containsExactly(row(false, null, null, true));
    assertThat(result.get(0)).containsKey("topikPelatihan");
    assertThat(matchedRuleIds()).containsExactly(SANGAT_BAIK);
  }

  @Test
  void collectReturnsOneRowPerMatchingRuleInTableOrder() {
    assertThat(evaluate("KURANG", "DI_BAWAH_EKSPEKTASI", 2, "KOMUNIKASI")).containsExactly(
        row(true, "PENINGKATAN_KINERJA", "Peningkatan kinerja", false),
        row(true, "TEKNIS_JABATAN", "Kompetensi teknis jabatan", false),
        row(true, "KOMUNIKASI", Competency.labelOf("KOMUNIKASI"), false));
    assertThat(matchedRuleIds()).containsExactly(PREDIKAT_RENDAH, KOMPETEN_DI_BAWAH, SKOR_RENDAH);
  }

  @Test
  void anAwardAndAReferralCanComeTogether() {
    assertThat(evaluate("SANGAT_BAIK", "DI_BAWAH_EKSPEKTASI", 2, "PELAYANAN_PUBLIK")).containsExactly(
        row(true, "TEKNIS_JABATAN", "Kompetensi teknis jabatan", false),
        row(true, "PELAYANAN_PUBLIK", Competency.labelOf("PELAYANAN_PUBLIK"), false),
        row(false, null, null, true));
    assertThat(matchedRuleIds()).containsExactly(KOMPETEN_DI_BAWAH, SKOR_RENDAH, SANGAT_BAIK);
  }

  @Test
  void nothingMatchesForBaikWithoutCoachingScore() {
    assertThat(evaluate("BAIK", "SESUAI_EKSPEKTASI", null, null)).isEmpty();
    assertThat(matchedRuleIds()).isEmpty();
  }

  @Test
  void aMissingScoreVariableAlsoMatchesNothing() {
    Map<String, Object> variables = new HashMap<>();
    variables.put("predikatKinerja", "BAIK");
    variables.put("ratingKompeten", "SESUAI_EKSPEKTASI");

    assertThat(engine.evaluateDecision(decision, variables).getResultList()).isEmpty();
  }

  @Test
  void scoreTwoIsTheHighestScoreThatRefers() {
    assertThat(evaluate("BAIK", "SESUAI_EKSPEKTASI", 2, "ADMINISTRASI"))
        .containsExactly(row(true, "ADMINISTRASI", Competency.labelOf("ADMINISTRASI"), false));
    assertThat(evaluate("BAIK", "SESUAI_EKSPEKTASI", 3, "ADMINISTRASI")).isEmpty();
  }

  @Test
  void aScoreStoredAsLongIsAcceptedAsInteger() {
    assertThat(evaluate("BAIK", "SESUAI_EKSPEKTASI", 2L, "KEPEMIMPINAN"))
        .containsExactly(row(true, "KEPEMIMPINAN", Competency.labelOf("KEPEMIMPINAN"), false));
  }

  private static List<Map<String, Object>> evaluate(
      String predikat, String ratingKompeten, Number skor, String kompetensi) {
    Map<String, Object> variables = new HashMap<>();
    variables.put("predikatKinerja", predikat);
    variables.put("ratingKompeten", ratingKompeten);
    variables.put("skorKompetensiTerendah", skor);
    variables.put("kompetensiTerendah", kompetensi);
    variables.put("labelKompetensiTerendah", kompetensi == null ? null : Competency.labelOf(kompetensi));
    return engine.evaluateDecision(decision, variables).getResultList();
  }

  private static Map<String, Object> row(boolean rujukan, String topik, String label, boolean nominasi) {
    Map<String, Object> row = new HashMap<>();
    row.put("rujukanPelatihan", rujukan);
    row.put("topikPelatihan", topik);
    row.put("labelTopik", label);
    row.put("nominasiPenghargaan", nominasi);
    return row;
  }

  private static List<String> matchedRuleIds() {
    return EVENTS.get(EVENTS.size() - 1).getMatchingRules().stream()
        .map(DmnEvaluatedDecisionRule::getId)
        .toList();
  }
}

package id.kinerja.period;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Each bound of processes/kurva-distribusi.dmn on both sides, for every organisation predicate:
 * units of 10 employees given as counts (SB, B, BP, K, SK).
 */
class DistributionCurveTest {

  private static DmnEngine engine;
  private static DmnDecision decision;

  @BeforeAll
  static void parse() throws Exception {
    engine = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
    try (InputStream dmn = DistributionCurveTest.class.getResourceAsStream("/processes/kurva-distribusi.dmn")) {
      decision = engine.parseDecision("kurva-distribusi", dmn);
    }
  }

  @ParameterizedTest(name = "{0} SB={1} B={2} BP={3} K={4} SK={5}: {6}")
  @CsvSource(delimiter = '|', textBlock = """
      ISTIMEWA        | 7 | 3 | 0 | 0 | 0 | ''
      ISTIMEWA        | 8 | 2 | 0 | 0 | 0 | paling banyak 70% SANGAT_BAIK
      BAIK            | 2 | 7 | 1 | 0 | 0 | ''
      BAIK            | 1 | 8 | 1 | 0 | 0 | paling banyak 70% BAIK
      BAIK            | 3 | 7 | 0 | 0 | 0 | paling sedikit 1 pegawai BUTUH_PERBAIKAN atau KURANG
      BAIK            | 2 | 7 | 0 | 1 | 0 | ''
      BUTUH_PERBAIKAN | 1 | 3 | 6 | 0 | 0 | ''
      BUTUH_PERBAIKAN | 1 | 4 | 5 | 0 | 0 | paling sedikit 60% BUTUH_PERBAIKAN
      BUTUH_PERBAIKAN | 2 | 2 | 6 | 0 | 0 | paling banyak 10% SANGAT_BAIK
      KURANG          | 1 | 2 | 1 | 6 | 0 | ''
      KURANG          | 1 | 3 | 1 | 5 | 0 | paling sedikit 60% KURANG
      KURANG          | 1 | 3 | 0 | 6 | 0 | paling sedikit 10% BUTUH_PERBAIKAN
      KURANG          | 2 | 1 | 1 | 6 | 0 | paling banyak 10% SANGAT_BAIK
      SANGAT_KURANG   | 0 | 3 | 0 | 1 | 6 | ''
      SANGAT_KURANG   | 0 | 4 | 0 | 1 | 5 | paling sedikit 60% SANGAT_KURANG
      SANGAT_KURANG   | 0 | 3 | 1 | 0 | 6 | ''
      SANGAT_KURANG   | 0 | 4 | 0 | 0 | 6 | paling sedikit 10% KURANG atau BUTUH_PERBAIKAN
      SANGAT_KURANG   | 1 | 2 | 0 | 1 | 6 | tidak boleh ada SANGAT_BAIK
      """)
  void eachBoundOnBothSides(String organisation, int sb, int b, int bp, int k, int sk, String broken) {
    Map<String, Integer> counts = new HashMap<>(Map.of("SANGAT_BAIK", sb, "BAIK", b, "BUTUH_PERBAIKAN", bp,
        "KURANG", k, "SANGAT_KURANG", sk));

    List<DistributionCurve.Violation> violations = DistributionCurve.violations(counts, bounds(organisation));

    if (broken.isEmpty()) {
      assertThat(violations).isEmpty();
    } else {
      assertThat(violations).singleElement().satisfies(v -> assertThat(v.message()).startsWith(broken));
    }
  }

  @ParameterizedTest
  @CsvSource({"ISTIMEWA,1", "BAIK,2", "BUTUH_PERBAIKAN,2", "KURANG,3", "SANGAT_KURANG,3"})
  void everyOrganisationPredicateHasItsBounds(String organisation, int bounds) {
    assertThat(bounds(organisation)).hasSize(bounds);
  }

  private static List<DistributionCurve.Bound> bounds(String organisation) {
    return engine.evaluateDecisionTable(decision, Map.of("predikatOrganisasi", organisation)).getResultList().stream()
        .map(row -> DistributionCurve.Bound.of((String) row.get("predikatPegawai"), (String) row.get("jenisBatas"),
            ((Number) row.get("nilaiBatas")).doubleValue()))
        .toList();
  }
}

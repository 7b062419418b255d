package id.kinerja.document;

import id.kinerja.assessment.Predicate;
import id.kinerja.assessment.Rating;
import id.kinerja.period.CurveBounds;
import id.kinerja.period.PredicateUnits;
import id.kinerja.period.UnitPredicates;
import java.sql.Timestamp;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What both evaluation documents read of a year's result: the capaian kinerja organisasi of the
 * unit the employee is counted in with its distribution pattern, and the rater's annual rating as
 * it stands (after calibration and an appeal's decision).
 */
@Component
class AppraisalOutcome {

  /** The annual rating as {@code kinerja.final_rating} holds it. */
  record FinalRating(String summary, String resultsRating, String resultsReason, String behaviourRating, String predicate,
      String raterNip, Timestamp ratedAt, String appealDecision, String appealReason, String calibrationReason) {}

  static final String NOT_SET = "Belum ditetapkan";

  private final JdbcClient jdbc;
  private final PredicateUnits predicateUnits;
  private final CurveBounds curves;

  AppraisalOutcome(JdbcClient jdbc, PredicateUnits predicateUnits, CurveBounds curves) {
    this.jdbc = jdbc;
    this.predicateUnits = predicateUnits;
    this.curves = curves;
  }

  /** The rater's rating once given ({@code rated_at} set). */
  Optional<FinalRating> finalRating(long appraisalId) {
    return jdbc.sql("select summary, results_rating, results_reason, behaviour_rating, predicate, rater_nip, rated_at,"
            + " appeal_decision, appeal_reason, calibration_reason from kinerja.final_rating"
            + " where appraisal_id = ? and rated_at is not null")
        .param(appraisalId).query(FinalRating.class).optional();
  }

  /**
   * The organisation predicate of the unit carrying one that the employee's unit is counted in, and
   * the bounds its curve puts on the employees' predicates; "Belum ditetapkan" until the leader sets it.
   */
  Map<String, Object> organisation(String nip, int year) {
    Optional<String> unit = jdbc.sql("select unit_code from kinerja.employee where nip = ?").param(nip).query(String.class)
        .optional().flatMap(own -> predicateUnits.of(own, year));
    Optional<String> predicate = unit.flatMap(code -> jdbc.sql("select predicate from kinerja.unit_predicate"
        + " where unit_code = ? and period_year = ?").params(code, year).query(String.class).optional());
    Map<String, Object> organisation = new LinkedHashMap<>();
    organisation.put("unit", unit.flatMap(code -> jdbc.sql("select name from kinerja.org_unit where code = ?").param(code)
        .query(String.class).optional()).orElse("-"));
    organisation.put("predikat", predicate.map(UnitPredicates::label).orElse(NOT_SET));
    organisation.put("pola", predicate.map(p -> curves.forOrganisationPredicate(p).stream()
        .map(bound -> capitalised(bound.describe(Predicate::labelOf))).toList()).orElse(List.of()));
    return organisation;
  }

  static String rating(String code) {
    return code == null ? NOT_SET : Arrays.stream(Rating.values()).filter(r -> r.name().equals(code)).map(Rating::label)
        .findFirst().orElse(code);
  }

  static String predicate(String code) {
    return code == null ? NOT_SET : Predicate.labelOf(code);
  }

  private static String capitalised(String text) {
    return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }
}

package id.kinerja.assessment;

import id.kinerja.appraisal.AppraisalStage;
import id.kinerja.process.EngineClock;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The self-assessment, the rater's final ratings with reasons, and the predicate. */
@Repository
public class AssessmentRepository {

  public record SelfAssessment(long resultId, String achievement, String evidenceUrl, String selfRating) {}

  /** The rating as it stands; after an appeal, with the reviewer's decision and its reason. */
  public record FinalRating(String resultsRating, String resultsReason, String behaviourRating, String predicate,
      String raterNip, String appealDecision, String appealReason, String calibrationReason) {

    public boolean changedByAppeal() {
      return APPEAL_CHANGED.equals(appealDecision);
    }
  }

  /** How the appeal reviewer decided, as {@code final_rating.appeal_decision} records it. */
  static final String APPEAL_CHANGED = "UBAH";
  static final String APPEAL_CONFIRMED = "TETAPKAN";

  public record ValueRating(String valueCode, String rating, String reason) {}

  private final JdbcClient jdbc;

  public AssessmentRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public void saveSelfAssessment(long appraisalId, List<SelfAssessment> rows, String summary) {
    jdbc.sql("delete from kinerja.self_assessment where appraisal_id = ?").param(appraisalId).update();
    for (SelfAssessment r : rows) {
      jdbc.sql("insert into kinerja.self_assessment (appraisal_id, result_id, achievement, evidence_url, self_rating)"
              + " values (?, ?, ?, ?, ?)")
          .params(appraisalId, r.resultId(), r.achievement(), r.evidenceUrl(), r.selfRating()).update();
    }
    ensureFinalRating(appraisalId);
    jdbc.sql("update kinerja.final_rating set summary = ? where appraisal_id = ?").params(summary, appraisalId).update();
  }

  public void saveRating(long appraisalId, String resultsRating, String resultsReason, String behaviourRating,
      List<ValueRating> values, String raterNip) {
    ensureFinalRating(appraisalId);
    jdbc.sql("update kinerja.final_rating set results_rating = ?, results_reason = ?, behaviour_rating = ?,"
            + " rater_nip = ?, rated_at = ? where appraisal_id = ?")
        .params(resultsRating, resultsReason, behaviourRating, raterNip, EngineClock.now(), appraisalId).update();
    jdbc.sql("delete from kinerja.behaviour_rating where appraisal_id = ?").param(appraisalId).update();
    for (ValueRating v : values) {
      jdbc.sql("insert into kinerja.behaviour_rating (appraisal_id, value_code, rating, reason) values (?, ?, ?, ?)")
          .params(appraisalId, v.valueCode(), v.rating(), v.reason()).update();
    }
  }

  public void savePredicate(long appraisalId, String predicate) {
    jdbc.sql("update kinerja.final_rating set predicate = ? where appraisal_id = ?").params(predicate, appraisalId).update();
    jdbc.sql("update kinerja.appraisal set predicate = ?, status = ? where id = ?")
        .params(predicate, AppraisalStage.HASIL.name(), appraisalId).update();
  }

  /**
   * The appeal changed the result: the decided ratings and predicate replace the rater's, with the
   * decision's reason as the reason for the results rating (the rater's is kept with the appeal).
   */
  public void applyAppealChange(long appraisalId, String resultsRating, String behaviourRating, String predicate,
      String reason) {
    jdbc.sql("update kinerja.final_rating set results_rating = ?, results_reason = ?, behaviour_rating = ?, predicate = ?,"
            + " appeal_decision = ?, appeal_reason = ? where appraisal_id = ?")
        .params(resultsRating, reason, behaviourRating, predicate, APPEAL_CHANGED, reason, appraisalId).update();
  }

  public void recordAppealConfirmation(long appraisalId, String reason) {
    jdbc.sql("update kinerja.final_rating set appeal_decision = ?, appeal_reason = ? where appraisal_id = ?")
        .params(APPEAL_CONFIRMED, reason, appraisalId).update();
  }

  /** The Hasil Kerja rating the server sets (a unit head's, from the organisation predicate), with its reason. */
  public void saveResultsRating(long appraisalId, String resultsRating, String resultsReason) {
    ensureFinalRating(appraisalId);
    jdbc.sql("update kinerja.final_rating set results_rating = ?, results_reason = ? where appraisal_id = ?")
        .params(resultsRating, resultsReason, appraisalId).update();
  }

  public Optional<FinalRating> finalRating(long appraisalId) {
    return jdbc.sql("select results_rating, results_reason, behaviour_rating, predicate, rater_nip, appeal_decision, appeal_reason,"
            + " calibration_reason from kinerja.final_rating where appraisal_id = ?")
        .param(appraisalId).query(FinalRating.class).optional();
  }

  public List<ValueRating> valueRatings(long appraisalId) {
    return jdbc.sql("select value_code, rating, reason from kinerja.behaviour_rating where appraisal_id = ? order by value_code")
        .param(appraisalId).query(ValueRating.class).list();
  }

  private void ensureFinalRating(long appraisalId) {
    if (jdbc.sql("select count(*) from kinerja.final_rating where appraisal_id = ?").param(appraisalId)
        .query(Integer.class).single() == 0) {
      jdbc.sql("insert into kinerja.final_rating (appraisal_id) values (?)").param(appraisalId).update();
    }
  }
}

package id.kinerja.monitoring;

import id.kinerja.process.EngineClock;
import java.math.BigDecimal;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Realisation per RHK and period (a quarter unless the year says otherwise), the rater's feedback on each, and the period's ratings. */
@Repository
public class MonitoringRepository {

  public record Realisation(long resultId, BigDecimal quantity, BigDecimal quality, BigDecimal timeMonths,
      String evidenceUrl, String note, String feedback) {}

  /** A period's ratings; {@code feedback} holds the single text of periods reviewed before feedback was per RHK. */
  public record QuarterlyReview(int quarter, String feedback, String resultsRating, String behaviourRating,
      String predicate) {}

  private final JdbcClient jdbc;

  public MonitoringRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public void saveRealisation(long appraisalId, int quarter, Realisation r) {
    int updated = jdbc.sql("update kinerja.realisation set quantity = ?, quality = ?, time_months = ?, evidence_url = ?,"
            + " note = ?, recorded_at = ? where appraisal_id = ? and quarter = ? and result_id = ?")
        .params(r.quantity(), r.quality(), r.timeMonths(), r.evidenceUrl(), r.note(), EngineClock.now(), appraisalId, quarter, r.resultId())
        .update();
    if (updated == 0) {
      jdbc.sql("insert into kinerja.realisation (appraisal_id, quarter, result_id, quantity, quality, time_months,"
              + " evidence_url, note, recorded_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)")
          .params(appraisalId, quarter, r.resultId(), r.quantity(), r.quality(), r.timeMonths(), r.evidenceUrl(), r.note(), EngineClock.now())
          .update();
    }
  }

  public List<Realisation> realisations(long appraisalId, int quarter) {
    return jdbc.sql("select result_id, quantity, quality, time_months, evidence_url, note, feedback from kinerja.realisation"
            + " where appraisal_id = ? and quarter = ? order by result_id")
        .params(appraisalId, quarter).query(Realisation.class).list();
  }

  /** The rater's feedback on the realisation of one RHK in the period. */
  public void saveFeedback(long appraisalId, int quarter, long resultId, String feedback) {
    jdbc.sql("update kinerja.realisation set feedback = ?, feedback_at = ?"
            + " where appraisal_id = ? and quarter = ? and result_id = ?")
        .params(feedback, EngineClock.now(), appraisalId, quarter, resultId).update();
  }

  /** The period's two ratings; the feedback is per RHK ({@link #saveFeedback}). */
  public void saveReview(long appraisalId, int quarter, String resultsRating, String behaviourRating, String reviewerNip) {
    jdbc.sql("delete from kinerja.quarterly_review where appraisal_id = ? and quarter = ?").params(appraisalId, quarter).update();
    jdbc.sql("insert into kinerja.quarterly_review (appraisal_id, quarter, results_rating, behaviour_rating,"
            + " reviewer_nip, reviewed_at) values (?, ?, ?, ?, ?, ?)")
        .params(appraisalId, quarter, resultsRating, behaviourRating, reviewerNip, EngineClock.now()).update();
  }

  public void savePredicate(long appraisalId, int quarter, String predicate) {
    jdbc.sql("update kinerja.quarterly_review set predicate = ? where appraisal_id = ? and quarter = ?")
        .params(predicate, appraisalId, quarter).update();
  }

  public List<QuarterlyReview> reviews(long appraisalId) {
    return jdbc.sql("select quarter, feedback, results_rating, behaviour_rating, predicate from kinerja.quarterly_review"
            + " where appraisal_id = ? order by quarter")
        .param(appraisalId).query(QuarterlyReview.class).list();
  }
}

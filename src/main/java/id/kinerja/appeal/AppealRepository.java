package id.kinerja.appeal;

import id.kinerja.process.EngineClock;
import java.sql.Timestamp;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Appeals (keberatan), the explanations the reviewer asked for (given or missed), and the final decision. */
@Repository
public class AppealRepository {

  public record Explanation(String role, String question, String answer, Date dueAt, Date missedAt) {}

  public record Decided(String decision, String newResultsRating, String newBehaviourRating, String reason) {}

  private final JdbcClient jdbc;

  public AppealRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Files the appeal of an appraisal once; a retried job finds the one already filed. */
  public long file(long appraisalId, String reasons, String predicateBefore, String reviewerNip) {
    var existing = jdbc.sql("select id from kinerja.appeal where appraisal_id = ?").param(appraisalId).query(Long.class).optional();
    if (existing.isPresent()) {
      return existing.get();
    }
    var key = new GeneratedKeyHolder();
    jdbc.sql("insert into kinerja.appeal (appraisal_id, reasons, filed_at, reviewer_nip, predicate_before)"
            + " values (?, ?, ?, ?, ?)")
        .params(appraisalId, reasons, EngineClock.now(), reviewerNip, predicateBefore).update(key, "id");
    return key.getKey().longValue();
  }

  public void setReviewer(long appealId, String reviewerNip) {
    jdbc.sql("update kinerja.appeal set reviewer_nip = ? where id = ?").params(reviewerNip, appealId).update();
  }

  public void recordRatingsBefore(long appealId, String results, String resultsReason, String behaviour) {
    jdbc.sql("update kinerja.appeal set results_before = ?, results_reason_before = ?, behaviour_before = ? where id = ?")
        .params(results, resultsReason, behaviour, appealId).update();
  }

  public void askExplanation(long appealId, String role, String question, Date due) {
    jdbc.sql("insert into kinerja.appeal_explanation (appeal_id, role, question, due_at) values (?, ?, ?, ?)")
        .params(appealId, role, question, new Timestamp(due.getTime())).update();
  }

  /** The party's deadline passed without an explanation: recorded as such, for the decision and the file. */
  public void recordMissing(long appealId, String role) {
    jdbc.sql("update kinerja.appeal_explanation set missed_at = ?"
            + " where appeal_id = ? and role = ? and answer is null")
        .params(EngineClock.now(), appealId, role).update();
  }

  public void answerExplanation(long appealId, String role, String answer, String authorNip) {
    jdbc.sql("update kinerja.appeal_explanation set answer = ?, author_nip = ?, answered_at = ?"
            + " where appeal_id = ? and role = ? and answer is null")
        .params(answer, authorNip, EngineClock.now(), appealId, role).update();
  }

  public List<Explanation> explanations(long appealId) {
    return jdbc.sql("select role, question, answer, due_at, missed_at from kinerja.appeal_explanation where appeal_id = ? order by id")
        .param(appealId).query(Explanation.class).list();
  }

  public void decide(long appealId, String decision, String reason, String newResults, String newBehaviour, String decidedBy) {
    jdbc.sql("update kinerja.appeal set decision = ?, decision_reason = ?, new_results_rating = ?,"
            + " new_behaviour_rating = ?, decided_by = ?, decided_at = ? where id = ?")
        .params(decision, reason, newResults, newBehaviour, decidedBy, EngineClock.now(), appealId).update();
  }

  public String reasons(long appealId) {
    return jdbc.sql("select reasons from kinerja.appeal where id = ?").param(appealId).query(String.class).single();
  }

  public Optional<Decided> decided(long appealId) {
    return jdbc.sql("select decision, new_results_rating, new_behaviour_rating, decision_reason as reason from kinerja.appeal where id = ?"
        + " and decision is not null").param(appealId).query(Decided.class).optional();
  }

  public void recordPredicateAfter(long appealId, String predicate) {
    jdbc.sql("update kinerja.appeal set predicate_after = ? where id = ?").params(predicate, appealId).update();
  }
}

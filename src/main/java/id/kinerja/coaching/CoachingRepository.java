package id.kinerja.coaching;

import id.kinerja.process.EngineClock;
import java.time.LocalDate;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Coaching sessions (dialog kinerja) and the competency evaluations recorded in them. */
@Repository
public class CoachingRepository {

  /** The lowest competency score of the year's coaching sessions and the competency it rated. */
  public record LowestScore(String competency, int score) {}

  private final JdbcClient jdbc;

  public CoachingRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public long request(long appraisalId, String requestedBy, String topic) {
    var key = new GeneratedKeyHolder();
    jdbc.sql("insert into kinerja.coaching_session (appraisal_id, requested_by, topic, requested_at)"
            + " values (?, ?, ?, ?)")
        .params(appraisalId, requestedBy, topic, EngineClock.now()).update(key, "id");
    return key.getKey().longValue();
  }

  public void record(long sessionId, LocalDate heldOn, String notes, String agreedActions, String competency,
      Integer score, String supervisorNip) {
    jdbc.sql("update kinerja.coaching_session set held_on = ?, notes = ?, agreed_actions = ?, competency = ?,"
            + " competency_score = ?, supervisor_nip = ? where id = ?")
        .params(heldOn, notes, agreedActions, competency, score, supervisorNip, sessionId).update();
  }

  public void recordFeedback(long sessionId, String feedback) {
    jdbc.sql("update kinerja.coaching_session set employee_feedback = ? where id = ?").params(feedback, sessionId).update();
  }

  public Optional<LowestScore> lowestScore(long appraisalId) {
    return jdbc.sql("select competency, competency_score as score from kinerja.coaching_session"
            + " where appraisal_id = ? and competency_score is not null order by competency_score, held_on fetch first 1 rows only")
        .param(appraisalId).query(LowestScore.class).optional();
  }

}

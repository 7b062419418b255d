package id.kinerja.followup;

import id.kinerja.process.EngineClock;
import java.time.LocalDate;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The follow-up of a final result: training referral with its topics, award nomination, HR plans. */
@Repository
public class FollowUpRepository {

  public record FollowUp(boolean trainingReferral, String trainingTopics, boolean awardNomination, String trainingPlan,
      boolean acknowledged, String awardKind) {}

  private final JdbcClient jdbc;

  public FollowUpRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public void decide(long appraisalId, boolean referral, String topics, boolean award) {
    jdbc.sql("delete from kinerja.follow_up where appraisal_id = ?").param(appraisalId).update();
    jdbc.sql("insert into kinerja.follow_up (appraisal_id, training_referral, training_topics, award_nomination)"
            + " values (?, ?, ?, ?)")
        .params(appraisalId, referral, topics, award).update();
  }

  /** Records the label the decision table gives a training topic (the latest wins). */
  public void nameTopic(String code, String label) {
    if (jdbc.sql("update kinerja.training_topic set label = ? where code = ?").params(label, code).update() == 0) {
      jdbc.sql("insert into kinerja.training_topic (code, label) values (?, ?)").params(code, label).update();
    }
  }

  public Optional<String> topicLabel(String code) {
    return jdbc.sql("select label from kinerja.training_topic where code = ?").param(code).query(String.class).optional();
  }

  public void planTraining(long appraisalId, String plan, LocalDate date, String hrNip) {
    jdbc.sql("update kinerja.follow_up set training_plan = ?, training_date = ?, planned_by = ? where appraisal_id = ?")
        .params(plan, date, hrNip, appraisalId).update();
  }

  public void acknowledge(long appraisalId, String note) {
    jdbc.sql("update kinerja.follow_up set employee_ack_at = ?, employee_note = ? where appraisal_id = ?")
        .params(EngineClock.now(), note, appraisalId).update();
  }

  public void processAward(long appraisalId, String kind, String note, String hrNip) {
    jdbc.sql("update kinerja.follow_up set award_kind = ?, award_note = ?, award_processed_by = ? where appraisal_id = ?")
        .params(kind, note, hrNip, appraisalId).update();
  }

  public Optional<FollowUp> find(long appraisalId) {
    return jdbc.sql("select training_referral, training_topics, award_nomination, training_plan,"
            + " employee_ack_at is not null as acknowledged, award_kind from kinerja.follow_up where appraisal_id = ?")
        .param(appraisalId).query(FollowUp.class).optional();
  }
}

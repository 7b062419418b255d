package id.kinerja.period;

import id.kinerja.appraisal.AppraisalStage;
import id.kinerja.process.EngineClock;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** What a period's summary reads from the appraisal records, and the period's closing. */
@Repository
public class PeriodSummaryRepository {

  public record Person(String nip, String name, String unitName, String detail) {}

  /** An appraisal not final yet, with the stage it is in. */
  public record Unfinished(String nip, String name, String unitName, String stage, String stageLabel) {}

  /** How many of the year's appraisals are in a stage. */
  public record StageCount(String stage, String label, int count) {}

  public record LateTask(String nip, String task, java.util.Date due, String assignee) {}

  public record Closing(int periodYear, String closedBy, java.sql.Timestamp closedAt, int unfinished) {}

  private static final String FINISHED = "a.status in ('" + AppraisalStage.FINAL.name() + "', '"
      + AppraisalStage.SELESAI.name() + "')";

  private final JdbcClient jdbc;

  public PeriodSummaryRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** One final predicate of the year: whose, their unit and post as they are now. */
  public record FinalPredicate(String nip, String unitCode, String positionCode, String predicate) {}

  public List<FinalPredicate> finalPredicates(int year) {
    return jdbc.sql("select e.nip, e.unit_code, e.position_code, a.predicate from kinerja.appraisal a"
            + " join kinerja.employee e on e.nip = a.nip where a.period_year = ? and " + FINISHED + " order by e.nip")
        .param(year).query(FinalPredicate.class).list();
  }

  public List<Unfinished> unfinished(int year) {
    return jdbc.sql("select e.nip, e.name, u.name as unit_name, a.status from kinerja.appraisal a"
            + " join kinerja.employee e on e.nip = a.nip join kinerja.org_unit u on u.code = e.unit_code"
            + " where a.period_year = ? and a.process_instance_id is not null and not (" + FINISHED + ") order by u.name, e.nip")
        .param(year).query((rs, row) -> new Unfinished(rs.getString("nip"), rs.getString("name"), rs.getString("unit_name"),
            rs.getString("status"), AppraisalStage.labelOf(rs.getString("status"))))
        .list();
  }

  /** Every stage in its order with how many of the year's appraisals are in it. */
  public List<StageCount> stages(int year) {
    Map<String, Integer> counts = new HashMap<>();
    jdbc.sql("select status, count(*) as n from kinerja.appraisal where period_year = ? and process_instance_id is not null"
            + " group by status")
        .param(year).query((rs, row) -> counts.put(rs.getString("status"), rs.getInt("n"))).list();
    return Arrays.stream(AppraisalStage.values())
        .map(stage -> new StageCount(stage.name(), stage.label(), counts.getOrDefault(stage.name(), 0))).toList();
  }

  /** Training referrals: one row per employee with their topics, comma separated. */
  public List<Person> trainingReferrals(int year) {
    return jdbc.sql("select e.nip, e.name, u.name as unit_name, f.training_topics as detail from kinerja.follow_up f"
            + " join kinerja.appraisal a on a.id = f.appraisal_id join kinerja.employee e on e.nip = a.nip"
            + " join kinerja.org_unit u on u.code = e.unit_code where a.period_year = ? and f.training_referral order by e.nip")
        .param(year).query(Person.class).list();
  }

  /** The training topics' labels as the decision table last gave them. */
  public Map<String, String> topicLabels() {
    Map<String, String> labels = new HashMap<>();
    jdbc.sql("select code, label from kinerja.training_topic").query((rs, row) -> labels.put(rs.getString("code"),
        rs.getString("label"))).list();
    return labels;
  }

  public List<Person> awardNominations(int year) {
    return jdbc.sql("select e.nip, e.name, u.name as unit_name, coalesce(f.award_kind, '') as detail from kinerja.follow_up f"
            + " join kinerja.appraisal a on a.id = f.appraisal_id join kinerja.employee e on e.nip = a.nip"
            + " join kinerja.org_unit u on u.code = e.unit_code where a.period_year = ? and f.award_nomination order by e.nip")
        .param(year).query(Person.class).list();
  }

  /** Open tasks of the year's appraisals past their due date, with whose appraisal they belong to. */
  public List<LateTask> lateTasks(int year) {
    return jdbc.sql("select a.nip, t.name_ as task, t.due_date_ as due, t.assignee_ as assignee from act_ru_task t"
            + " join kinerja.appraisal a on a.process_instance_id = t.proc_inst_id_ and a.period_year = ?"
            + " where t.due_date_ < ? order by t.due_date_")
        .params(year, EngineClock.now()).query(LateTask.class).list();
  }

  public Optional<String> unitPredicate(String unitCode, int year) {
    return jdbc.sql("select predicate from kinerja.unit_predicate where unit_code = ? and period_year = ?")
        .params(unitCode, year).query(String.class).optional();
  }

  public void saveUnitPredicate(String unitCode, int year, String predicate, String setBy) {
    jdbc.sql("delete from kinerja.unit_predicate where unit_code = ? and period_year = ?").params(unitCode, year).update();
    jdbc.sql("insert into kinerja.unit_predicate (unit_code, period_year, predicate, set_by, set_at)"
            + " values (?, ?, ?, ?, ?)")
        .params(unitCode, year, predicate, setBy, EngineClock.now()).update();
  }

  public Optional<Closing> closing(int year) {
    return jdbc.sql("select period_year, closed_by, closed_at, unfinished from kinerja.period_closing where period_year = ?")
        .param(year).query(Closing.class).optional();
  }

  public void close(int year, String closedBy, int unfinished) {
    jdbc.sql("insert into kinerja.period_closing (period_year, closed_by, closed_at, unfinished)"
            + " values (?, ?, ?, ?)").params(year, closedBy, EngineClock.now(), unfinished).update();
  }
}

package id.kinerja.bottleneck;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Where the appraisals of a year wait: per activity the open tasks, their median and 90th
 * percentile waiting time, how many are past their due date, and the median duration of the
 * completed ones (from history); the overdue tasks per unit and per person holding them. Set-based
 * queries over the engine's task tables joined with the appraisal records, one query per figure.
 */
@Repository
public class BottleneckQueries {

  public record ActivityFigures(String activity, String name, long open, double medianWaitingHours,
      double p90WaitingHours, long overdue, Double medianCompletedHours) {}

  public record Group(String code, String name, long open, long overdue) {}

  private static final String OPEN_TASKS_OF_YEAR = " from act_ru_task t"
      + " join kinerja.appraisal a on a.process_instance_id = t.proc_inst_id_ and a.period_year = :year";

  private final JdbcClient jdbc;

  public BottleneckQueries(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public List<ActivityFigures> perActivity(int year) {
    String hours = "extract(epoch from (current_timestamp - t.create_time_)) / 3600.0";
    List<ActivityFigures> open = jdbc.sql("select t.task_def_key_ as activity, max(t.name_) as name, count(*) as open,"
            + " percentile_cont(0.5) within group (order by " + hours + ") as median_waiting_hours,"
            + " percentile_cont(0.9) within group (order by " + hours + ") as p90_waiting_hours,"
            + " sum(case when t.due_date_ < current_timestamp then 1 else 0 end) as overdue, null as median_completed_hours"
            + OPEN_TASKS_OF_YEAR + " group by t.task_def_key_ order by overdue desc, open desc")
        .param("year", year).query(ActivityFigures.class).list();
    var completed = new java.util.HashMap<String, Double>();
    jdbc.sql("select h.task_def_key_ as activity, percentile_cont(0.5) within group (order by h.duration_ / 3600000.0) as hours"
            + " from act_hi_taskinst h join kinerja.appraisal a on a.process_instance_id = h.proc_inst_id_ and a.period_year = ?"
            + " where h.end_time_ is not null group by h.task_def_key_")
        .param(year).query((rs, row) -> completed.put(rs.getString("activity"), rs.getDouble("hours"))).list();
    return open.stream().map(f -> new ActivityFigures(f.activity(), f.name(), f.open(), f.medianWaitingHours(),
        f.p90WaitingHours(), f.overdue(), completed.get(f.activity()))).toList();
  }

  public List<Group> perUnit(int year) {
    return jdbc.sql("select u.code, u.name, count(*) as open,"
            + " sum(case when t.due_date_ < current_timestamp then 1 else 0 end) as overdue" + OPEN_TASKS_OF_YEAR
            + " join kinerja.employee e on e.nip = a.nip join kinerja.org_unit u on u.code = e.unit_code"
            + " group by u.code, u.name order by overdue desc, open desc")
        .param("year", year).query(Group.class).list();
  }

  /** Who holds the most overdue tasks: the people tasks are assigned to, supervisors first among them. */
  public List<Group> perAssignee(int year) {
    return jdbc.sql("select t.assignee_ as code, coalesce(max(e.name), t.assignee_) as name, count(*) as open,"
            + " sum(case when t.due_date_ < current_timestamp then 1 else 0 end) as overdue" + OPEN_TASKS_OF_YEAR
            + " left join kinerja.employee e on e.nip = t.assignee_ where t.assignee_ is not null"
            + " group by t.assignee_ order by overdue desc, open desc fetch first 50 rows only")
        .param("year", year).query(Group.class).list();
  }
}

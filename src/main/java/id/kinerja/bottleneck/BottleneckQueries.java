package id.kinerja.bottleneck;

import id.kinerja.process.TaskNames;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Where the appraisals of a year wait: per activity the open tasks, their median and 90th
 * percentile waiting time, how many are past their due date, and the median duration of the
 * completed ones (from history); the open and overdue tasks per unit and per supervisor; the tasks
 * completed per week. Set-based queries over the engine's task tables joined with the appraisal
 * records of the year, one query per figure; the last three narrow to one activity when asked.
 * With 50,000 appraisals and a year of history they take seconds (docs/benchmarks.md), so the
 * figures are kept for {@code kinerja.bottleneck.max-age} and computed once for concurrent viewers.
 */
@Repository
public class BottleneckQueries {

  public record Bottlenecks(int year, String activity, String computedAt, List<ActivityFigures> activities,
      List<Group> units, List<Group> supervisors, List<Week> completions) {}

  /** Waiting times are null where nothing is open, the completed duration where nothing was completed. */
  public record ActivityFigures(String activity, String name, long open, Double medianWaitingHours,
      Double p90WaitingHours, long overdue, Double medianCompletedHours) {}

  public record Group(String code, String name, long open, long overdue) {}

  /**
   * Tasks completed in the week starting on Monday {@code week} (ISO date, a string because Cockpit's
   * JSON writer has no java.time support), and how many of them after their due date.
   */
  public record Week(String week, long completed, long late) {}

  private static final Pattern ACTIVITY_ID = Pattern.compile("[A-Za-z_][A-Za-z0-9_.-]{0,63}");
  private static final String OVERDUE = "sum(case when t.due_date_ < current_timestamp then 1 else 0 end)";
  private static final String OPEN_TASKS_OF_YEAR = " from act_ru_task t"
      + " join kinerja.appraisal a on a.process_instance_id = t.proc_inst_id_ and a.period_year = :year";

  private record Key(int year, String activity) {}

  private final JdbcClient jdbc;
  private final Duration maxAge;
  private final Map<Key, Bottlenecks> recent = new ConcurrentHashMap<>();

  public BottleneckQueries(JdbcClient jdbc, @Value("${kinerja.bottleneck.max-age:60s}") Duration maxAge) {
    this.jdbc = jdbc;
    this.maxAge = maxAge;
  }

  /** All figures of a year; units, supervisors and completions of one activity if {@code activity} is given. */
  public Bottlenecks figures(int year, String activity) {
    if (year < 2000 || year > 2100) {
      throw new IllegalArgumentException("tahun: harus antara 2000 dan 2100");
    }
    if (activity != null && !ACTIVITY_ID.matcher(activity).matches()) {
      throw new IllegalArgumentException("aktivitas: bukan id aktivitas BPMN");
    }
    recent.values().removeIf(this::expired);
    return recent.compute(new Key(year, activity), (key, kept) -> kept != null && !expired(kept) ? kept
        : new Bottlenecks(year, activity, Instant.now().toString(), perActivity(year), perUnit(year, activity),
            perSupervisor(year, activity), completionsPerWeek(year, activity)));
  }

  private boolean expired(Bottlenecks figures) {
    return !Instant.parse(figures.computedAt()).isAfter(Instant.now().minus(maxAge));
  }

  /** Activities with open tasks first, the most overdue first, then those with completed tasks only. */
  public List<ActivityFigures> perActivity(int year) {
    String hours = "extract(epoch from (current_timestamp - t.create_time_)) / 3600.0";
    List<ActivityFigures> open = jdbc.sql("select t.task_def_key_ as activity, max(t.name_) as name, count(*) as open,"
            + " percentile_cont(0.5) within group (order by " + hours + ") as median_waiting_hours,"
            + " percentile_cont(0.9) within group (order by " + hours + ") as p90_waiting_hours,"
            + OVERDUE + " as overdue, null as median_completed_hours"
            + OPEN_TASKS_OF_YEAR + " group by t.task_def_key_ order by overdue desc, open desc")
        .param("year", year).query(ActivityFigures.class).list();
    Map<String, ActivityFigures> completed = new LinkedHashMap<>();
    jdbc.sql("select h.task_def_key_ as activity, max(h.name_) as name, 0 as open, null as median_waiting_hours,"
            + " null as p90_waiting_hours, 0 as overdue,"
            + " percentile_cont(0.5) within group (order by h.duration_ / 3600000.0) as median_completed_hours"
            + " from act_hi_taskinst h join kinerja.appraisal a on a.process_instance_id = h.proc_inst_id_ and a.period_year = ?"
            + " where h.end_time_ is not null group by h.task_def_key_ order by max(h.name_)")
        .param(year).query(ActivityFigures.class).list().forEach(f -> completed.put(f.activity(), f));
    List<ActivityFigures> result = new ArrayList<>();
    for (ActivityFigures f : open) {
      ActivityFigures done = completed.remove(f.activity());
      result.add(new ActivityFigures(f.activity(), TaskNames.activityName(f.name()), f.open(), f.medianWaitingHours(),
          f.p90WaitingHours(), f.overdue(), done == null ? null : done.medianCompletedHours()));
    }
    completed.values().forEach(f -> result.add(new ActivityFigures(f.activity(), TaskNames.activityName(f.name()), 0, null,
        null, 0, f.medianCompletedHours())));
    return result;
  }

  public List<Group> perUnit(int year, String activity) {
    return jdbc.sql("select u.code, u.name, count(*) as open, " + OVERDUE + " as overdue" + OPEN_TASKS_OF_YEAR
            + " join kinerja.employee e on e.nip = a.nip join kinerja.org_unit u on u.code = e.unit_code"
            + " where 1 = 1" + onlyActivity("t", activity) + " group by u.code, u.name order by overdue desc, open desc")
        .param("year", year).param("activity", activity).query(Group.class).list();
  }

  /**
   * Who of the supervisors holds the most overdue tasks: the people holding tasks of someone else's
   * appraisal (raters, their own supervisors deciding appeals), the 50 with the most overdue first.
   */
  public List<Group> perSupervisor(int year, String activity) {
    return jdbc.sql("select t.assignee_ as code, coalesce(max(e.name), t.assignee_) as name, count(*) as open, "
            + OVERDUE + " as overdue" + OPEN_TASKS_OF_YEAR + " left join kinerja.employee e on e.nip = t.assignee_"
            + " where t.assignee_ <> a.nip" + onlyActivity("t", activity)
            + " group by t.assignee_ order by overdue desc, open desc fetch first 50 rows only")
        .param("year", year).param("activity", activity).query(Group.class).list();
  }

  /** Tasks completed per week, every week from the first to the last completion, empty weeks as zero. */
  public List<Week> completionsPerWeek(int year, String activity) {
    TreeMap<LocalDate, long[]> weeks = new TreeMap<>();
    jdbc.sql("select cast(h.end_time_ as date) as completed_on, count(*) as completed,"
            + " sum(case when h.end_time_ > h.due_date_ then 1 else 0 end) as late"
            + " from act_hi_taskinst h join kinerja.appraisal a on a.process_instance_id = h.proc_inst_id_ and a.period_year = :year"
            + " where h.end_time_ is not null and h.delete_reason_ = 'completed'" + onlyActivity("h", activity)
            + " group by cast(h.end_time_ as date)")
        .param("year", year).param("activity", activity)
        .query((rs, row) -> {
          long[] week = weeks.computeIfAbsent(monday(rs.getDate("completed_on").toLocalDate()), w -> new long[2]);
          week[0] += rs.getLong("completed");
          week[1] += rs.getLong("late");
          return week;
        }).list();
    List<Week> result = new ArrayList<>();
    if (!weeks.isEmpty()) {
      for (LocalDate week = weeks.firstKey(); !week.isAfter(weeks.lastKey()); week = week.plusWeeks(1)) {
        long[] counts = weeks.getOrDefault(week, new long[2]);
        result.add(new Week(week.toString(), counts[0], counts[1]));
      }
    }
    return result;
  }

  private static String onlyActivity(String table, String activity) {
    return activity == null ? "" : " and " + table + ".task_def_key_ = :activity";
  }

  private static LocalDate monday(LocalDate day) {
    return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
  }
}

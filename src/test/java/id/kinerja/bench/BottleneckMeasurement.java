package id.kinerja.bench;

import id.kinerja.appraisal.AppraisalProcess;
import id.kinerja.bottleneck.BottleneckQueries;
import java.util.Arrays;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The bottleneck view over a year just opened for the whole organisation: first a year's worth of
 * completed tasks is written into the history (eight per appraisal, spread over the year, as the
 * engine would have written them), then the view's queries are timed against the baseline of
 * Cockpit's own diagram badges, the engine's activity statistics of the same definition.
 */
final class BottleneckMeasurement {

  static final String HEADER = "| employees | open tasks | completed tasks in history | bottleneck view p50 | p95"
      + " | one activity p50 | Cockpit activity statistics p50 | cost (ours/Cockpit) |\n|---|---|---|---|---|---|---|---|\n";
  private static final int RUNS = 30;

  private BottleneckMeasurement() {}

  static String measure(ConfigurableApplicationContext app, int year, int employees) {
    JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
    seedCompletedHistory(jdbc, year);
    BottleneckQueries queries = app.getBean(BottleneckQueries.class);
    String definition = app.getBean(RepositoryService.class).createProcessDefinitionQuery()
        .processDefinitionKey(AppraisalProcess.KEY).latestVersion().singleResult().getId();
    ManagementService management = app.getBean(ManagementService.class);

    double[] ours = time(() -> queries.figures(year, null));
    double[] oneActivity = time(() -> queries.figures(year, "Task_PeriksaSkp"));
    double[] cockpit = time(() -> management.createActivityStatisticsQuery(definition).includeIncidents().list());
    String ofYear = " join kinerja.appraisal a on a.process_instance_id = t.proc_inst_id_ and a.period_year = ?";
    long open = jdbc.queryForObject("select count(*) from act_ru_task t" + ofYear, Long.class, year);
    long completed = jdbc.queryForObject("select count(*) from act_hi_taskinst t" + ofYear + " where t.end_time_ is not null",
        Long.class, year);
    return String.format("| %,d | %,d | %,d | %.1f ms | %.1f ms | %.1f ms | %.1f ms | %.2fx |", employees, open, completed,
        ours[0], ours[1], oneActivity[0], cockpit[0], ours[0] / cockpit[0]);
  }

  private static void seedCompletedHistory(JdbcTemplate jdbc, int year) {
    jdbc.update("insert into act_hi_taskinst (id_, task_def_key_, proc_def_key_, proc_inst_id_, name_, assignee_,"
        + " start_time_, end_time_, duration_, delete_reason_, priority_, due_date_)"
        + " select 'bench-' || a.id || '-' || k.n, k.task, 'penilaian-kinerja', a.process_instance_id, k.name, a.nip,"
        + " s.started, s.started + d.took, cast(extract(epoch from d.took) * 1000 as bigint), 'completed', 50,"
        + " s.started + interval '10 days'"
        + " from kinerja.appraisal a cross join (values (1, 'Task_SusunSkp', 'Susun SKP'), (2, 'Task_PeriksaSkp', 'Periksa SKP'),"
        + " (3, 'Task_CatatRealisasi', 'Catat realisasi triwulan'), (4, 'Task_UmpanBalikTriwulan', 'Beri umpan balik triwulan'),"
        + " (5, 'Task_CatatRealisasi', 'Catat realisasi triwulan'), (6, 'Task_UmpanBalikTriwulan', 'Beri umpan balik triwulan'),"
        + " (7, 'Task_PenilaianMandiri', 'Penilaian mandiri'), (8, 'Task_NilaiKinerja', 'Nilai kinerja')) k (n, task, name)"
        + " cross join lateral (select make_timestamp(?, 1, 1, 8, 0, 0) + (k.n * 40 + random() * 30) * interval '1 day'"
        + " as started) s cross join lateral (select random() * 15 * interval '1 day' as took) d"
        + " where a.period_year = ? and a.process_instance_id is not null", year, year);
    jdbc.execute("analyze act_hi_taskinst");
  }

  /** Median and 95th percentile in milliseconds of RUNS runs after five to warm up. */
  private static double[] time(Runnable query) {
    for (int i = 0; i < 5; i++) {
      query.run();
    }
    double[] millis = new double[RUNS];
    for (int i = 0; i < RUNS; i++) {
      long started = System.nanoTime();
      query.run();
      millis[i] = (System.nanoTime() - started) / 1e6;
    }
    Arrays.sort(millis);
    return new double[] {millis[RUNS / 2], millis[(int) (RUNS * 0.95)]};
  }
}

package id.kinerja.bottleneck;

import id.kinerja.deployment.ModelDeployer;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.io.ByteArrayInputStream;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Prometheus gauges per user task of every model in processes/: how many are open
 * ({@code kinerja_tasks_open}) and how many are past their due date ({@code kinerja_tasks_overdue}),
 * counted with one grouped query at most every 15 seconds however many gauges a scrape reads. The
 * activities come from the model files, so they exist before the first deployment and follow the
 * model in the repository.
 */
@Component
class TaskMetrics implements MeterBinder {

  private record Counts(Map<String, long[]> byActivity, long takenAt) {}

  private final JdbcClient jdbc;
  private final long maxAgeMillis;
  private volatile Counts counts = new Counts(Map.of(), 0);

  TaskMetrics(JdbcClient jdbc, @Value("${kinerja.metrics.task-counts-max-age-ms:15000}") long maxAgeMillis) {
    this.jdbc = jdbc;
    this.maxAgeMillis = maxAgeMillis;
  }

  @Override
  public void bindTo(MeterRegistry registry) {
    ModelDeployer.modelsOnClasspath().forEach((name, bytes) -> {
      if (!name.endsWith(".bpmn")) {
        return;
      }
      for (Process process : Bpmn.readModelFromStream(new ByteArrayInputStream(bytes)).getModelElementsByType(Process.class)) {
        // One process per file here, so every user task of the file (nested ones too) is this process's.
        process.getModelInstance().getModelElementsByType(UserTask.class).forEach(task -> bind(registry, process.getId(), task));
      }
    });
  }

  private void bind(MeterRegistry registry, String processKey, UserTask task) {
    String key = processKey + "/" + task.getId();
    Gauge.builder("kinerja.tasks.open", () -> count(key, 0))
        .description("Tugas yang masih terbuka").tag("process", processKey).tag("activity", task.getId())
        .tag("name", task.getName() == null ? task.getId() : task.getName()).register(registry);
    Gauge.builder("kinerja.tasks.overdue", () -> count(key, 1))
        .description("Tugas terbuka yang melewati batas waktunya").tag("process", processKey).tag("activity", task.getId())
        .tag("name", task.getName() == null ? task.getId() : task.getName()).register(registry);
  }

  private long count(String key, int column) {
    Counts current = counts;
    if (current.takenAt() < System.currentTimeMillis() - maxAgeMillis) {
      Map<String, long[]> byActivity = new HashMap<>();
      jdbc.sql("select d.key_ || '/' || t.task_def_key_ as activity, count(*) as open,"
              + " sum(case when t.due_date_ < current_timestamp then 1 else 0 end) as overdue"
              + " from act_ru_task t join act_re_procdef d on d.id_ = t.proc_def_id_ group by d.key_, t.task_def_key_")
          .query((rs, row) -> byActivity.put(rs.getString("activity"), new long[] {rs.getLong("open"), rs.getLong("overdue")}))
          .list();
      current = new Counts(byActivity, System.currentTimeMillis());
      counts = current;
    }
    return current.byActivity().getOrDefault(key, new long[2])[column];
  }
}

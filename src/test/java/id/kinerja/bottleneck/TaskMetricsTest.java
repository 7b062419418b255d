package id.kinerja.bottleneck;

import static org.assertj.core.api.Assertions.assertThat;

import id.kinerja.DemoUsers;
import id.kinerja.Http;
import id.kinerja.KinerjaSpringTest;
import id.kinerja.appraisal.AppraisalDriver;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Open and overdue tasks per activity, as Prometheus scrapes them. */
@KinerjaSpringTest
class TaskMetricsTest {

  @LocalServerPort
  int port;
  @Autowired
  AppraisalDriver driver;

  @Test
  void openAndOverdueTasksPerActivity() {
    driver.start(DemoUsers.CAMAT, AppraisalDriver.newYear());
    long expected = driver.tasks.createTaskQuery().processDefinitionKey("penilaian-kinerja").taskDefinitionKey("Task_SusunSkp").count();

    assertThat(open("Task_SusunSkp")).isEqualTo((double) expected);
    String metrics = Http.demoUser(port, DemoUsers.ADMIN).get("/actuator/prometheus").body();
    assertThat(metrics).contains("kinerja_tasks_overdue{activity=\"Task_PeriksaKeberatan\"",
        "kinerja_tasks_open{activity=\"Task_KalibrasiUnit\"", "name=\"Susun SKP\"");
  }

  private double open(String activity) {
    String metrics = Http.demoUser(port, DemoUsers.ADMIN).get("/actuator/prometheus").body();
    Matcher m = Pattern.compile("kinerja_tasks_open\\{activity=\"" + activity + "\"[^}]*process=\"penilaian-kinerja\"} ([0-9.E]+)")
        .matcher(metrics);
    assertThat(m.find()).as("gauge for %s in:%n%s", activity, metrics.lines().filter(l -> l.contains("kinerja")).toList()).isTrue();
    return Double.parseDouble(m.group(1));
  }
}

package id.kinerja.process;

import static org.assertj.core.api.Assertions.assertThat;

import id.kinerja.DemoUsers;
import id.kinerja.Http;
import id.kinerja.KinerjaSpringTest;
import id.kinerja.appraisal.AppraisalDriver;
import id.kinerja.appraisal.AppraisalProcess;
import id.kinerja.bottleneck.BottleneckQueries;
import id.kinerja.organisation.VacantKelurahan;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A supervisor with many staff tells their tasks apart in Tasklist's list: each task is named
 * after the employee, and the evaluation period where there is one; figures per activity keep the
 * model's name.
 */
@KinerjaSpringTest
class TaskNamesTest {

  @Autowired
  AppraisalDriver driver;
  @Autowired
  BottleneckQueries bottlenecks;
  @LocalServerPort
  int port;

  @Test
  void tasksAreNamedAfterTheEmployeeAndThePeriod() {
    int year = AppraisalDriver.newYear();
    driver.approvedPlan(DemoUsers.LURAH, year);
    ProcessInstance instance = driver.start(DemoUsers.STAFF, year);
    Task draft = driver.task(instance, "Task_SusunSkp");
    assertThat(draft.getName()).isEqualTo("Susun SKP: Siti Rahmawati, S.Kom.");

    driver.complete(DemoUsers.STAFF, draft, driver.plan(draft));
    assertThat(driver.task(instance, "Task_PeriksaSkp").getName()).isEqualTo("Periksa SKP: Siti Rahmawati, S.Kom.");

    driver.complete(DemoUsers.LURAH, instance, "Task_PeriksaSkp", AppraisalDriver.approve());
    driver.runDueJobs(instance);
    driver.openPeriod(instance, 1);
    assertThat(driver.periodTask(instance, "Task_CatatRealisasi", 1).getName())
        .isEqualTo("Catat realisasi: Siti Rahmawati, S.Kom. (TW I)");
  }

  @Test
  void aTaskForAGroupSaysWhoMayTakeIt() {
    VacantKelurahan vacancy = VacantKelurahan.create(Http.demoUser(port, DemoUsers.HR));
    Task appoint = driver.vacantPostTask(vacancy);
    assertThat(appoint.getName()).startsWith("Tunjuk Plt/Plh jabatan kosong: Lurah Uji " + vacancy.suffix() + " (")
        .endsWith(") — untuk Pengelola Kinerja (BKPSDM)");
  }

  @Test
  void bottlenecksStillCountPerActivityUnderTheModelsName() {
    int year = AppraisalDriver.newYearWithinLimits();
    driver.oneSubmittedOneOverdue(year, 3);
    assertThat(bottlenecks.perActivity(year)).extracting(BottleneckQueries.ActivityFigures::name)
        .contains("Susun SKP", "Periksa SKP").allMatch(name -> !name.contains(TaskNames.SEPARATOR));
  }

  @Test
  void theModelsNameIsWhatComesBeforeTheSubject() {
    assertThat(TaskNames.activityName("Periksa SKP: Siti Rahmawati, S.Kom.")).isEqualTo("Periksa SKP");
    assertThat(TaskNames.activityName("Tunjuk Plt/Plh jabatan kosong")).isEqualTo("Tunjuk Plt/Plh jabatan kosong");
    assertThat(AppraisalProcess.KEY).isEqualTo("penilaian-kinerja");
  }
}

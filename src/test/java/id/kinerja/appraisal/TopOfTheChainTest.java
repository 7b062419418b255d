package id.kinerja.appraisal;

import static id.kinerja.appraisal.AppraisalDriver.approve;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.kinerja.DemoUsers;
import id.kinerja.Http;
import id.kinerja.KinerjaSpringTest;
import id.kinerja.security.Groups;
import java.util.Objects;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The kepala daerah rates the Sekda through the year; above him no post decides an appeal, so the
 * Sekda's result is final and an appeal is refused with the reason. HR holds none of these tasks.
 */
@KinerjaSpringTest
class TopOfTheChainTest {

  @Autowired
  AppraisalDriver driver;
  @LocalServerPort
  int port;

  @Test
  void theWalikotaRatesTheSekdaWhoseResultCannotBeAppealed() {
    int year = AppraisalDriver.newYear();
    ProcessInstance sekda = driver.start(DemoUsers.SEKDA, year);
    Task draft = driver.task(sekda, "Task_SusunSkp");
    driver.complete(DemoUsers.SEKDA, draft, driver.plan(draft));
    Task review = driver.task(sekda, "Task_PeriksaSkp");
    assertRatedByTheWalikota(review);
    driver.complete(DemoUsers.WALIKOTA, review, approve());
    driver.runDueJobs(sekda);

    driver.rated(sekda, DemoUsers.SEKDA, DemoUsers.WALIKOTA, "SESUAI_EKSPEKTASI", "SESUAI_EKSPEKTASI", "SESUAI_EKSPEKTASI");
    // The Sekda heads the Sekretariat Daerah: her Hasil Kerja follows the predicate the Walikota sets for it.
    assertThat(Http.demoUser(port, DemoUsers.WALIKOTA).putJson("/api/unit-predicates/" + year + "/SETDA-PLG",
        "{\"predicate\":\"BAIK\"}").statusCode()).isEqualTo(204);
    driver.runDueJobs(sekda);

    Task result = driver.task(sekda, "Task_TinjauHasil");
    assertThatThrownBy(() -> driver.complete(DemoUsers.SEKDA, result, AppraisalDriver.appeal()))
        .isInstanceOf(ProcessEngineException.class).hasMessageContaining("tidak ada Atasan Pejabat Penilai Kinerja");
    assertThat(driver.tasks.getVariable(result.getId(), "keberatanDapatDiajukan")).isEqualTo(false);
    // The form hides the choice and says the result is final: completing it sends nothing.
    driver.complete(DemoUsers.SEKDA, result, java.util.Map.of());
    driver.runDueJobs(sekda);
    assertThat(driver.hasTask(sekda, "Task_TinjauHasil")).isFalse();
  }

  private void assertRatedByTheWalikota(Task task) {
    assertThat(task.getAssignee()).isEqualTo(DemoUsers.WALIKOTA);
    assertThat(driver.tasks.getIdentityLinksForTask(task.getId()).stream().map(IdentityLink::getGroupId)
        .filter(Objects::nonNull)).doesNotContain(Groups.PENGELOLA_KINERJA);
  }
}

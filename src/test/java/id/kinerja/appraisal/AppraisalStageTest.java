package id.kinerja.appraisal;

import static id.kinerja.appraisal.AppraisalDriver.appeal;
import static id.kinerja.appraisal.AppraisalDriver.approve;
import static id.kinerja.appraisal.AppraisalDriver.confirmResult;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.kinerja.DemoUsers;
import id.kinerja.Http;
import id.kinerja.KinerjaSpringTest;
import id.kinerja.process.JsonVariables;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The stage of an appraisal at every step, as HR reads it in the period summary, from the one list
 * of stages the database checks; and the RHK options a subordinate sees once the supervisor's SKP is set.
 */
@KinerjaSpringTest
class AppraisalStageTest {

  private static final String NOT_SET = " (SKP atasan belum disetujui)";

  @LocalServerPort
  int port;
  @Autowired
  AppraisalDriver driver;
  @Autowired
  JdbcClient jdbc;

  @Test
  void theDatabaseAcceptsExactlyTheStagesOfTheList() {
    String clause = jdbc.sql("select check_clause from information_schema.check_constraints"
        + " where upper(constraint_name) = 'APPRAISAL_STAGE'").query(String.class).single();
    Matcher quoted = Pattern.compile("'([A-Z_]+)'").matcher(clause);
    List<String> inConstraint = new java.util.ArrayList<>();
    while (quoted.find()) {
      inConstraint.add(quoted.group(1));
    }
    assertThat(inConstraint).containsExactlyInAnyOrderElementsOf(
        Arrays.stream(AppraisalStage.values()).map(Enum::name).toList());

    int year = AppraisalDriver.newYear();
    ProcessInstance instance = driver.start(DemoUsers.STAFF, year);
    assertThatThrownBy(() -> jdbc.sql("update kinerja.appraisal set status = 'DINILAI' where process_instance_id = ?")
        .param(instance.getId()).update()).isInstanceOf(DataIntegrityViolationException.class);
  }

  @Test
  void theSummaryShowsTheStageAtEveryStep() {
    int year = AppraisalDriver.newYear();
    driver.approvedPlan(DemoUsers.LURAH, year);
    ProcessInstance instance = driver.start(DemoUsers.STAFF, year);
    assertStage(year, AppraisalStage.PERENCANAAN);

    Task draft = driver.task(instance, "Task_SusunSkp");
    driver.complete(DemoUsers.STAFF, draft, driver.plan(draft));
    assertStage(year, AppraisalStage.PERENCANAAN);
    driver.complete(DemoUsers.LURAH, instance, "Task_PeriksaSkp", approve());
    driver.runDueJobs(instance);
    assertStage(year, AppraisalStage.PEMANTAUAN);

    driver.quarters(instance, DemoUsers.STAFF, DemoUsers.LURAH, 4);
    assertStage(year, AppraisalStage.PEMANTAUAN);
    driver.fireTimer(instance, "Event_PeriodeBerakhir");
    assertStage(year, AppraisalStage.PENILAIAN_AKHIR);

    Task self = driver.task(instance, "Task_PenilaianMandiri");
    driver.complete(DemoUsers.STAFF, self, driver.selfAssessment(self));
    assertStage(year, AppraisalStage.PENILAIAN_AKHIR);
    driver.complete(DemoUsers.LURAH, instance, "Task_NilaiKinerja",
        AppraisalDriver.rating("DI_BAWAH_EKSPEKTASI", "SESUAI_EKSPEKTASI", "SESUAI_EKSPEKTASI"));
    assertStage(year, AppraisalStage.HASIL);

    driver.complete(DemoUsers.STAFF, instance, "Task_TinjauHasil", appeal());
    driver.runDueJobs(instance);
    assertStage(year, AppraisalStage.KEBERATAN);
    driver.heard(instance, DemoUsers.CAMAT, DemoUsers.LURAH, DemoUsers.STAFF);
    assertStage(year, AppraisalStage.KEBERATAN);
    driver.complete(DemoUsers.CAMAT, instance, "Task_PutuskanKeberatan", confirmResult());
    assertStage(year, AppraisalStage.FINAL);

    driver.complete(DemoUsers.HR, instance, "Task_RencanakanPelatihan",
        Map.of("rencanaPelatihan", "Diklat peningkatan kinerja pelayanan kelurahan"));
    driver.complete(DemoUsers.STAFF, instance, "Task_KonfirmasiRujukan", Map.of("konfirmasiRujukan", true));
    assertStage(year, AppraisalStage.SELESAI);
  }

  @Test
  void anAppraisalWaitingForItsUnitIsInCalibration() {
    int year = AppraisalDriver.newYear();
    jdbc.sql("insert into kinerja.appraisal_period (period_year, plan_deadline, final_assessment_opens, calibration_required)"
            + " values (?, ?, ?, true)")
        .params(year, java.time.LocalDate.of(year, 1, 31), java.time.LocalDate.of(year, 12, 31)).update();
    ProcessInstance instance = driver.planned(DemoUsers.STAFF, DemoUsers.LURAH, year);
    driver.planned(DemoUsers.OTHER_STAFF, DemoUsers.LURAH, year);

    driver.rated(instance, DemoUsers.STAFF, DemoUsers.LURAH, "SESUAI_EKSPEKTASI", "SESUAI_EKSPEKTASI", "SESUAI_EKSPEKTASI");

    assertThat(stageOf(year, DemoUsers.STAFF)).isEqualTo(AppraisalStage.KALIBRASI.name());
    assertThat(stageOf(year, DemoUsers.OTHER_STAFF)).isEqualTo(AppraisalStage.PEMANTAUAN.name());
  }

  @Test
  void theSubordinatesSeeTheRhkWithoutTheNoticeOnceTheSupervisorsSkpIsSet() {
    int year = AppraisalDriver.newYear();
    driver.approvedPlan(DemoUsers.CAMAT, year);
    ProcessInstance lurah = driver.start(DemoUsers.LURAH, year);
    ProcessInstance drafting = driver.start(DemoUsers.STAFF, year);
    ProcessInstance waiting = driver.start(DemoUsers.OTHER_STAFF, year);
    Task lurahDraft = driver.task(lurah, "Task_SusunSkp");
    driver.complete(DemoUsers.LURAH, lurahDraft, driver.plan(lurahDraft));
    assertThat(optionLabels(driver.task(drafting, "Task_SusunSkp"))).isNotEmpty().allMatch(l -> l.endsWith(NOT_SET));
    Task waitingDraft = driver.task(waiting, "Task_SusunSkp");
    driver.complete(DemoUsers.OTHER_STAFF, waitingDraft, driver.plan(waitingDraft));

    driver.complete(DemoUsers.CAMAT, lurah, "Task_PeriksaSkp", approve());
    driver.runDueJobs(lurah);
    driver.runDueJobs(waiting);

    assertThat(optionLabels(driver.task(drafting, "Task_SusunSkp"))).as("the open draft, in the same round")
        .isNotEmpty().noneMatch(l -> l.contains("belum disetujui"));
    assertThat(optionLabels(driver.task(waiting, "Task_PeriksaSkp"))).as("the review of a submission that waited")
        .isNotEmpty().noneMatch(l -> l.contains("belum disetujui"));
    assertThat(stageOf(year, DemoUsers.LURAH)).isEqualTo(AppraisalStage.PEMANTAUAN.name());
  }

  private List<String> optionLabels(Task task) {
    return JsonVariables.rows(driver.tasks.getVariable(task.getId(), AppraisalVariables.PARENT_OPTIONS)).stream()
        .map(o -> String.valueOf(o.get("label"))).toList();
  }

  /** The employee's stage and its label in the summary; a final appraisal is counted in its stage. */
  private void assertStage(int year, AppraisalStage stage) {
    JsonNode summary = summary(year);
    JsonNode unfinished = entryOf(summary.get("unfinished"), DemoUsers.STAFF);
    if (stage == AppraisalStage.FINAL || stage == AppraisalStage.SELESAI) {
      assertThat(unfinished).as("not listed as unfinished").isNull();
    } else {
      assertThat(unfinished).as("listed as unfinished").isNotNull();
      assertThat(unfinished.get("stage").asText()).isEqualTo(stage.name());
      assertThat(unfinished.get("stageLabel").asText()).isEqualTo(stage.label());
    }
    for (JsonNode count : summary.get("stages")) {
      assertThat(count.get("count").asInt()).as("appraisals in %s", count.get("stage"))
          .isEqualTo(count.get("stage").asText().equals(stage.name()) ? 1 : 0);
      assertThat(count.get("label").asText()).isEqualTo(AppraisalStage.valueOf(count.get("stage").asText()).label());
    }
  }

  private String stageOf(int year, String nip) {
    JsonNode entry = entryOf(summary(year).get("unfinished"), nip);
    return entry == null ? null : entry.get("stage").asText();
  }

  private static JsonNode entryOf(JsonNode people, String nip) {
    for (JsonNode person : people) {
      if (person.get("nip").asText().equals(nip)) {
        return person;
      }
    }
    return null;
  }

  private JsonNode summary(int year) {
    var answer = Http.demoUser(port, DemoUsers.HR).get("/api/periods/" + year + "/summary");
    assertThat(answer.statusCode()).isEqualTo(200);
    try {
      return new ObjectMapper().readTree(answer.body());
    } catch (java.io.IOException e) {
      throw new AssertionError(e);
    }
  }
}

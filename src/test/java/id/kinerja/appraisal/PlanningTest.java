package id.kinerja.appraisal;

import static id.kinerja.appraisal.AppraisalDriver.approve;
import static id.kinerja.appraisal.AppraisalDriver.returnWith;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import id.kinerja.DemoUsers;
import id.kinerja.KinerjaSpringTest;
import id.kinerja.plan.PlanRepository;
import id.kinerja.plan.PlanRepository.Appendix;
import id.kinerja.process.JsonVariables;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** "Perencanaan SKP": drafting, review rounds, cascading from the supervisor's SKP. */
@KinerjaSpringTest
class PlanningTest {

  @Autowired
  AppraisalDriver driver;
  @Autowired
  ProcessEngine engine;
  @Autowired
  JdbcClient jdbc;
  @Autowired
  PlanRepository plans;

  @Test
  void theEmployeeDraftsAndTheRaterSetsTheSkp() {
    int year = AppraisalDriver.newYear();
    driver.approvedPlan(DemoUsers.LURAH, year);
    ProcessInstance instance = driver.start(DemoUsers.STAFF, year);

    Task draft = driver.task(instance, "Task_SusunSkp");
    assertThat(draft.getAssignee()).isEqualTo(DemoUsers.STAFF);
    assertThat(driver.firstParentOption(draft)).startsWith("rhk:");
    driver.complete(DemoUsers.STAFF, draft, driver.plan(draft));

    Task review = driver.task(instance, "Task_PeriksaSkp");
    assertThat(review.getAssignee()).isEqualTo(DemoUsers.LURAH);
    driver.complete(DemoUsers.LURAH, review, approve());
    driver.runDueJobs(instance);

    assertThat(instance).hasPassed("Task_TetapkanSkp", "EndEvent_SkpDitetapkan").isWaitingAt("Gateway_MenungguAkhirPeriode");
    long appraisal = (Long) driver.variable(instance, "penilaianId");
    assertThat(jdbc.sql("select status from kinerja.performance_plan where appraisal_id = ?").param(appraisal)
        .query(String.class).single()).isEqualTo("DISETUJUI");
    assertThat(jdbc.sql("select count(*) from kinerja.behaviour_expectation where appraisal_id = ?").param(appraisal)
        .query(Integer.class).single()).isEqualTo(7);
    assertThat(jdbc.sql("select parent_result_id is not null from kinerja.planned_result where appraisal_id = ?")
        .param(appraisal).query(Boolean.class).single()).isTrue();
  }

  @Test
  void aPlanReturnedTwiceShowsTheNotesAndIsApprovedInTheThirdRound() {
    int year = AppraisalDriver.newYear();
    driver.approvedPlan(DemoUsers.LURAH, year);
    ProcessInstance instance = driver.start(DemoUsers.STAFF, year);

    for (int round = 1; round <= 2; round++) {
      Task draft = driver.task(instance, "Task_SusunSkp");
      assertThat(driver.tasks.getVariable(draft.getId(), "putaranSkp")).isEqualTo(round);
      driver.complete(DemoUsers.STAFF, draft, driver.plan(draft));
      driver.complete(DemoUsers.LURAH, instance, "Task_PeriksaSkp", returnWith("Target kuantitas putaran " + round + " terlalu rendah"));
      Task again = driver.task(instance, "Task_SusunSkp");
      assertThat(driver.tasks.getVariable(again.getId(), "catatanPengembalian")).isEqualTo("Target kuantitas putaran " + round + " terlalu rendah");
      assertThat(driver.tasks.getVariable(again.getId(), "rhk")).asString().contains("rhkId");
    }
    Task third = driver.task(instance, "Task_SusunSkp");
    driver.complete(DemoUsers.STAFF, third, driver.plan(third));
    driver.complete(DemoUsers.LURAH, instance, "Task_PeriksaSkp", approve());
    driver.runDueJobs(instance);

    assertThat(instance).isWaitingAt("Gateway_MenungguAkhirPeriode");
    long appraisal = (Long) driver.variable(instance, "penilaianId");
    assertThat(jdbc.sql("select decision from kinerja.plan_review where appraisal_id = ? order by round").param(appraisal)
        .query(String.class).list()).containsExactly("KEMBALIKAN", "KEMBALIKAN", "SETUJUI");
    assertThat(jdbc.sql("select count(*) from kinerja.planned_result where appraisal_id = ?").param(appraisal)
        .query(Integer.class).single()).as("rows are updated, not duplicated").isOne();
  }

  @Test
  void theAppendixIsStoredWithTheSubmissionShownToTheRaterAndBackOnAReturnedSkp() {
    ProcessInstance instance = drafting();
    long appraisal = (Long) driver.variable(instance, "penilaianId");
    Task draft = driver.task(instance, "Task_SusunSkp");
    Map<String, Object> answers = new HashMap<>(driver.plan(draft));
    answers.put("skemaPertanggungjawaban", "  Laporan bulanan kepada Lurah\n");

    driver.complete(DemoUsers.STAFF, draft, answers);

    Appendix stored = new Appendix("Anggaran kegiatan, laptop, akses aplikasi SIAK", "Laporan bulanan kepada Lurah",
        "Capaian di bawah target menjadi bahan dialog kinerja dan rencana pengembangan");
    assertThat(plans.appendix(appraisal)).contains(stored);
    Task review = driver.task(instance, "Task_PeriksaSkp");
    assertThat(appendixOn(review)).as("the rater reads what was stored").isEqualTo(stored);

    driver.complete(DemoUsers.LURAH, review, returnWith("Skema pertanggungjawaban perlu tanggal laporan"));
    Task again = driver.task(instance, "Task_SusunSkp");
    assertThat(appendixOn(again)).as("the returned SKP opens with its appendix").isEqualTo(stored);
    Map<String, Object> fixed = new HashMap<>(driver.plan(again));
    fixed.put("skemaPertanggungjawaban", "Laporan bulanan kepada Lurah setiap tanggal 5");
    driver.complete(DemoUsers.STAFF, again, fixed);

    assertThat(plans.appendix(appraisal)).map(Appendix::accountabilityScheme).contains("Laporan bulanan kepada Lurah setiap tanggal 5");
    assertThat(appendixOn(driver.task(instance, "Task_PeriksaSkp")).accountabilityScheme())
        .isEqualTo("Laporan bulanan kepada Lurah setiap tanggal 5");
  }

  @Test
  void anSkpWithoutItsAppendixOrWithATooShortOneIsRefusedAndNothingIsStored() {
    ProcessInstance instance = drafting();
    long appraisal = (Long) driver.variable(instance, "penilaianId");
    Task draft = driver.task(instance, "Task_SusunSkp");
    Map<String, Object> withoutAppendix = Map.of("rhk", driver.plan(draft).get("rhk"));
    Map<String, Object> tooShort = new HashMap<>(driver.plan(draft));
    tooShort.put("konsekuensi", "Teguran");
    tooShort.put("dukunganSumberDaya", "   ");
    tooShort.put("skemaPertanggungjawaban", "x".repeat(2001));

    assertThatThrownBy(() -> driver.complete(DemoUsers.STAFF, draft, withoutAppendix))
        .isInstanceOf(ProcessEngineException.class)
        .hasMessageContaining("Dukungan sumber daya wajib diisi")
        .hasMessageContaining("Skema pertanggungjawaban wajib diisi")
        .hasMessageContaining("Konsekuensi wajib diisi");
    assertThatThrownBy(() -> driver.complete(DemoUsers.STAFF, draft, tooShort))
        .hasMessageContaining("Konsekuensi paling sedikit 10 karakter")
        .hasMessageContaining("Dukungan sumber daya wajib diisi")
        .hasMessageContaining("Skema pertanggungjawaban paling banyak 2000 karakter");

    assertThat(driver.task(instance, "Task_SusunSkp").getId()).as("the task stays open").isEqualTo(draft.getId());
    assertThat(plans.appendix(appraisal)).isEmpty();
    assertThat(plans.status(appraisal)).contains("DRAFT");
    assertThat(plans.round(appraisal)).isZero();
    assertThat(plans.results(appraisal)).as("no RHK stored either").isEmpty();
    assertThat(driver.variable(instance, "konsekuensi")).as("nothing of the submission kept").isNull();
  }

  /** STAFF's appraisal of a new year at "Susun SKP", the Lurah's SKP being set. */
  private ProcessInstance drafting() {
    int year = AppraisalDriver.newYear();
    driver.approvedPlan(DemoUsers.LURAH, year);
    return driver.start(DemoUsers.STAFF, year);
  }

  private Appendix appendixOn(Task task) {
    return new Appendix((String) driver.tasks.getVariable(task.getId(), "dukunganSumberDaya"),
        (String) driver.tasks.getVariable(task.getId(), "skemaPertanggungjawaban"),
        (String) driver.tasks.getVariable(task.getId(), "konsekuensi"));
  }

  @Test
  void aSubmissionWaitsForTheSupervisorsSkpAndContinuesWhenItIsSet() {
    int year = AppraisalDriver.newYear();
    driver.approvedPlan(DemoUsers.CAMAT, year);
    ProcessInstance lurah = driver.start(DemoUsers.LURAH, year);
    ProcessInstance staff = driver.start(DemoUsers.STAFF, year);

    Task lurahDraft = driver.task(lurah, "Task_SusunSkp");
    driver.complete(DemoUsers.LURAH, lurahDraft, driver.plan(lurahDraft));
    Task staffDraft = driver.task(staff, "Task_SusunSkp");
    assertThat(driver.firstParentOption(staffDraft)).as("the Lurah's draft RHK is offered").startsWith("rhk:");
    driver.complete(DemoUsers.STAFF, staffDraft, driver.plan(staffDraft));

    assertThat(staff).isWaitingAt("Event_MenungguSkpAtasan");
    assertThat(driver.hasTask(staff, "Task_PeriksaSkp")).isFalse();

    driver.complete(DemoUsers.CAMAT, lurah, "Task_PeriksaSkp", approve());
    driver.runDueJobs(lurah);
    driver.runDueJobs(staff);

    assertThat(staff).hasPassed("Event_MenungguSkpAtasan").isWaitingAt("Task_PeriksaSkp");
    assertThat(driver.task(staff, "Task_PeriksaSkp").getAssignee()).isEqualTo(DemoUsers.LURAH);
  }

  @Test
  void anSkpWithoutRhkOrWithATargetOutOfRangeIsRefusedAndNothingIsWritten() {
    int year = AppraisalDriver.newYear();
    driver.approvedPlan(DemoUsers.LURAH, year);
    ProcessInstance instance = driver.start(DemoUsers.STAFF, year);
    Task draft = driver.task(instance, "Task_SusunSkp");
    var outOfRange = AppraisalDriver.planRow(driver.firstParentOption(draft), "TAMBAHAN");
    outOfRange.put("targetKualitas", 150);
    outOfRange.put("rhkAtasan", null);

    assertThatThrownBy(() -> driver.complete(DemoUsers.STAFF, draft, Map.of("rhk", JsonVariables.of(List.of()))))
        .isInstanceOf(ProcessEngineException.class).hasMessageContaining("Rencana hasil kerja wajib diisi");
    assertThatThrownBy(() -> driver.complete(DemoUsers.STAFF, draft, Map.of("rhk", JsonVariables.of(List.of(outOfRange)))))
        .hasMessageContaining("Target kualitas (%) harus antara 0 dan 100")
        .hasMessageContaining("RHK atasan yang diintervensi wajib dipilih")
        .hasMessageContaining("paling sedikit satu RHK utama");

    assertThat(driver.task(instance, "Task_SusunSkp").getId()).isEqualTo(draft.getId());
    long appraisal = (Long) driver.variable(instance, "penilaianId");
    assertThat(jdbc.sql("select status from kinerja.performance_plan where appraisal_id = ?").param(appraisal)
        .query(String.class).single()).isEqualTo("DRAFT");
    assertThat(jdbc.sql("select count(*) from kinerja.planned_result where appraisal_id = ?").param(appraisal)
        .query(Integer.class).single()).isZero();
  }

  @Test
  void theSekdaCascadesFromOrganisationGoalsNeverWaitsAndIsSetByTheWalikota() {
    int year = AppraisalDriver.newYear();
    jdbc.sql("insert into kinerja.organisation_goal (period_year, description) values (?, 'Meningkatnya kualitas pelayanan publik kota')")
        .param(year).update();
    ProcessInstance sekda = driver.start(DemoUsers.SEKDA, year);

    Task draft = driver.task(sekda, "Task_SusunSkp");
    assertThat(driver.firstParentOption(draft)).startsWith("tujuan:");
    driver.complete(DemoUsers.SEKDA, draft, driver.plan(draft));

    Task review = driver.task(sekda, "Task_PeriksaSkp");
    assertThat(review.getAssignee()).as("the kepala daerah sets the Sekda's SKP, not HR").isEqualTo(DemoUsers.WALIKOTA);
    assertThat(driver.tasks.getIdentityLinksForTask(review.getId())).noneSatisfy(link ->
        assertThat(link.getGroupId()).isEqualTo("pengelola-kinerja"));
    driver.complete(DemoUsers.WALIKOTA, review, approve());
    driver.runDueJobs(sekda);
    assertThat(jdbc.sql("select approved_by from kinerja.performance_plan where appraisal_id = ?")
        .param(driver.variable(sekda, "penilaianId")).query(String.class).single()).isEqualTo(DemoUsers.WALIKOTA);
  }

  @Test
  void theKepalaDaerahHasNoAppraisalOfHisOwn() {
    assertThatThrownBy(() -> driver.start(DemoUsers.WALIKOTA, AppraisalDriver.newYear()))
        .hasMessageContaining("pejabat negara");
  }
}

package id.kinerja.appraisal;

import static id.kinerja.appraisal.AppraisalDriver.approve;
import static org.assertj.core.api.Assertions.assertThat;

import id.kinerja.DemoUsers;
import id.kinerja.Http;
import id.kinerja.PostgresDatabase;
import id.kinerja.security.Groups;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The demo year 2026 on PostgreSQL with the engine's clock moved through the calendar, from the
 * Walikota down to Siti: each task is done by its owner on the day the rules give it. The SKP
 * cascades from the organisation goals through the Sekda, the Camat and the Lurah; each quarter
 * opens the day after it ends; a dialog kinerja is held in December; the annual assessment opens on
 * 1 January 2027; the Camat's appeal reaches the Walikota. Nobody in HR ever holds a rating, SKP or
 * appeal task.
 */
class DemoYearOnPostgresTest {

  private static final int YEAR = 2026;
  /** Who rates whom in the chain, top down. */
  private static final Map<String, String> RATER_OF = new LinkedHashMap<>();

  static {
    RATER_OF.put(DemoUsers.SEKDA, DemoUsers.WALIKOTA);
    RATER_OF.put(DemoUsers.CAMAT, DemoUsers.SEKDA);
    RATER_OF.put(DemoUsers.LURAH, DemoUsers.CAMAT);
    RATER_OF.put(DemoUsers.STAFF, DemoUsers.LURAH);
  }

  private static PostgresDatabase database;
  private static ConfigurableApplicationContext app;
  private static AppraisalDriver driver;
  private static JdbcClient jdbc;
  private static int port;

  @BeforeAll
  static void start() {
    database = PostgresDatabase.create();
    // The test moves the clock and runs the jobs itself, as the job executor would on each day.
    app = database.startApplication("--kinerja.demo.enabled=true", "--camunda.bpm.job-execution.enabled=false");
    port = ((WebServerApplicationContext) app).getWebServer().getPort();
    driver = app.getBean(AppraisalDriver.class);
    jdbc = app.getBean(JdbcClient.class);
  }

  @AfterAll
  static void stop() throws Exception {
    ClockUtil.reset();
    PostgresDatabase.stop(app, database);
  }

  @Test
  void theDemoYearFromTheWalikotaDownToSiti() {
    at(LocalDateTime.of(YEAR, 1, 5, 8, 0));
    jdbc.sql("insert into kinerja.organisation_goal (period_year, description) values (?, ?)")
        .params(YEAR, "Meningkatnya kualitas pelayanan publik Kota Palembang").update();
    Map<String, ProcessInstance> year = new LinkedHashMap<>();
    RATER_OF.keySet().forEach(nip -> year.put(nip, driver.start(nip, YEAR)));

    // January: the SKP cascades from the top, each set by the person's rater.
    RATER_OF.forEach((nip, rater) -> {
      Task draft = driver.task(year.get(nip), "Task_SusunSkp");
      assertThat(draft.getAssignee()).isEqualTo(nip);
      driver.complete(nip, draft, driver.plan(draft));
      Task review = driver.task(year.get(nip), "Task_PeriksaSkp");
      assertThat(review.getAssignee()).as("who sets the SKP of %s", nip).isEqualTo(rater);
      driver.complete(rater, review, approve());
      driver.runDueJobs(year.get(nip));
    });
    assertThat(jdbc.sql("select approved_by from kinerja.performance_plan p join kinerja.appraisal a on a.id = p.appraisal_id"
        + " where a.nip = ? and a.period_year = ?").params(DemoUsers.SEKDA, YEAR).query(String.class).single())
        .isEqualTo(DemoUsers.WALIKOTA);

    // TW I to TW IV: nothing opens before the quarter ends; the day after, the quarter's tasks are due 10 days later.
    LocalDate[] quarterEnds = {LocalDate.of(YEAR, 3, 31), LocalDate.of(YEAR, 6, 30), LocalDate.of(YEAR, 9, 30),
        LocalDate.of(YEAR, 12, 31)};
    for (int quarter = 1; quarter <= 4; quarter++) {
      LocalDate end = quarterEnds[quarter - 1];
      if (quarter == 4) {
        dialogKinerjaInDecember(year.get(DemoUsers.STAFF));
      }
      at(end.atTime(22, 0));
      runCalendar(year);
      for (ProcessInstance instance : year.values()) {
        assertThat(driver.periodTask(instance, "Task_CatatRealisasi", quarter)).as("TW %s before its end", quarter).isNull();
      }
      at(end.plusDays(1).atTime(0, 1));
      runCalendar(year);
      for (Map.Entry<String, String> line : RATER_OF.entrySet()) {
        ProcessInstance instance = year.get(line.getKey());
        Task realisation = driver.periodTask(instance, "Task_CatatRealisasi", quarter);
        assertThat(realisation).as("TW %s of %s", quarter, line.getKey()).isNotNull();
        assertThat(realisation.getAssignee()).isEqualTo(line.getKey());
        assertThat(realisation.getDueDate()).isEqualTo(endOf(end.plusDays(10)));
        driver.complete(line.getKey(), realisation, driver.realisation(realisation));
        Task review = driver.periodTask(instance, "Task_UmpanBalikTriwulan", quarter);
        assertThat(review.getAssignee()).isEqualTo(line.getValue());
        driver.complete(line.getValue(), review, driver.quarterlyReview(review, "SESUAI_EKSPEKTASI", "SESUAI_EKSPEKTASI"));
        driver.runDueJobs(instance);
      }
    }

    // 1 January 2027, the day after the period: the annual assessment is open (it opened with TW IV's tasks).
    year.forEach((nip, instance) -> {
      Task self = driver.task(instance, "Task_PenilaianMandiri");
      assertThat(self.getCreateTime()).isAfterOrEqualTo(date(LocalDateTime.of(YEAR + 1, 1, 1, 0, 0)));
      driver.complete(nip, self, driver.selfAssessment(self));
    });
    at(LocalDateTime.of(YEAR + 1, 1, 6, 9, 0));
    rate(year, DemoUsers.STAFF, AppraisalDriver.rating("SESUAI_EKSPEKTASI", "SESUAI_EKSPEKTASI", "SESUAI_EKSPEKTASI"));
    rate(year, DemoUsers.LURAH, AppraisalDriver.rating("DI_ATAS_EKSPEKTASI", "SESUAI_EKSPEKTASI", "SESUAI_EKSPEKTASI"));
    // The Camat and the Sekda head units carrying an organisation predicate: their raters rate the behaviour,
    // the leader one level up sets the unit's predicate, and the Hasil Kerja rating follows from it.
    rate(year, DemoUsers.CAMAT, AppraisalDriver.headRating("DI_BAWAH_EKSPEKTASI", "SESUAI_EKSPEKTASI"));
    rate(year, DemoUsers.SEKDA, AppraisalDriver.headRating("DI_ATAS_EKSPEKTASI", "SESUAI_EKSPEKTASI"));
    unitPredicate(DemoUsers.SEKDA, "KEC-PLAJU", "BAIK");
    unitPredicate(DemoUsers.WALIKOTA, "SETDA-PLG", "ISTIMEWA");
    year.values().forEach(driver::runDueJobs);
    assertThat(storedRatings(DemoUsers.CAMAT)).isEqualTo("SESUAI_EKSPEKTASI/DI_BAWAH_EKSPEKTASI/KURANG");

    // The Camat appeals; the Walikota, above the Sekda who rated him, hears both and decides.
    at(LocalDateTime.of(YEAR + 1, 1, 8, 10, 0));
    driver.complete(DemoUsers.CAMAT, year.get(DemoUsers.CAMAT), "Task_TinjauHasil", AppraisalDriver.appeal());
    driver.runDueJobs(year.get(DemoUsers.CAMAT));
    assertThat(driver.task(year.get(DemoUsers.CAMAT), "Task_PeriksaKeberatan").getAssignee()).isEqualTo(DemoUsers.WALIKOTA);
    driver.heard(year.get(DemoUsers.CAMAT), DemoUsers.WALIKOTA, DemoUsers.SEKDA, DemoUsers.CAMAT);
    driver.complete(DemoUsers.WALIKOTA, year.get(DemoUsers.CAMAT), "Task_PutuskanKeberatan",
        AppraisalDriver.changeResult("SESUAI_EKSPEKTASI", "SESUAI_EKSPEKTASI"));
    driver.runDueJobs(year.get(DemoUsers.CAMAT));
    assertThat(storedRatings(DemoUsers.CAMAT)).isEqualTo("SESUAI_EKSPEKTASI/SESUAI_EKSPEKTASI/BAIK");
    assertThat(jdbc.sql("select reviewer_nip from kinerja.appeal p join kinerja.appraisal a on a.id = p.appraisal_id"
        + " where a.nip = ? and a.period_year = ?").params(DemoUsers.CAMAT, YEAR).query(String.class).single())
        .isEqualTo(DemoUsers.WALIKOTA);
    for (String nip : List.of(DemoUsers.SEKDA, DemoUsers.LURAH, DemoUsers.STAFF)) {
      driver.complete(nip, year.get(nip), "Task_TinjauHasil", AppraisalDriver.accept());
      driver.runDueJobs(year.get(nip));
    }

    assertThat(jdbc.sql("select nip || ':' || status from kinerja.appraisal where period_year = ? order by nip").param(YEAR)
        .query(String.class).list()).allSatisfy(stage -> assertThat(stage).matches(".*:(FINAL|SELESAI)"));
    nobodyInHrHeldARatingSkpOrAppealTask();
  }

  private static void dialogKinerjaInDecember(ProcessInstance staff) {
    at(LocalDateTime.of(YEAR, 12, 10, 9, 0));
    IdentityService identity = app.getBean(IdentityService.class);
    identity.setAuthentication(DemoUsers.STAFF, List.of(Groups.PEGAWAI));
    try {
      app.getBean(FormService.class).submitStartForm(app.getBean(RepositoryService.class).createProcessDefinitionQuery()
          .processDefinitionKey("permintaan-dialog-kinerja").latestVersion().singleResult().getId(),
          Map.of("nipPegawai", DemoUsers.STAFF, "topikDialog", "Capaian TW IV dan rencana tahun depan"));
    } finally {
      identity.clearAuthentication();
    }
    driver.runDueJobs(staff);
    Task record = driver.task(staff, "Task_CatatDialog");
    assertThat(record.getAssignee()).isEqualTo(DemoUsers.LURAH);
    driver.complete(DemoUsers.LURAH, record, Map.of("tanggalDialog", "2026-12-10",
        "catatanDialog", "Membahas capaian TW IV", "tindakLanjutDisepakati", "Susun SKP 2027 lebih awal"));
    driver.complete(DemoUsers.STAFF, staff, "Task_UmpanBalikDialog", Map.of("umpanBalikPegawai", "Dialog sangat membantu"));
  }

  private static void rate(Map<String, ProcessInstance> year, String nip, Map<String, Object> answers) {
    Task rating = driver.task(year.get(nip), "Task_NilaiKinerja");
    assertThat(rating.getAssignee()).as("who rates %s", nip).isEqualTo(RATER_OF.get(nip));
    driver.complete(RATER_OF.get(nip), rating, answers);
    driver.runDueJobs(year.get(nip));
  }

  private static void unitPredicate(String leader, String unit, String predicate) {
    var response = Http.demoUser(port, leader).putJson("/api/unit-predicates/" + YEAR + "/" + unit,
        "{\"predicate\":\"" + predicate + "\"}");
    assertThat(response.statusCode()).as(response.body()).isEqualTo(204);
  }

  private static String storedRatings(String nip) {
    return jdbc.sql("select f.results_rating || '/' || f.behaviour_rating || '/' || f.predicate from kinerja.final_rating f"
        + " join kinerja.appraisal a on a.id = f.appraisal_id where a.nip = ? and a.period_year = ?")
        .params(nip, YEAR).query(String.class).single();
  }

  /** Over the whole year's history: no task of a rater, an employee or an appeal reviewer went to HR. */
  private static void nobodyInHrHeldARatingSkpOrAppealTask() {
    String yearTasks = " from act_hi_taskinst t join kinerja.appraisal a on a.process_instance_id = t.proc_inst_id_"
        + " where a.period_year = ? and t.task_def_key_ not in ('Task_RencanakanPelatihan', 'Task_ProsesPenghargaan')";
    assertThat(jdbc.sql("select count(*)" + yearTasks).param(YEAR).query(Integer.class).single()).isGreaterThan(40);
    assertThat(jdbc.sql("select count(*)" + yearTasks + " and (t.assignee_ is null or t.assignee_ in"
        + " (select user_id_ from act_id_membership where group_id_ = ?))").params(YEAR, Groups.PENGELOLA_KINERJA)
        .query(Integer.class).single()).isZero();
    assertThat(jdbc.sql("select count(*) from act_hi_identitylink l where l.group_id_ = ? and l.task_id_ in (select t.id_"
        + yearTasks + ")").params(Groups.PENGELOLA_KINERJA, YEAR).query(Integer.class).single()).isZero();
  }

  private static void runCalendar(Map<String, ProcessInstance> year) {
    year.values().forEach(driver::runDueJobsOnCalendar);
  }

  private static void at(LocalDateTime time) {
    ClockUtil.setCurrentTime(date(time));
  }

  private static Date date(LocalDateTime time) {
    return Date.from(time.atZone(ZoneId.systemDefault()).toInstant());
  }

  private static Date endOf(LocalDate day) {
    return Date.from(day.plusDays(1).atStartOfDay(ZoneId.systemDefault()).minusSeconds(1).toInstant());
  }
}

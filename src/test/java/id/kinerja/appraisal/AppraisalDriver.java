package id.kinerja.appraisal;

import static org.assertj.core.api.Assertions.assertThat;

import id.kinerja.DemoUsers;
import id.kinerja.organisation.AppointmentProcess;
import id.kinerja.organisation.VacantKelurahan;
import id.kinerja.process.JsonVariables;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Drives appraisals through the engine as the people who own each task would, with the answers
 * a valid form submits. Each test takes its own year so appraisals never meet.
 */
@Component
public class AppraisalDriver {

  private static final AtomicInteger YEARS = new AtomicInteger(2040);
  /** Years of their own for tests of endpoints that refuse a year after 2100 (opening, bottlenecks). */
  private static final AtomicInteger YEARS_WITHIN_LIMITS = new AtomicInteger(2026);

  public final RuntimeService runtime;
  public final TaskService tasks;
  final IdentityService identity;
  final ManagementService management;
  final JdbcClient jdbc;

  AppraisalDriver(ProcessEngine engine, RuntimeService runtime, TaskService tasks, IdentityService identity,
      ManagementService management, JdbcClient jdbc) {
    // camunda-bpm-assert keeps its engine per thread; the tests run on the thread that creates the context.
    BpmnAwareTests.init(engine);
    this.runtime = runtime;
    this.tasks = tasks;
    this.identity = identity;
    this.management = management;
    this.jdbc = jdbc;
  }

  public ManagementService management() {
    return management;
  }

  public static int newYear() {
    return YEARS.incrementAndGet();
  }

  /**
   * A new year for a test of an endpoint that takes only years up to 2100: the suite uses more
   * years than 2040-2100 holds, so these come from 2027-2039, which {@link #newYear} never gives.
   */
  public static int newYearWithinLimits() {
    int year = YEARS_WITHIN_LIMITS.incrementAndGet();
    if (year >= 2040) {
      throw new IllegalStateException("no year left below 2040 for tests of year-limited endpoints");
    }
    return year;
  }

  /** A new year whose settings have units carrying an organisation predicate calibrated against the curve. */
  public int newYearWithCalibration() {
    int year = newYear();
    jdbc.sql("insert into kinerja.appraisal_period (period_year, plan_deadline, final_assessment_opens, calibration_required)"
        + " values (?, ?, ?, true)").params(year, java.time.LocalDate.of(year, 1, 31), java.time.LocalDate.of(year, 12, 31)).update();
    return year;
  }

  /** The calibration of a unit in a year ({@code kalibrasi-unit}), or null while it has not started. */
  public ProcessInstance calibration(String unitCode, int year) {
    return runtime.createProcessInstanceQuery().processDefinitionKey("kalibrasi-unit")
        .processInstanceBusinessKey(unitCode + ":" + year).singleResult();
  }

  /** Starts the appraisal; unless the test set the year's settings, without calibration of the unit. */
  public ProcessInstance start(String nip, int year) {
    jdbc.sql("insert into kinerja.appraisal_period (period_year, plan_deadline, final_assessment_opens, calibration_required)"
            + " select ?, ?, ?, false where not exists (select 1 from kinerja.appraisal_period where period_year = ?)")
        .params(year, java.time.LocalDate.of(year, 1, 31), java.time.LocalDate.of(year + 1, 1, 1), year).update();
    return runtime.startProcessInstanceByKey(AppraisalProcess.KEY, AppraisalVariables.businessKey(nip, year),
        Map.of(AppraisalVariables.NIP, nip, AppraisalVariables.YEAR, year));
  }

  /** The supervisor's SKP of the year, already approved (so a subordinate's submission does not wait). */
  public void approvedPlan(String nip, int year) {
    if (jdbc.sql("select count(*) from kinerja.appraisal where nip = ? and period_year = ?").params(nip, year)
        .query(Integer.class).single() > 0) {
      return;
    }
    jdbc.sql("insert into kinerja.appraisal (nip, period_year, status) values (?, ?, 'PEMANTAUAN')").params(nip, year).update();
    long id = jdbc.sql("select id from kinerja.appraisal where nip = ? and period_year = ?").params(nip, year).query(Long.class).single();
    jdbc.sql("insert into kinerja.performance_plan (appraisal_id, status, round) values (?, 'DISETUJUI', 1)").param(id).update();
    jdbc.sql("insert into kinerja.planned_result (appraisal_id, seq, kind, description, quantity_indicator, quantity_target,"
            + " quantity_unit, quality_indicator, quality_target, time_indicator, time_target)"
            + " values (?, 1, 'UTAMA', 'Meningkatnya kualitas pelayanan kelurahan', 'Jumlah layanan', 100, 'layanan',"
            + " 'Kepuasan masyarakat', 85, 'Waktu', 12)")
        .param(id).update();
  }

  /**
   * A year where the bottlenecks show: STAFF's SKP submitted and waiting for the Lurah's review,
   * OTHER_STAFF's draft past its due date by the given days.
   */
  public void oneSubmittedOneOverdue(int year, int overdueDays) {
    approvedPlan(DemoUsers.LURAH, year);
    ProcessInstance staff = start(DemoUsers.STAFF, year);
    ProcessInstance other = start(DemoUsers.OTHER_STAFF, year);
    Task draft = task(staff, "Task_SusunSkp");
    complete(DemoUsers.STAFF, draft, plan(draft));
    Task late = task(other, "Task_SusunSkp");
    late.setDueDate(java.util.Date.from(java.time.Instant.now().minus(java.time.Duration.ofDays(overdueDays))));
    tasks.saveTask(late);
  }

  public Task task(ProcessInstance instance, String key) {
    List<Task> found = tasks.createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(key).list();
    assertThat(found).as("open task %s", key).hasSize(1);
    return found.get(0);
  }

  public boolean hasTask(ProcessInstance instance, String key) {
    return tasks.createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(key).count() > 0;
  }

  public Object variable(ProcessInstance instance, String name) {
    return runtime.getVariable(instance.getId(), name);
  }

  /** Completes the task logged in as the user, with the groups they have, so authorizations apply. */
  public void complete(String user, Task task, Map<String, Object> answers) {
    List<String> groups = identity.createGroupQuery().groupMember(user).list().stream().map(Group::getId).toList();
    identity.setAuthentication(user, groups);
    try {
      tasks.complete(task.getId(), answers);
    } finally {
      identity.clearAuthentication();
    }
  }

  public void complete(String user, ProcessInstance instance, String key, Map<String, Object> answers) {
    complete(user, task(instance, key), answers);
  }

  /**
   * Runs every job of the instance that is due now (asynchronous continuations, due timers), except
   * the evaluation calendar's timers: the driver opens a period itself ({@link #openPeriod}), so a
   * test of this year (whose quarters have partly passed) behaves like one of 2040.
   */
  public void runDueJobs(ProcessInstance instance) {
    runDueJobs(instance, false);
  }

  /** Runs every due job, the evaluation calendar's timers included: for tests that move the clock through the year. */
  public void runDueJobsOnCalendar(ProcessInstance instance) {
    runDueJobs(instance, true);
  }

  private void runDueJobs(ProcessInstance instance, boolean calendar) {
    for (int round = 0; round < 10; round++) {
      java.util.Set<String> skipped = new java.util.HashSet<>();
      if (!calendar) {
        CALENDAR_TIMERS.forEach(activity -> management.createJobQuery().processInstanceId(instance.getId())
            .activityId(activity).list().forEach(job -> skipped.add(job.getId())));
      }
      List<Job> due = management.createJobQuery().processInstanceId(instance.getId()).executable().list().stream()
          .filter(job -> !skipped.contains(job.getId())).toList();
      if (due.isEmpty()) {
        return;
      }
      due.forEach(job -> management.executeJob(job.getId()));
    }
  }

  private static final java.util.Set<String> CALENDAR_TIMERS = java.util.Set.of(AppraisalProcess.PERIOD_ENDED,
      AppraisalProcess.EVALUATION_REMINDER, AppraisalProcess.EVALUATION_DEADLINE);

  /** The evaluation period's number an execution (or task) belongs to. */
  public int periodOf(String executionId) {
    return ((Number) runtime.getVariable(executionId, AppraisalVariables.QUARTER)).intValue();
  }

  /**
   * Opens evaluation period {@code number} as if it had ended: fires its "Periode evaluasi berakhir"
   * timer (whatever the clock says) unless the period is open already.
   */
  public void openPeriod(ProcessInstance instance, int number) {
    if (periodTask(instance, "Task_CatatRealisasi", number) != null || periodTask(instance, "Task_UmpanBalikTriwulan", number) != null) {
      return;
    }
    Job timer = management.createJobQuery().processInstanceId(instance.getId()).activityId(AppraisalProcess.PERIOD_ENDED)
        .timers().list().stream().filter(job -> periodOf(job.getExecutionId()) == number).findFirst().orElse(null);
    assertThat(timer).as("timer of evaluation period %s", number).isNotNull();
    management.executeJob(timer.getId());
    runDueJobs(instance);
  }

  /** The open task of that key in evaluation period {@code number}, or null. */
  public Task periodTask(ProcessInstance instance, String key, int number) {
    return tasks.createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(key).list().stream()
        .filter(task -> periodOf(task.getExecutionId()) == number).findFirst().orElse(null);
  }

  /** Fires a timer whatever its due date, as if its time had come. */
  public void fireTimer(ProcessInstance instance, String activityId) {
    Job timer = management.createJobQuery().processInstanceId(instance.getId()).activityId(activityId).timers().singleResult();
    assertThat(timer).as("timer %s", activityId).isNotNull();
    management.executeJob(timer.getId());
    runDueJobs(instance);
  }

  // ---- whole stages

  /**
   * HR's task "Tunjuk Plt/Plh jabatan kosong" for the vacancy's Lurah post, asked for once the
   * staff member's SKP waits for the vacant rater.
   */
  public Task vacantPostTask(VacantKelurahan vacancy) {
    int year = newYear();
    approvedPlan(DemoUsers.CAMAT, year);
    ProcessInstance staff = start(vacancy.staffNip(), year);
    Task draft = task(staff, "Task_SusunSkp");
    complete(vacancy.staffNip(), draft, plan(draft));
    return tasks.createTaskQuery().processDefinitionKey(AppointmentProcess.KEY)
        .processInstanceBusinessKey(vacancy.lurahPost()).singleResult();
  }

  /** An appraisal whose SKP is set, the rater's own SKP being approved already. */
  public ProcessInstance planned(String employee, String rater, int year) {
    approvedPlan(rater, year);
    ProcessInstance instance = start(employee, year);
    Task draft = task(instance, "Task_SusunSkp");
    complete(employee, draft, plan(draft));
    complete(rater, instance, "Task_PeriksaSkp", approve());
    runDueJobs(instance);
    return instance;
  }

  /**
   * The next {@code count} evaluation periods not yet done (from TW I on a fresh appraisal), each
   * opened as if it had ended, then recorded and reviewed.
   */
  public void quarters(ProcessInstance instance, String employee, String rater, int count) {
    for (int i = 0; i < count; i++) {
      evaluate(instance, employee, rater, nextPeriod(instance), "SESUAI_EKSPEKTASI", "SESUAI_EKSPEKTASI");
    }
  }

  /** The lowest-numbered period still open or waiting for its end. */
  public int nextPeriod(ProcessInstance instance) {
    java.util.stream.Stream<String> executions = java.util.stream.Stream.concat(
        tasks.createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKeyIn("Task_CatatRealisasi",
            "Task_UmpanBalikTriwulan").list().stream().map(Task::getExecutionId),
        management.createJobQuery().processInstanceId(instance.getId()).activityId(AppraisalProcess.PERIOD_ENDED).list()
            .stream().map(Job::getExecutionId));
    return executions.mapToInt(this::periodOf).min().orElseThrow(() -> new AssertionError("no evaluation period left"));
  }

  /** One evaluation period: opened, its realisation recorded (unless it was), its feedback and ratings given. */
  public void evaluate(ProcessInstance instance, String employee, String rater, int number, String results, String behaviour) {
    openPeriod(instance, number);
    Task realisation = periodTask(instance, "Task_CatatRealisasi", number);
    if (realisation != null) {
      complete(employee, realisation, realisation(realisation));
    }
    Task review = periodTask(instance, "Task_UmpanBalikTriwulan", number);
    assertThat(review).as("review of period %s", number).isNotNull();
    complete(rater, review, quarterlyReview(review, results, behaviour));
  }

  /**
   * From a set SKP to the result the employee reviews, with the given final ratings; for the head of
   * a unit carrying an organisation predicate the form sends no results rating (it follows from the
   * unit's predicate), so {@code results} is ignored then.
   */
  public void rated(ProcessInstance instance, String employee, String rater, String results, String behaviour,
      String kompeten) {
    quarters(instance, employee, rater, 4);
    fireTimer(instance, "Event_PeriodeBerakhir");
    Task self = task(instance, "Task_PenilaianMandiri");
    complete(employee, self, selfAssessment(self));
    Task rating = task(instance, "Task_NilaiKinerja");
    Map<String, Object> answers = rating(results, behaviour, kompeten);
    if (Boolean.TRUE.equals(tasks.getVariable(rating.getId(), "kepalaUnit"))) {
      answers = headRating(behaviour, kompeten);
    }
    complete(rater, rating, answers);
  }

  /**
   * The appeal's hearing, once it is filed: the reviewer asks both parties, the rater and the
   * employee explain; "Putuskan keberatan" is then open for the reviewer.
   */
  public void heard(ProcessInstance instance, String reviewer, String rater, String employee) {
    runDueJobs(instance);
    complete(reviewer, instance, "Task_PeriksaKeberatan", askExplanations());
    complete(rater, instance, "Task_PenjelasanPenilai", explanation("Target kuantitas TW IV tidak tercapai"));
    complete(employee, instance, "Task_PenjelasanPegawai", explanation("Bukti TW IV terlambat diunggah ke sistem"));
  }

  // ---- valid answers, as the forms submit them

  public Map<String, Object> plan(Task draftTask) {
    return plan(List.of(planRow(firstParentOption(draftTask), "UTAMA")));
  }

  /** The SKP form's answers with these RHK rows and the appendix. */
  public static Map<String, Object> plan(List<Map<String, Object>> rows) {
    Map<String, Object> answers = new HashMap<>(appendix());
    answers.put("rhk", JsonVariables.of(rows));
    return answers;
  }

  /** The SKP's appendix (Lampiran SKP) as the form submits it. */
  public static Map<String, Object> appendix() {
    return Map.of("dukunganSumberDaya", "Anggaran kegiatan, laptop, akses aplikasi SIAK",
        "skemaPertanggungjawaban", "Laporan bulanan kepada Lurah",
        "konsekuensi", "Capaian di bawah target menjadi bahan dialog kinerja dan rencana pengembangan");
  }

  public String firstParentOption(Task task) {
    List<Map<String, Object>> options = JsonVariables.rows(tasks.getVariable(task.getId(), "pilihanRhkAtasan"));
    return options.isEmpty() ? null : String.valueOf(options.get(0).get("value"));
  }

  public static Map<String, Object> planRow(String parent, String kind) {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("jenis", kind);
    row.put("uraian", "Meningkatnya partisipasi warga dalam program pendidikan nonformal");
    row.put("rhkAtasan", parent);
    row.put("indikatorKuantitas", "Jumlah kegiatan sosialisasi");
    row.put("targetKuantitas", 12);
    row.put("satuanKuantitas", "kegiatan");
    row.put("indikatorKualitas", "Persentase kegiatan sesuai standar");
    row.put("targetKualitas", 90);
    row.put("indikatorWaktu", "Waktu penyelesaian");
    row.put("targetWaktu", 12);
    return row;
  }

  public static Map<String, Object> approve() {
    Map<String, Object> answers = new HashMap<>(Map.of("keputusanSkp", "SETUJUI"));
    for (String value : List.of("BerorientasiPelayanan", "Akuntabel", "Kompeten", "Harmonis", "Loyal", "Adaptif", "Kolaboratif")) {
      answers.put("ekspektasi" + value, "Menunjukkan " + value + " dalam pelayanan kelurahan");
    }
    return answers;
  }

  public static Map<String, Object> returnWith(String notes) {
    return Map.of("keputusanSkp", "KEMBALIKAN", "catatanAtasan", notes);
  }

  public Map<String, Object> realisation(Task task) {
    List<Map<String, Object>> rows = new ArrayList<>();
    for (Map<String, Object> prepared : JsonVariables.rows(tasks.getVariable(task.getId(), "realisasi"))) {
      Map<String, Object> row = new LinkedHashMap<>(prepared);
      row.put("realisasiKuantitas", 3);
      row.put("realisasiKualitas", 88);
      row.put("realisasiWaktu", 3);
      row.put("buktiDukung", "https://drive.example.go.id/bukti/tw");
      rows.add(row);
    }
    return Map.of("realisasi", JsonVariables.of(rows));
  }

  public static final String FEEDBACK = "Pertahankan kinerja dan lengkapi bukti dukung";

  /** The rater's answers: feedback on every RHK the task lists, and the two periodic ratings. */
  public Map<String, Object> quarterlyReview(Task task, String results, String behaviour) {
    List<Map<String, Object>> rows = new ArrayList<>();
    for (Map<String, Object> prepared : JsonVariables.rows(tasks.getVariable(task.getId(), "umpanBalikRhk"))) {
      Map<String, Object> row = new LinkedHashMap<>(prepared);
      row.put("umpanBalik", FEEDBACK);
      rows.add(row);
    }
    return Map.of("umpanBalikRhk", JsonVariables.of(rows), "ratingHasilKerja", results, "ratingPerilakuKerja", behaviour);
  }

  public Map<String, Object> selfAssessment(Task task) {
    List<Map<String, Object>> rows = new ArrayList<>();
    for (Map<String, Object> prepared : JsonVariables.rows(tasks.getVariable(task.getId(), "penilaianMandiri"))) {
      Map<String, Object> row = new LinkedHashMap<>(prepared);
      row.put("realisasiAkhir", "12 kegiatan terlaksana, 88% sesuai standar");
      row.put("buktiDukung", "https://drive.example.go.id/bukti/akhir");
      row.put("capaianMandiri", "SESUAI_EKSPEKTASI");
      rows.add(row);
    }
    return Map.of("penilaianMandiri", JsonVariables.of(rows), "ringkasanMandiri", "Seluruh target tercapai sesuai rencana");
  }

  public static Map<String, Object> rating(String results, String behaviour, String kompeten) {
    Map<String, Object> answers = new HashMap<>(Map.of("ratingHasilKerja", results, "alasanHasilKerja",
        "Target kuantitas dan kualitas tercapai", "ratingPerilakuKerja", behaviour));
    for (String value : List.of("BerorientasiPelayanan", "Akuntabel", "Kompeten", "Harmonis", "Loyal", "Adaptif", "Kolaboratif")) {
      answers.put("rating" + value, value.equals("Kompeten") ? kompeten : behaviour);
      answers.put("alasan" + value, "Terlihat dalam pekerjaan sehari-hari");
    }
    return answers;
  }

  /** The final rating form of a unit head: behaviour only. */
  public static Map<String, Object> headRating(String behaviour, String kompeten) {
    Map<String, Object> answers = rating("SESUAI_EKSPEKTASI", behaviour, kompeten);
    answers.remove("ratingHasilKerja");
    answers.remove("alasanHasilKerja");
    return answers;
  }

  public static Map<String, Object> accept() {
    return Map.of("ajukanKeberatan", false);
  }

  public static Map<String, Object> appeal() {
    return Map.of("ajukanKeberatan", true, "alasanKeberatan", "Realisasi TW IV belum diperhitungkan dalam penilaian akhir");
  }

  /** The reviewer's first step: a question to the rater and one to the employee, both required. */
  public static Map<String, Object> askExplanations() {
    return Map.of("pertanyaanUntukPenilai", "Mohon jelaskan dasar penilaian hasil kerja",
        "pertanyaanUntukPegawai", "Mohon tunjukkan bukti realisasi TW IV yang belum diperhitungkan");
  }

  public static Map<String, Object> explanation(String text) {
    return Map.of("penjelasan", text);
  }

  /** The reviewer's decision on "Putuskan keberatan". */
  public static Map<String, Object> confirmResult() {
    return Map.of("keputusanKeberatan", "TETAPKAN", "alasanKeputusan", "Penilaian sudah sesuai bukti dukung");
  }

  public static Map<String, Object> changeResult(String results, String behaviour) {
    return Map.of("keputusanKeberatan", "UBAH", "ratingHasilKerjaBaru", results,
        "ratingPerilakuKerjaBaru", behaviour, "alasanKeputusan", "Realisasi TW IV terbukti melampaui target");
  }
}

package id.kinerja.standing;

import id.kinerja.appraisal.AppraisalProcess;
import id.kinerja.appraisal.AppraisalStage;
import id.kinerja.document.AppraisalRecord;
import id.kinerja.document.Print;
import id.kinerja.organisation.Employee;
import id.kinerja.organisation.OrganisationRepository;
import id.kinerja.organisation.ReportingLine;
import id.kinerja.process.EngineClock;
import id.kinerja.process.TaskNames;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Service;

/**
 * Penilaian Saya: a person's appraisals year by year as far as the caller may read them, the
 * staff the caller rates, and the overdue tasks of everyone below the caller in the reporting line.
 */
@Service
class Standings {

  /** The caller may not read this person's appraisals (or the person has none): the same answer for both. */
  static class Refused extends RuntimeException {
    Refused() {
      super("Anda tidak berhak melihat penilaian pegawai ini.");
    }
  }

  private record Appraisal(long id, int periodYear, String status) {}

  /** How far down the reporting line the overdue list looks. */
  private static final int LEVELS = 8;

  private final JdbcClient jdbc;
  private final AppraisalRecord record;
  private final Waits waits;
  private final ReportingLine reportingLine;
  private final OrganisationRepository organisation;
  private final TaskService tasks;
  private final RuntimeService runtime;

  Standings(JdbcClient jdbc, AppraisalRecord record, Waits waits, ReportingLine reportingLine,
      OrganisationRepository organisation, TaskService tasks, RuntimeService runtime) {
    this.runtime = runtime;
    this.jdbc = jdbc;
    this.record = record;
    this.waits = waits;
    this.reportingLine = reportingLine;
    this.organisation = organisation;
    this.tasks = tasks;
  }

  /** Who the caller is, and what the page offers them. */
  Map<String, Object> caller(Authentication user) {
    Map<String, Object> me = person(user.getName());
    me.put("pengelola", record.isHr(user));
    me.put("punyaStaf", !reportingLine.staffOf(user.getName(), EngineClock.today()).isEmpty());
    return me;
  }

  /** The person's appraisals, this year first; only the years the caller may read, and none is refused outright. */
  Map<String, Object> of(Authentication user, String nip) {
    List<Appraisal> appraisals = jdbc.sql("select id, period_year, status from kinerja.appraisal where nip = ?"
            + " order by period_year desc").param(nip).query(Appraisal.class).list();
    boolean own = user.getName().equals(nip);
    List<Appraisal> readable = appraisals.stream().filter(a -> own || record.mayRead(user, a.id())).toList();
    if (!own && readable.isEmpty()) {
      throw new Refused();
    }
    List<Map<String, Object>> years = new ArrayList<>();
    for (Appraisal a : readable) {
      years.add(year(nip, a));
    }
    Map<String, Object> standing = new LinkedHashMap<>();
    standing.put("pegawai", person(nip));
    standing.put("tahun", years);
    return standing;
  }

  private Map<String, Object> year(String nip, Appraisal a) {
    AppraisalStage stage = AppraisalStage.valueOf(a.status());
    Map<String, Object> year = new LinkedHashMap<>();
    year.put("tahun", a.periodYear());
    year.put("tahap", stage.label());
    year.put("kodeTahap", stage.name());
    year.put("menunggu", waits.of(nip, a.periodYear()));
    year.put("skp", record.skp(a.id()).orElse(null));
    year.put("periode", record.periods(a.id(), a.periodYear()));
    year.put("hasil", record.result(a.id()).orElse(null));
    year.put("keberatan", record.appeal(a.id()).orElse(null));
    year.put("tindakLanjut", stage == AppraisalStage.FINAL || stage == AppraisalStage.SELESAI ? record.followUp(a.id()) : List.of());
    year.put("dokumen", record.documents(nip, a.id(), a.periodYear()));
    return year;
  }

  /** The staff the caller rates today, each with the stage of their latest appraisal. */
  List<Map<String, Object>> staff(Authentication user) {
    List<Map<String, Object>> staff = new ArrayList<>();
    for (Employee e : reportingLine.staffOf(user.getName(), EngineClock.today())) {
      Map<String, Object> row = person(e.nip());
      jdbc.sql("select id, period_year, status from kinerja.appraisal where nip = ? order by period_year desc"
              + " fetch first 1 rows only").param(e.nip()).query(Appraisal.class).optional().ifPresent(a -> {
                row.put("tahunTerakhir", a.periodYear());
                row.put("tahap", AppraisalStage.labelOf(a.status()));
              });
      staff.add(row);
    }
    return staff;
  }

  /**
   * Overdue tasks in the running appraisals of everyone below the caller in the reporting line, the
   * longest overdue first. It starts from the overdue tasks and walks each employee's line up, so
   * its cost follows the number of late tasks, not the size of the organisation below the caller.
   */
  List<Map<String, Object>> overdue(Authentication user) {
    LocalDate today = EngineClock.today();
    List<Task> overdue = tasks.createTaskQuery().processDefinitionKey(AppraisalProcess.KEY).dueBefore(EngineClock.now())
        .orderByDueDate().asc().list();
    if (overdue.isEmpty()) {
      return List.of();
    }
    Map<String, String> keyOfInstance = new HashMap<>();
    runtime.createProcessInstanceQuery().processInstanceIds(overdue.stream().map(Task::getProcessInstanceId)
        .collect(Collectors.toSet())).list().forEach(instance -> keyOfInstance.put(instance.getId(), instance.getBusinessKey()));
    Map<String, Optional<Employee>> supervisors = new HashMap<>();
    List<Map<String, Object>> late = new ArrayList<>();
    for (Task task : overdue) {
      String key = keyOfInstance.get(task.getProcessInstanceId());
      if (key == null || key.lastIndexOf(':') < 0) {
        continue;
      }
      String nip = key.substring(0, key.lastIndexOf(':'));
      if (!below(nip, user.getName(), supervisors, today)) {
        continue;
      }
      LocalDate due = Waits.localDate(task.getDueDate());
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("tugas", TaskNames.activityName(task.getName()));
      row.put("pegawai", organisation.profile(nip).map(OrganisationRepository.Profile::name).orElse(nip));
      row.put("nip", nip);
      row.put("tahun", key.substring(key.lastIndexOf(':') + 1));
      row.put("pada", waits.holderOf(task));
      row.put("batas", Print.date(due));
      row.put("hariTerlambat", ChronoUnit.DAYS.between(due, today));
      late.add(row);
    }
    return late;
  }

  /** Whether the supervisor is above the employee in the reporting line (rater, rater's rater, ...). */
  private boolean below(String nip, String supervisor, Map<String, Optional<Employee>> supervisors, LocalDate today) {
    String current = nip;
    for (int depth = 0; depth < LEVELS; depth++) {
      Optional<Employee> above = supervisors.computeIfAbsent(current, n -> reportingLine.supervisorOf(n, today));
      if (above.isEmpty() || above.get().nip().equals(current)) {
        return false;
      }
      if (above.get().nip().equals(supervisor)) {
        return true;
      }
      current = above.get().nip();
    }
    return false;
  }

  private Map<String, Object> person(String nip) {
    Map<String, Object> person = new LinkedHashMap<>();
    person.put("nip", nip);
    organisation.profile(nip).ifPresentOrElse(p -> {
      person.put("nama", p.name());
      person.put("jabatan", p.positionTitle());
      person.put("unit", p.unitName());
    }, () -> {
      person.put("nama", nip);
      person.put("jabatan", "");
      person.put("unit", "");
    });
    return person;
  }
}

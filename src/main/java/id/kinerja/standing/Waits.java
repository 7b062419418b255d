package id.kinerja.standing;

import id.kinerja.appraisal.AppraisalProcess;
import id.kinerja.appraisal.AppraisalVariables;
import id.kinerja.document.Print;
import id.kinerja.organisation.Employee;
import id.kinerja.organisation.OrganisationRepository;
import id.kinerja.organisation.ReportingLine;
import id.kinerja.process.EngineClock;
import id.kinerja.process.TaskNames;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.runtime.ActivityInstance;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * What an appraisal waits on now, from the engine: its open tasks (who has them, by when), and
 * where no task is open the event it waits at ("Menunggu SKP atasan disetujui", "Menunggu
 * kalibrasi unit", the end of an evaluation period), with the day a timer falls due.
 */
@Component
class Waits {

  /**
   * One thing the appraisal waits on: a task ({@code tugas}) or an event; {@code pada} who has to
   * act, {@code batas} by when (a task's due date, the day a timer falls due).
   */
  record Wait(boolean tugas, String menunggu, String pada, String batas, boolean terlambat) {}

  private static final Set<String> WAITING_TYPES = Set.of("intermediateMessageCatch", "intermediateTimer",
      "eventBasedGateway", "intermediateSignalCatch", "intermediateConditional", "receiveTask");

  private final RuntimeService runtime;
  private final TaskService tasks;
  private final ManagementService management;
  private final IdentityService identity;
  private final OrganisationRepository organisation;
  private final ReportingLine reportingLine;

  Waits(RuntimeService runtime, TaskService tasks, ManagementService management, IdentityService identity,
      OrganisationRepository organisation, ReportingLine reportingLine) {
    this.runtime = runtime;
    this.tasks = tasks;
    this.management = management;
    this.identity = identity;
    this.organisation = organisation;
    this.reportingLine = reportingLine;
  }

  List<Wait> of(String nip, int year) {
    Optional<ProcessInstance> instance = runtime.createProcessInstanceQuery().processDefinitionKey(AppraisalProcess.KEY)
        .processInstanceBusinessKey(AppraisalVariables.businessKey(nip, year)).list().stream().findFirst();
    if (instance.isEmpty()) {
      return List.of();
    }
    List<Wait> waits = new ArrayList<>();
    for (Task task : tasks.createTaskQuery().processInstanceId(instance.get().getId()).orderByTaskCreateTime().asc().list()) {
      waits.add(new Wait(true, TaskNames.activityName(task.getName()), holderOf(task), Print.date(localDate(task.getDueDate())), overdue(task.getDueDate())));
    }
    // Parallel evaluation periods wait at the same event: shown once, with the first day it falls due.
    Map<String, ActivityInstance> events = new LinkedHashMap<>();
    Map<String, Date> dues = new LinkedHashMap<>();
    for (ActivityInstance waiting : leaves(runtime.getActivityInstance(instance.get().getId()), new ArrayList<>())) {
      Date due = dueOf(waiting);
      Date known = dues.get(waiting.getActivityName());
      if (!events.containsKey(waiting.getActivityName()) || (due != null && (known == null || due.before(known)))) {
        events.put(waiting.getActivityName(), waiting);
        dues.put(waiting.getActivityName(), due);
      }
    }
    events.forEach((name, waiting) -> waits.add(new Wait(false, name, waitsFor(nip, waiting), Print.date(localDate(dues.get(name))),
        false)));
    return waits;
  }

  /** Who has the task: the assignee by name and post, else the candidate groups and users by name. */
  String holderOf(Task task) {
    if (task.getAssignee() != null) {
      return person(task.getAssignee());
    }
    List<String> names = new ArrayList<>();
    for (IdentityLink link : tasks.getIdentityLinksForTask(task.getId())) {
      if (!IdentityLinkType.CANDIDATE.equals(link.getType())) {
        continue;
      }
      if (link.getGroupId() != null) {
        Group group = identity.createGroupQuery().groupId(link.getGroupId()).singleResult();
        names.add("kelompok " + (group == null || group.getName() == null ? link.getGroupId() : group.getName()));
      } else if (link.getUserId() != null) {
        names.add(person(link.getUserId()));
      }
    }
    return names.isEmpty() ? "belum ada yang ditugasi (jabatan kosong)" : String.join(", ", names);
  }

  static boolean overdue(Date due) {
    return due != null && due.before(EngineClock.now());
  }

  static java.time.LocalDate localDate(Date date) {
    return date == null ? null : new Timestamp(date.getTime()).toLocalDateTime().toLocalDate();
  }

  private String person(String userId) {
    return organisation.profile(userId).map(p -> p.name() + " (" + p.positionTitle() + ")").orElseGet(() -> {
      User user = identity.createUserQuery().userId(userId).singleResult();
      return user == null ? userId : (Objects.toString(user.getFirstName(), "") + " " + Objects.toString(user.getLastName(), "")).strip();
    });
  }

  /** Waiting at the supervisor's SKP: it is the supervisor who has to get theirs set. */
  private String waitsFor(String nip, ActivityInstance waiting) {
    boolean supervisorsPlan = runtime.createEventSubscriptionQuery().processInstanceId(waiting.getProcessInstanceId())
        .eventName(AppraisalProcess.SUPERVISOR_PLAN_SET).list().stream()
        .anyMatch(subscription -> List.of(waiting.getExecutionIds()).contains(subscription.getExecutionId()));
    if (supervisorsPlan) {
      return reportingLine.supervisorOf(nip, EngineClock.today()).map(Employee::nip).map(this::person)
          .map(name -> "SKP atasan: " + name).orElse("");
    }
    return "";
  }

  private Date dueOf(ActivityInstance waiting) {
    return List.of(waiting.getExecutionIds()).stream()
        .flatMap(execution -> management.createJobQuery().executionId(execution).timers().list().stream())
        .map(Job::getDuedate).filter(Objects::nonNull).min(Comparator.naturalOrder()).orElse(null);
  }

  private static List<ActivityInstance> leaves(ActivityInstance node, List<ActivityInstance> found) {
    if (node.getChildActivityInstances().length == 0 && WAITING_TYPES.contains(node.getActivityType())) {
      found.add(node);
    }
    for (ActivityInstance child : node.getChildActivityInstances()) {
      leaves(child, found);
    }
    return found;
  }
}

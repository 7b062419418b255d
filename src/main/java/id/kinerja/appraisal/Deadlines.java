package id.kinerja.appraisal;

import id.kinerja.process.AsSystem;
import id.kinerja.process.FormInput;
import id.kinerja.process.ModelApi;
import id.kinerja.process.OnCompletion;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.Locale;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.task.Task;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Component;

/**
 * Reminders before a deadline and HR's follow-up after it. A reminder raises the priority of the
 * open tasks of the appraisal, adds a comment Tasklist shows and leaves a notification (an outbox
 * for mail); the escalation itself is a task of {@code pengelola-kinerja} in the model.
 */
@Component
public class Deadlines {

  static final int REMINDED_PRIORITY = 80;
  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag("id"));

  private final TaskService taskService;
  private final AppraisalRepository appraisals;
  private final IdentityService identityService;

  Deadlines(TaskService taskService, AppraisalRepository appraisals, IdentityService identityService) {
    this.taskService = taskService;
    this.appraisals = appraisals;
    this.identityService = identityService;
  }

  /** Service task with input parameters {@code tahap} (the stage) and {@code batas} (its deadline). */
  @ModelApi
  public void remind(DelegateExecution execution) {
    String message = "Pengingat: batas waktu " + execution.getVariable(AppraisalVariables.REMINDER_STAGE) + " adalah "
        + format(execution.getVariable(AppraisalVariables.REMINDER_DEADLINE)) + ". Mohon segera diselesaikan.";
    Long appraisalId = AppraisalVariables.appraisalId(execution);
    // Inside an evaluation period only that period's tasks are late, not those of another period.
    Object period = execution.getVariable(AppraisalVariables.QUARTER);
    for (Task task : taskService.createTaskQuery().processInstanceId(execution.getProcessInstanceId()).list()) {
      if (task.getAssignee() == null || period != null && !samePeriod(period, taskService.getVariable(task.getId(),
          AppraisalVariables.QUARTER))) {
        continue;
      }
      taskService.setPriority(task.getId(), Math.max(task.getPriority(), REMINDED_PRIORITY));
      taskService.createComment(task.getId(), execution.getProcessInstanceId(), message);
      appraisals.notify(appraisalId, task.getAssignee(), "PENGINGAT", message);
    }
  }

  private static boolean samePeriod(Object period, Object taskPeriod) {
    return taskPeriod != null && AppraisalVariables.number(period).intValue() == AppraisalVariables.number(taskPeriod).intValue();
  }

  @Bean
  @ModelApi
  ExecutionListener escalationCheck() {
    return OnCompletion.check(execution -> {
      FormInput input = FormInput.of(execution);
      String note = input.text(AppraisalForms.FOLLOW_UP_NOTE, "Catatan tindak lanjut", 10, 2000);
      input.refuseIfInvalid();
      appraisals.notify(AppraisalVariables.appraisalId(execution), AsSystem.currentUserOr(identityService, "pengelola-kinerja"),
          "ESKALASI_DITINDAKLANJUTI", execution.getVariable(AppraisalVariables.LATE_STAGE) + ": " + note);
    });
  }

  /** A deadline as people read it ("31 Januari 2027"); also used in the model's input mappings. */
  @ModelApi
  public String format(Object deadline) {
    if (deadline instanceof Date date) {
      return DATE.format(date.toInstant().atZone(ZoneId.systemDefault()).toLocalDate());
    }
    if (deadline instanceof LocalDate date) {
      return DATE.format(date);
    }
    return String.valueOf(deadline);
  }
}

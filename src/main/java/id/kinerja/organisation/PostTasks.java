package id.kinerja.organisation;

import id.kinerja.process.AsSystem;
import id.kinerja.process.EngineClock;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.task.Task;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

/**
 * Tasks that belong to a post rather than to a person: a rater's or a reviewer's task. Each such
 * task remembers its post (the task variable {@value #TASK_POST}), so that when the post gets a
 * holder again (a Plt/Plh appointed) its open tasks move to them.
 */
@Service
public class PostTasks {

  /** Task-local variable: the code of the post whose duty the task is. */
  public static final String TASK_POST = "jabatanTugas";

  /** Told when an open task moves from the person who acted for a post to its new holder. */
  public interface Handover {
    void handedOver(Task task, String previousAssignee, Employee holder);
  }

  private final ReportingLine reportingLine;
  private final VacantPosts vacantPosts;
  private final TaskService taskService;
  private final IdentityService identityService;
  // Looked up when needed: the beans that listen (the rater's assignment) also assign through this one.
  private final ObjectProvider<Handover> handovers;

  PostTasks(ReportingLine reportingLine, VacantPosts vacantPosts, TaskService taskService, IdentityService identityService,
      ObjectProvider<Handover> handovers) {
    this.reportingLine = reportingLine;
    this.vacantPosts = vacantPosts;
    this.taskService = taskService;
    this.identityService = identityService;
    this.handovers = handovers;
  }

  /**
   * Gives the task to whoever does the post's duty today and remembers the post on it. With the
   * post vacant HR is asked to appoint a Plt/Plh; meanwhile the holder of the next post up acts
   * (or, with the fallback {@code TUNGGU}, the task waits unassigned).
   */
  public void assign(DelegateTask task, ReportingLine.Duty duty) {
    task.setVariableLocal(TASK_POST, duty.postCode());
    duty.holder().ifPresent(holder -> task.setAssignee(holder.nip()));
    if (duty.vacant()) {
      vacantPosts.reportVacant(duty.postCode(), duty.holder());
    }
  }

  /** The post has a holder again today: its open tasks move to them. Returns how many moved. */
  public int handOver(String postCode) {
    ReportingLine.Duty duty = reportingLine.dutyOf(postCode, EngineClock.today(), null);
    Optional<Employee> holder = duty.vacant() ? Optional.empty() : duty.holder();
    if (holder.isEmpty()) {
      return 0;
    }
    return AsSystem.call(identityService, () -> {
      int moved = 0;
      for (Task task : taskService.createTaskQuery().taskVariableValueEquals(TASK_POST, postCode).list()) {
        if (!holder.get().nip().equals(task.getAssignee())) {
          String previous = task.getAssignee();
          taskService.setAssignee(task.getId(), holder.get().nip());
          handovers.orderedStream().forEach(h -> h.handedOver(task, previous, holder.get()));
          moved++;
        }
      }
      return moved;
    });
  }
}

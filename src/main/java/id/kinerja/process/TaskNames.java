package id.kinerja.process;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.camunda.bpm.engine.task.IdentityLink;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Names every user task after whose it is ("Periksa SKP: Siti Rahmawati"), so a supervisor with
 * ten staff tells their tasks apart in Tasklist's list; the {@link TaskSubject} of the task's
 * process says whose. Added to every deployed model, so a redeployment cannot lose it. Figures per
 * activity (bottlenecks, metrics) read the model's name through {@link #activityName}.
 */
@Component
public class TaskNames extends AbstractProcessEnginePlugin {

  static final String SEPARATOR = ": ";
  /** ACT_RU_TASK.NAME_ holds 255 characters. */
  private static final int MAX_LENGTH = 255;

  private final ObjectProvider<TaskSubject> subjects;

  TaskNames(ObjectProvider<TaskSubject> subjects) {
    this.subjects = subjects;
  }

  /** The model's name of the activity a task name was made from. */
  public static String activityName(String taskName) {
    if (taskName == null) {
      return null;
    }
    int separator = taskName.indexOf(SEPARATOR);
    return separator < 0 ? taskName : taskName.substring(0, separator);
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    if (configuration.getCustomPostBPMNParseListeners() == null) {
      configuration.setCustomPostBPMNParseListeners(new ArrayList<>());
    }
    configuration.getCustomPostBPMNParseListeners().add(new AbstractBpmnParseListener() {
      @Override
      public void parseUserTask(Element element, ScopeImpl scope, ActivityImpl activity) {
        String processKey = ((ProcessDefinitionEntity) scope.getProcessDefinition()).getKey();
        ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition()
            .addTaskListener(TaskListener.EVENTNAME_CREATE, task -> subject(processKey, task).ifPresent(whose -> {
              String name = activityName(task.getName()) + SEPARATOR + whose + forWhom(task);
              task.setName(name.length() > MAX_LENGTH ? name.substring(0, MAX_LENGTH - 1) + "…" : name);
            }));
      }
    });
  }

  /** A task offered to groups rather than given to someone says which: " — untuk Pengelola Kinerja (BKPSDM)". */
  private static String forWhom(DelegateTask task) {
    if (task.getAssignee() != null) {
      return "";
    }
    String[] groups = task.getCandidates().stream().map(IdentityLink::getGroupId).filter(Objects::nonNull).toArray(String[]::new);
    if (groups.length == 0) {
      return "";
    }
    IdentityService identity = task.getProcessEngineServices().getIdentityService();
    List<String> names = AsSystem.call(identity, () -> identity.createGroupQuery().groupIdIn(groups).orderByGroupName().asc()
        .list().stream().map(Group::getName).toList());
    return names.isEmpty() ? "" : " — untuk " + String.join(", ", names);
  }

  private Optional<String> subject(String processKey, DelegateTask task) {
    return subjects.stream().filter(s -> s.processKey().equals(processKey)).map(s -> s.of(task))
        .flatMap(Optional::stream).findFirst();
  }
}

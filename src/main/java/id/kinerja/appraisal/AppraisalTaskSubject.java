package id.kinerja.appraisal;

import static id.kinerja.appraisal.AppraisalVariables.EMPLOYEE_NAME;
import static id.kinerja.appraisal.AppraisalVariables.QUARTER_LABEL;

import id.kinerja.process.TaskSubject;
import java.util.Optional;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
class AppraisalTaskSubject {

  /** An appraisal's task is the employee's, and of the evaluation period where it is one: "Siti Rahmawati, S.Kom. (TW I)". */
  @Bean
  TaskSubject appraisalSubject() {
    return new TaskSubject(AppraisalProcess.KEY, task -> Optional.ofNullable(task.getVariable(EMPLOYEE_NAME))
        .map(name -> task.getVariable(QUARTER_LABEL) == null ? name.toString() : name + " (" + task.getVariable(QUARTER_LABEL) + ")"));
  }
}

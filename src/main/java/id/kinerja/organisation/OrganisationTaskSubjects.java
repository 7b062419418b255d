package id.kinerja.organisation;

import id.kinerja.process.TaskSubject;
import java.util.Optional;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
class OrganisationTaskSubjects {

  /** Appointing a Plt/Plh is about the vacant post and its unit: "Lurah Komperta (Kelurahan Komperta)". */
  @Bean
  TaskSubject appointmentTaskSubject() {
    return new TaskSubject(AppointmentProcess.KEY, task -> Optional.ofNullable(task.getVariable(AppointmentProcess.Variables.POSITION_TITLE))
        .map(post -> post + Optional.ofNullable(task.getVariable(AppointmentProcess.Variables.UNIT_NAME))
            .filter(unit -> !unit.toString().isBlank()).map(unit -> " (" + unit + ")").orElse("")));
  }

  /** Confirming directory data is the employee's. */
  @Bean
  TaskSubject dataConfirmationTaskSubject() {
    return new TaskSubject(DataConfirmationProcess.KEY,
        task -> Optional.ofNullable(task.getVariable(DataConfirmationProcess.Variables.NAME)).map(Object::toString));
  }
}

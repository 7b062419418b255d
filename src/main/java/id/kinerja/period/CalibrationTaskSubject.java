package id.kinerja.period;

import static id.kinerja.period.CalibrationProcess.Variables.UNIT;
import static id.kinerja.period.CalibrationProcess.Variables.UNIT_NAME;
import static id.kinerja.period.CalibrationProcess.Variables.YEAR;

import id.kinerja.process.TaskSubject;
import java.util.Optional;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
class CalibrationTaskSubject {

  /** A calibration's task is the unit's of the year: "Kelurahan Plaju Ulu, 2026". */
  @Bean
  TaskSubject calibrationSubject() {
    return new TaskSubject(CalibrationProcess.KEY, task -> Optional.ofNullable(
            task.hasVariable(UNIT_NAME) ? task.getVariable(UNIT_NAME) : task.getVariable(UNIT))
        .map(unit -> unit + ", " + task.getVariable(YEAR)));
  }
}

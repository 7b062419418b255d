package id.kinerja.period;

import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** HR follows each unit's calibration and starts one that waits for a predicate that will never come. */
@RestController
class CalibrationController {

  private final CalibrationStates states;

  CalibrationController(CalibrationStates states) {
    this.states = states;
  }

  @GetMapping({"/api/periods/{year}/calibrations", "/pengelolaan/api/periods/{year}/calibrations"})
  List<CalibrationStates.UnitState> calibrations(@PathVariable int year) {
    return states.of(year);
  }

  @PostMapping({"/api/periods/{year}/calibrations/{unitCode}/start", "/pengelolaan/api/periods/{year}/calibrations/{unitCode}/start"})
  ResponseEntity<?> start(@PathVariable int year, @PathVariable String unitCode) {
    try {
      return ResponseEntity.ok(states.start(unitCode, year));
    } catch (IllegalStateException e) {
      return ResponseEntity.status(HttpStatus.CONFLICT).body(Map.of("message", e.getMessage()));
    }
  }
}

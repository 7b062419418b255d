package id.kinerja.period;

import static id.kinerja.period.CalibrationProcess.Variables.UNIT;
import static id.kinerja.period.CalibrationProcess.Variables.YEAR;

import id.kinerja.process.AsSystem;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;

/** Starts the calibration of a unit carrying an organisation predicate once every appraisal it counts has its predicate. */
@Service
class CalibrationStart {

  private final CalibrationRepository calibration;
  private final RuntimeService runtimeService;
  private final IdentityService identityService;

  CalibrationStart(CalibrationRepository calibration, RuntimeService runtimeService, IdentityService identityService) {
    this.calibration = calibration;
    this.runtimeService = runtimeService;
    this.identityService = identityService;
  }

  /** The caller holds the unit's lock ({@link CalibrationRepository#lockUnit}), so only one start wins. */
  void ifComplete(CalibrationRepository.Scope scope, int year) {
    if (calibration.withoutPredicate(scope, year) > 0) {
      return;
    }
    startIfNotRunning(scope, year);
  }

  /** Starts the unit's calibration unless one runs; the caller holds the unit's lock. True if this call started it. */
  boolean startIfNotRunning(CalibrationRepository.Scope scope, int year) {
    String businessKey = scope.unit() + ":" + year;
    return AsSystem.call(identityService, () -> runtimeService.createProcessInstanceQuery().processDefinitionKey(CalibrationProcess.KEY)
        .processInstanceBusinessKey(businessKey).count() > 0 ? Boolean.FALSE
        : runtimeService.startProcessInstanceByKey(CalibrationProcess.KEY, businessKey, Map.of(UNIT, scope.unit(), YEAR, year))
            != null);
  }
}

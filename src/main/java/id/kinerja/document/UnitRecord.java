package id.kinerja.document;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.kinerja.audit.AuditAction;
import id.kinerja.period.CalibrationProcess;
import java.io.IOException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What a unit's Penetapan reads besides the results: the release of its calibration, its
 * organisation predicate, the calibration changes, and the audit events of that calibration.
 */
@Component
class UnitRecord {

  record Release(String processInstanceId, Timestamp releasedAt) {}

  record UnitPredicate(String predicate, String setBy, Timestamp setAt) {}

  record Change(String nip, String name, String resultsBefore, String behaviourBefore, String predicateBefore,
      String resultsAfter, String behaviourAfter, String predicateAfter, String reason, String changedBy, Timestamp changedAt) {}

  record Event(String actor, Timestamp occurredAt, String detail) {}

  private static final ObjectMapper JSON = new ObjectMapper();

  private final JdbcClient jdbc;

  UnitRecord(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  Optional<Release> release(String unitCode, int year) {
    return jdbc.sql("select process_instance_id, released_at from kinerja.unit_calibration_release"
            + " where unit_code = ? and period_year = ?")
        .params(unitCode, year).query(Release.class).optional();
  }

  Optional<UnitPredicate> predicate(String unitCode, int year) {
    return jdbc.sql("select predicate, set_by, set_at from kinerja.unit_predicate where unit_code = ? and period_year = ?")
        .params(unitCode, year).query(UnitPredicate.class).optional();
  }

  List<Change> changes(String unitCode, int year) {
    return jdbc.sql("select e.nip, e.name, c.results_before, c.behaviour_before, c.predicate_before, c.results_after,"
            + " c.behaviour_after, c.predicate_after, c.reason, c.changed_by, c.changed_at from kinerja.calibration_change c"
            + " join kinerja.appraisal a on a.id = c.appraisal_id join kinerja.employee e on e.nip = a.nip"
            + " where c.unit_code = ? and a.period_year = ? order by c.id")
        .params(unitCode, year).query(Change.class).list();
  }

  /** The audit event that recorded the organisation predicate, the last one if it was set again. */
  Optional<Event> predicateSet(String unitCode, int year) {
    return jdbc.sql("select actor, occurred_at, detail from kinerja.audit_event where action = ? and target = ?"
            + " order by id desc fetch first 1 rows only")
        .params(AuditAction.PREDIKAT_ORGANISASI.name(), unitCode + ":" + year).query(Event.class).optional();
  }

  /** The unit head's completions of the calibration task, in order. */
  List<Event> calibrations(String processInstanceId) {
    return jdbc.sql("select actor, occurred_at, detail from kinerja.audit_event where action = ? and process_instance_id = ?"
            + " and target = ? order by id")
        .params(AuditAction.TUGAS_DISELESAIKAN.name(), processInstanceId,
            CalibrationProcess.KEY + "/" + CalibrationProcess.CALIBRATION_TASK)
        .query(Event.class).list();
  }

  /** The accepted deviation of the calibration, with its reason, if the head accepted one. */
  Optional<Event> acceptedDeviation(String processInstanceId) {
    return jdbc.sql("select actor, occurred_at, detail from kinerja.audit_event where action = ? and process_instance_id = ?"
            + " order by id desc")
        .params(AuditAction.KALIBRASI.name(), processInstanceId).query(Event.class).list().stream()
        .filter(event -> deviationReason(event).isPresent()).findFirst();
  }

  static Optional<String> deviationReason(Event event) {
    try {
      var reason = event.detail() == null ? null : JSON.readTree(event.detail()).get("penyimpanganDiterima");
      return reason == null || !reason.isTextual() ? Optional.empty() : Optional.of(reason.asText());
    } catch (IOException notJson) {
      return Optional.empty();
    }
  }
}

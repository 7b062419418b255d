package id.kinerja.period;

import id.kinerja.appraisal.AppraisalStage;
import id.kinerja.process.EngineClock;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The results of the appraisals of a unit carrying an organisation predicate (with its subunits,
 * without its head) in a year, and the calibration changes made to them.
 */
@Repository
public class CalibrationRepository {

  public record UnitResult(long appraisalId, String nip, String name, String processInstanceId, String resultsRating,
      String behaviourRating, String predicate) {}

  /** The units an organisation predicate covers, and the head post whose holders are not counted. */
  public record Scope(String unit, List<String> units, String headPost) {}

  private static final String IN_SCOPE = " e.unit_code in (:units) and e.position_code <> :head and a.period_year = :year"
      + " and a.process_instance_id is not null";

  private final JdbcClient jdbc;

  public CalibrationRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Serialises the units' enrolments, so the last employee to get a result always sees all the others. */
  public void lockUnit(String unitCode) {
    jdbc.sql("select code from kinerja.org_unit where code = ? for update").param(unitCode).query(String.class).single();
  }

  /** Appraisals in scope that run in the engine this year and still have no predicate. */
  public int withoutPredicate(Scope scope, int year) {
    return jdbc.sql("select count(*) from kinerja.appraisal a join kinerja.employee e on e.nip = a.nip where" + IN_SCOPE
            + " and a.predicate is null")
        .param("units", scope.units()).param("head", scope.headPost()).param("year", year).query(Integer.class).single();
  }

  /** How many appraisals in scope run this year, how many of them still have no predicate, how many wait for the calibration. */
  public record Counts(int counted, int withoutPredicate, int waiting) {}

  public Counts counts(Scope scope, int year) {
    return jdbc.sql("select count(*) as counted, coalesce(sum(case when a.predicate is null then 1 else 0 end), 0)"
            + " as without_predicate, coalesce(sum(case when a.status = '" + AppraisalStage.KALIBRASI.name()
            + "' then 1 else 0 end), 0) as waiting from kinerja.appraisal a join kinerja.employee e on e.nip = a.nip where"
            + IN_SCOPE)
        .param("units", scope.units()).param("head", scope.headPost()).param("year", year).query(Counts.class).single();
  }

  /** When the unit's results of the year were released, if they were. */
  public Optional<java.sql.Timestamp> releasedAt(String unitCode, int year) {
    return jdbc.sql("select released_at from kinerja.unit_calibration_release where unit_code = ? and period_year = ?")
        .params(unitCode, year).query(java.sql.Timestamp.class).optional();
  }

  public List<UnitResult> results(Scope scope, int year) {
    return jdbc.sql("select a.id as appraisal_id, e.nip, e.name, a.process_instance_id, f.results_rating, f.behaviour_rating,"
            + " a.predicate from kinerja.appraisal a join kinerja.employee e on e.nip = a.nip"
            + " join kinerja.final_rating f on f.appraisal_id = a.id where" + IN_SCOPE + " and a.predicate is not null"
            + " order by e.nip")
        .param("units", scope.units()).param("head", scope.headPost()).param("year", year).query(UnitResult.class).list();
  }

  /** The reason of the last calibration change to the appraisal's result, if it was calibrated. */
  public Optional<String> calibrationReason(long appraisalId) {
    return jdbc.sql("select calibration_reason from kinerja.final_rating where appraisal_id = ? and calibration_reason is not null")
        .param(appraisalId).query(String.class).optional();
  }

  /** The unit's results for the year are released (again, after a retried job: the first release stands). */
  public void markReleased(String unitCode, int year, String processInstanceId) {
    jdbc.sql("insert into kinerja.unit_calibration_release (unit_code, period_year, process_instance_id, released_at)"
            + " select ?, ?, ?, ? where not exists (select 1 from kinerja.unit_calibration_release"
            + " where unit_code = ? and period_year = ?)")
        .params(unitCode, year, processInstanceId, EngineClock.now(), unitCode, year).update();
  }

  public void recordChange(UnitResult before, String unitCode, String results, String behaviour, String predicate,
      String reason, String changedBy) {
    jdbc.sql("insert into kinerja.calibration_change (appraisal_id, unit_code, results_before, behaviour_before,"
            + " predicate_before, results_after, behaviour_after, predicate_after, reason, changed_by, changed_at)"
            + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .params(before.appraisalId(), unitCode, before.resultsRating(), before.behaviourRating(), before.predicate(), results, behaviour, predicate, reason, changedBy, EngineClock.now()).update();
    jdbc.sql("update kinerja.final_rating set results_rating = ?, behaviour_rating = ?, predicate = ?, calibration_reason = ?"
            + " where appraisal_id = ?")
        .params(results, behaviour, predicate, reason, before.appraisalId()).update();
    jdbc.sql("update kinerja.appraisal set predicate = ? where id = ?").params(predicate, before.appraisalId()).update();
  }
}

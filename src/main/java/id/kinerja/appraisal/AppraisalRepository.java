package id.kinerja.appraisal;

import id.kinerja.process.EngineClock;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Appraisals (one per employee and year) and the settings of their period. */
@Repository
public class AppraisalRepository {

  private record CachedSettings(PeriodSettings settings, long readAt) {}

  private static final long SETTINGS_TTL_MILLIS = 60_000;

  private final JdbcClient jdbc;
  private final java.util.Map<Integer, CachedSettings> settingsCache = new java.util.concurrent.ConcurrentHashMap<>();

  public AppraisalRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * Binds the employee's appraisal of the year to this process instance, creating it if needed.
   * There is never a second instance for one employee and year: the unique (nip, year) key and the
   * conditional update make a concurrent or repeated start fail and roll back.
   */
  public long open(String nip, int year, String processInstanceId) {
    Optional<Long> existing = idOf(nip, year);
    if (existing.isEmpty()) {
      var key = new org.springframework.jdbc.support.GeneratedKeyHolder();
      jdbc.sql("insert into kinerja.appraisal (nip, period_year, process_instance_id) values (?, ?, ?)")
          .params(nip, year, processInstanceId).update(key, "id");
      return key.getKey().longValue();
    }
    int claimed = jdbc.sql("update kinerja.appraisal set process_instance_id = ?"
            + " where id = ? and (process_instance_id is null or process_instance_id = ?)")
        .params(processInstanceId, existing.get(), processInstanceId).update();
    if (claimed == 0) {
      throw new AlreadyRunning(nip, year);
    }
    return existing.get();
  }

  /** The employee's appraisal of the year already runs in another process instance. */
  public static class AlreadyRunning extends org.camunda.bpm.engine.ProcessEngineException {
    AlreadyRunning(String nip, int year) {
      super("Penilaian kinerja NIP " + nip + " tahun " + year + " sudah berjalan");
    }
  }

  public Optional<Long> idOf(String nip, int year) {
    return jdbc.sql("select id from kinerja.appraisal where nip = ? and period_year = ?")
        .params(nip, year).query(Long.class).optional();
  }

  /** The appraisal's predicate as recorded (calibrated, or decided on appeal). */
  public Optional<String> predicate(long appraisalId) {
    return jdbc.sql("select predicate from kinerja.appraisal where id = ?").param(appraisalId).query(String.class).optional();
  }

  public void setStage(long appraisalId, AppraisalStage stage) {
    jdbc.sql("update kinerja.appraisal set status = ? where id = ?").params(stage.name(), appraisalId).update();
  }

  public void setPredicate(long appraisalId, String predicate) {
    jdbc.sql("update kinerja.appraisal set predicate = ? where id = ?").params(predicate, appraisalId).update();
  }

  public void markFinal(long appraisalId) {
    jdbc.sql("update kinerja.appraisal set status = ?, final_at = ? where id = ?")
        .params(AppraisalStage.FINAL.name(), EngineClock.now(), appraisalId).update();
  }

  /** The year's settings; read once a minute at most, since an opening reads them for every employee. */
  public PeriodSettings settings(int year) {
    CachedSettings cached = settingsCache.get(year);
    if (cached != null && cached.readAt() > System.currentTimeMillis() - SETTINGS_TTL_MILLIS) {
      return cached.settings();
    }
    PeriodSettings settings = readSettings(year);
    settingsCache.put(year, new CachedSettings(settings, System.currentTimeMillis()));
    return settings;
  }

  private PeriodSettings readSettings(int year) {
    return jdbc.sql("select period_year, plan_deadline, plan_reminder_days, final_assessment_opens, appeal_window_days,"
            + " appeal_decision_days, appeal_reminder_days, calibration_required, appeal_explanation_days, evaluation_frequency,"
            + " evaluation_due_days, evaluation_reminder_days from kinerja.appraisal_period"
            + " where period_year = ?")
        .param(year).query(PeriodSettings.class).optional()
        .orElseGet(() -> PeriodSettings.defaults(year));
  }

  public void saveSettings(PeriodSettings s) {
    settingsCache.remove(s.periodYear());
    int updated = jdbc.sql("update kinerja.appraisal_period set plan_deadline = ?, plan_reminder_days = ?,"
            + " final_assessment_opens = ?, appeal_window_days = ?, appeal_decision_days = ?, appeal_reminder_days = ?,"
            + " calibration_required = ?, appeal_explanation_days = ?, evaluation_frequency = ?, evaluation_due_days = ?,"
            + " evaluation_reminder_days = ? where period_year = ?")
        .params(s.planDeadline(), s.planReminderDays(), s.finalAssessmentOpens(), s.appealWindowDays(),
            s.appealDecisionDays(), s.appealReminderDays(), s.calibrates(), s.explanationDays(), s.evaluationFrequency().name(),
            s.evaluationDueDays(), s.evaluationReminderDays(), s.periodYear())
        .update();
    if (updated == 0) {
      jdbc.sql("insert into kinerja.appraisal_period (plan_deadline, plan_reminder_days, final_assessment_opens,"
              + " appeal_window_days, appeal_decision_days, appeal_reminder_days, calibration_required,"
              + " appeal_explanation_days, evaluation_frequency, evaluation_due_days, evaluation_reminder_days, period_year)"
              + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
          .params(s.planDeadline(), s.planReminderDays(), s.finalAssessmentOpens(), s.appealWindowDays(),
              s.appealDecisionDays(), s.appealReminderDays(), s.calibrates(), s.explanationDays(), s.evaluationFrequency().name(),
              s.evaluationDueDays(), s.evaluationReminderDays(), s.periodYear())
          .update();
    }
  }

  public void notify(Long appraisalId, String recipient, String kind, String message) {
    jdbc.sql("insert into kinerja.notification (appraisal_id, recipient, kind, message, created_at)"
            + " values (?, ?, ?, ?, ?)")
        .params(appraisalId, recipient, kind, message, EngineClock.now()).update();
  }
}

package id.kinerja.appraisal;

import java.time.LocalDate;

/**
 * Deadlines and windows of one appraisal year (a setting per period, with the rules' defaults).
 * The periodic evaluation falls at the {@code evaluationFrequency} (the calendar's quarters unless
 * set) and is due {@code evaluationDueDays} after each period ends, with a reminder
 * {@code evaluationReminderDays} before that.
 */
public record PeriodSettings(
    int periodYear,
    LocalDate planDeadline,
    int planReminderDays,
    LocalDate finalAssessmentOpens,
    int appealWindowDays,
    int appealDecisionDays,
    int appealReminderDays,
    Boolean calibrationRequired,
    Integer appealExplanationDays,
    EvaluationFrequency evaluationFrequency,
    Integer evaluationDueDays,
    Integer evaluationReminderDays) {

  /** Days the rater and the employee have to explain themselves once the appeal reviewer asks. */
  public static final int DEFAULT_APPEAL_EXPLANATION_DAYS = 7;
  public static final int DEFAULT_EVALUATION_DUE_DAYS = 10;
  public static final int DEFAULT_EVALUATION_REMINDER_DAYS = 3;

  public PeriodSettings {
    evaluationFrequency = evaluationFrequency == null ? EvaluationFrequency.QUARTERLY : evaluationFrequency;
    evaluationDueDays = evaluationDueDays == null ? DEFAULT_EVALUATION_DUE_DAYS : evaluationDueDays;
    evaluationReminderDays = evaluationReminderDays == null ? DEFAULT_EVALUATION_REMINDER_DAYS : evaluationReminderDays;
  }

  /** Whether each unit's results are checked against the distribution curve before they are final. */
  public boolean calibrates() {
    return calibrationRequired == null || calibrationRequired;
  }

  /** The days given for the appeal's explanations; a request without the field keeps the default. */
  public int explanationDays() {
    return appealExplanationDays == null ? DEFAULT_APPEAL_EXPLANATION_DAYS : appealExplanationDays;
  }

  public static PeriodSettings defaults(int year) {
    return new PeriodSettings(year, LocalDate.of(year, 1, 31), 7, firstDayAfter(year), 14, 14, 3, true,
        DEFAULT_APPEAL_EXPLANATION_DAYS, EvaluationFrequency.QUARTERLY, DEFAULT_EVALUATION_DUE_DAYS, DEFAULT_EVALUATION_REMINDER_DAYS);
  }

  /** The day after the period ends (1 January of the next year): the earliest the annual assessment opens. */
  public static LocalDate firstDayAfter(int year) {
    return LocalDate.of(year + 1, 1, 1);
  }

  /** The setting, never before the period has ended (older rows held 31 December). */
  public LocalDate finalAssessmentOpensAfterPeriod() {
    LocalDate earliest = firstDayAfter(periodYear);
    return finalAssessmentOpens == null || finalAssessmentOpens.isBefore(earliest) ? earliest : finalAssessmentOpens;
  }
}

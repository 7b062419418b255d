package id.kinerja.appraisal;

import java.time.LocalDate;

/** Deadlines and windows of one appraisal year (a setting per period, with the rules' defaults). */
public record PeriodSettings(
    int periodYear,
    LocalDate planDeadline,
    int planReminderDays,
    LocalDate finalAssessmentOpens,
    int appealWindowDays,
    int appealDecisionDays,
    int appealReminderDays,
    Boolean calibrationRequired,
    Integer appealExplanationDays) {

  /** Days the rater and the employee have to explain themselves once the appeal reviewer asks. */
  public static final int DEFAULT_APPEAL_EXPLANATION_DAYS = 7;

  /** Whether each unit's results are checked against the distribution curve before they are final. */
  public boolean calibrates() {
    return calibrationRequired == null || calibrationRequired;
  }

  /** The days given for the appeal's explanations; a request without the field keeps the default. */
  public int explanationDays() {
    return appealExplanationDays == null ? DEFAULT_APPEAL_EXPLANATION_DAYS : appealExplanationDays;
  }

  public static PeriodSettings defaults(int year) {
    return new PeriodSettings(year, LocalDate.of(year, 1, 31), 7, LocalDate.of(year, 12, 31), 14, 14, 3, true,
        DEFAULT_APPEAL_EXPLANATION_DAYS);
  }
}

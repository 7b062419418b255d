package id.kinerja.appraisal;

/** How often the year's periodic evaluation falls: the calendar's quarters, halves or months. */
public enum EvaluationFrequency {
  MONTHLY(1),
  QUARTERLY(3),
  SEMESTER(6);

  private final int months;

  EvaluationFrequency(int months) {
    this.months = months;
  }

  /** Months in one evaluation period. */
  public int months() {
    return months;
  }

  /** Evaluation periods in a calendar year. */
  public int periods() {
    return 12 / months;
  }
}

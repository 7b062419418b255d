package id.kinerja.monitoring;

import static id.kinerja.appraisal.AppraisalVariables.EVALUATION_DUE;
import static id.kinerja.appraisal.AppraisalVariables.EVALUATION_DUE_LABEL;
import static id.kinerja.appraisal.AppraisalVariables.EVALUATION_FREQUENCY;
import static id.kinerja.appraisal.AppraisalVariables.EVALUATION_OPENS;
import static id.kinerja.appraisal.AppraisalVariables.EVALUATION_PERIODS;
import static id.kinerja.appraisal.AppraisalVariables.EVALUATION_REMINDER;
import static id.kinerja.appraisal.AppraisalVariables.QUARTER;
import static id.kinerja.appraisal.AppraisalVariables.QUARTER_LABEL;

import id.kinerja.appraisal.AppraisalRepository;
import id.kinerja.appraisal.AppraisalVariables;
import id.kinerja.appraisal.Deadlines;
import id.kinerja.appraisal.EvaluationFrequency;
import id.kinerja.appraisal.PeriodSettings;
import id.kinerja.process.EngineClock;
import id.kinerja.process.ModelApi;
import java.time.LocalDate;
import java.time.Month;
import java.time.ZoneId;
import java.time.format.TextStyle;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * The calendar of the periodic evaluation: the year cut into quarters (TW I Jan-Mar ... TW IV
 * Oct-Dec), semesters or months as the year's setting says. Each period's tasks open at 00:00 the
 * day after it ends and are due a set number of days later (counted from today for a period that
 * had ended before monitoring began); the model reads these as variables the server sets here,
 * never a form field.
 */
@Component("evaluationCalendar")
public class EvaluationCalendar {

  private static final String[] ROMAN = {"", "I", "II", "III", "IV"};
  private static final Locale INDONESIAN = Locale.forLanguageTag("id");

  /** One evaluation period of a year, its first and last day. */
  public record EvaluationPeriod(int number, String label, LocalDate first, LocalDate last) {

    /** The day its tasks open: the day after it ends. */
    public LocalDate opens() {
      return last.plusDays(1);
    }

    public boolean contains(LocalDate day) {
      return !day.isBefore(first) && !day.isAfter(last);
    }
  }

  private final AppraisalRepository appraisals;
  private final Deadlines deadlines;

  EvaluationCalendar(AppraisalRepository appraisals, Deadlines deadlines) {
    this.appraisals = appraisals;
    this.deadlines = deadlines;
  }

  public static List<EvaluationPeriod> periods(int year, EvaluationFrequency frequency) {
    return IntStream.rangeClosed(1, frequency.periods()).mapToObj(n -> period(year, frequency, n)).toList();
  }

  public static EvaluationPeriod period(int year, EvaluationFrequency frequency, int number) {
    if (number < 1 || number > frequency.periods()) {
      throw new IllegalArgumentException("periode evaluasi " + number + " tidak ada pada frekuensi " + frequency);
    }
    LocalDate first = LocalDate.of(year, (number - 1) * frequency.months() + 1, 1);
    LocalDate last = first.plusMonths(frequency.months()).minusDays(1);
    return new EvaluationPeriod(number, label(frequency, number), first, last);
  }

  private static String label(EvaluationFrequency frequency, int number) {
    return switch (frequency) {
      case QUARTERLY -> "TW " + ROMAN[number];
      case SEMESTER -> "Semester " + ROMAN[number];
      case MONTHLY -> "Bulan " + Month.of(number).getDisplayName(TextStyle.FULL, INDONESIAN);
    };
  }

  /** The frequency recorded on the appraisal, quarterly for one that began before it was recorded. */
  public static EvaluationFrequency frequencyOf(Object recorded) {
    return recorded == null ? EvaluationFrequency.QUARTERLY : EvaluationFrequency.valueOf(String.valueOf(recorded));
  }

  /**
   * Start listener of "Pemantauan dan pembinaan": fixes the year's frequency for this appraisal, so
   * a setting changed later never changes the number of periods under way.
   */
  @ModelApi
  public void fixFrequency(DelegateExecution execution) {
    EvaluationFrequency frequency = appraisals.settings(AppraisalVariables.year(execution)).evaluationFrequency();
    execution.setVariable(EVALUATION_FREQUENCY, frequency.name());
    execution.setVariable(EVALUATION_PERIODS, frequency.periods());
  }

  /** Start listener of each evaluation period: its number, label, opening, due date and reminder. */
  @ModelApi
  public void startPeriod(DelegateExecution execution) {
    int year = AppraisalVariables.year(execution);
    int number = AppraisalVariables.number(execution.getVariable("loopCounter")).intValue() + 1;
    EvaluationPeriod period = period(year, frequencyOf(execution.getVariable(EVALUATION_FREQUENCY)), number);
    PeriodSettings settings = appraisals.settings(year);
    // Whose monitoring begins after a period has ended (a late SKP, a new employee) still gets the
    // set number of days from today, not a due date already past.
    LocalDate opens = period.opens().isBefore(EngineClock.today()) ? EngineClock.today() : period.opens();
    LocalDate due = opens.plusDays(settings.evaluationDueDays() - 1L);
    execution.setVariableLocal(QUARTER, number);
    execution.setVariableLocal(QUARTER_LABEL, period.label());
    execution.setVariableLocal(EVALUATION_OPENS, startOfDay(period.opens()));
    execution.setVariableLocal(EVALUATION_DUE, endOfDay(due));
    execution.setVariableLocal(EVALUATION_REMINDER, endOfDay(due.minusDays(settings.evaluationReminderDays())));
    execution.setVariableLocal(EVALUATION_DUE_LABEL, deadlines.format(due));
  }

  private static Date startOfDay(LocalDate date) {
    return Date.from(date.atStartOfDay(ZoneId.systemDefault()).toInstant());
  }

  private static Date endOfDay(LocalDate date) {
    return Date.from(date.plusDays(1).atStartOfDay(ZoneId.systemDefault()).minusSeconds(1).toInstant());
  }
}

package id.kinerja.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.kinerja.appraisal.EvaluationFrequency;
import id.kinerja.monitoring.EvaluationCalendar.EvaluationPeriod;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The calendar's periods: quarters by default, semesters or months when the year says so. */
class EvaluationCalendarTest {

  @Test
  void quartersFollowTheCalendarAndOpenTheDayAfterTheyEnd() {
    List<EvaluationPeriod> quarters = EvaluationCalendar.periods(2044, EvaluationFrequency.QUARTERLY);
    assertThat(quarters).extracting(EvaluationPeriod::label).containsExactly("TW I", "TW II", "TW III", "TW IV");
    assertThat(quarters).extracting(EvaluationPeriod::last).containsExactly(LocalDate.of(2044, 3, 31),
        LocalDate.of(2044, 6, 30), LocalDate.of(2044, 9, 30), LocalDate.of(2044, 12, 31));
    assertThat(quarters.get(3).opens()).isEqualTo(LocalDate.of(2045, 1, 1));
    assertThat(quarters.get(0).contains(LocalDate.of(2044, 3, 31))).isTrue();
    assertThat(quarters.get(0).contains(LocalDate.of(2044, 4, 1))).isFalse();
  }

  @Test
  void semestersEndInJuneAndDecember() {
    assertThat(EvaluationCalendar.periods(2043, EvaluationFrequency.SEMESTER))
        .extracting(EvaluationPeriod::label, EvaluationPeriod::first, EvaluationPeriod::last)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("Semester I", LocalDate.of(2043, 1, 1), LocalDate.of(2043, 6, 30)),
            org.assertj.core.groups.Tuple.tuple("Semester II", LocalDate.of(2043, 7, 1), LocalDate.of(2043, 12, 31)));
  }

  @Test
  void aMonthlyYearHasTwelvePeriodsWithEachMonthsLastDay() {
    List<EvaluationPeriod> months = EvaluationCalendar.periods(2044, EvaluationFrequency.MONTHLY);
    assertThat(months).hasSize(12);
    assertThat(months.get(0).label()).isEqualTo("Bulan Januari");
    assertThat(months.get(1).last()).as("a leap year's February").isEqualTo(LocalDate.of(2044, 2, 29));
    assertThat(months.get(1).opens()).isEqualTo(LocalDate.of(2044, 3, 1));
    assertThat(months.get(11).last()).isEqualTo(LocalDate.of(2044, 12, 31));
    for (int i = 1; i < months.size(); i++) {
      assertThat(months.get(i).first()).isEqualTo(months.get(i - 1).opens());
    }
    assertThatThrownBy(() -> EvaluationCalendar.period(2044, EvaluationFrequency.MONTHLY, 13))
        .isInstanceOf(IllegalArgumentException.class);
  }
}

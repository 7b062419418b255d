package id.kinerja.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NipTest {

  @Test
  void acceptsTheExampleFromTheRules() {
    assertThat(Nip.problem("198609262015051001", EmploymentType.PNS)).isEmpty();
  }

  @ParameterizedTest(name = "{0}: {2}")
  @CsvSource(delimiter = '|', textBlock = """
      19860926201505100     | 18 digit  | too short
      1986092620150510011   | 18 digit  | too long
      19860926201505100A    | 18 digit  | a letter
      ''                    | 18 digit  | empty
      198602302015051001    | tanggal lahir | 30 February
      198613012015051001    | tanggal lahir | month 13
      198609002015051001    | tanggal lahir | day 0
      189912312015051001    | tidak mungkin | born before 1900
      209901012015051001    | tidak mungkin | born in the future
      198609262015131001    | TMT CPNS  | appointment month 13
      198609262015001001    | TMT CPNS  | appointment month 0
      198609261985051001    | sesudah tanggal lahir | appointed before birth
      198609261986091001    | sesudah tanggal lahir | appointed in the birth month
      198609262015053001    | jenis kelamin | gender digit 3
      198609262015050001    | jenis kelamin | gender digit 0
      """)
  void refusesInvalidPnsNumbers(String nip, String reason, String description) {
    assertThat(Nip.problem(nip, EmploymentType.PNS)).get().asString().contains(reason);
  }

  @Test
  void acceptsAWomanAppointedTheMonthAfterBirth() {
    assertThat(Nip.isValid("200001012000022999", EmploymentType.PNS)).isTrue();
  }

  @Test
  void pppkNumbersNeedEighteenDigitsButNoDates() {
    assertThat(Nip.problem("199508122023212001", EmploymentType.PPPK)).isEmpty();
    assertThat(Nip.problem("999999999999999999", EmploymentType.PPPK)).isEmpty();
    assertThat(Nip.problem("999999999999999999", EmploymentType.PNS)).isPresent();
    assertThat(Nip.problem("19950812202321200", EmploymentType.PPPK)).get().asString().contains("18 digit");
    assertThat(Nip.problem("1995081220232120X1", EmploymentType.PPPK)).get().asString().contains("18 digit");
  }
}

package id.kinerja.organisation;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The 18-digit employee number. A PNS NIP (Perka BKN 22/2007) reads {@code YYYYMMDD} birth date,
 * {@code YYYYMM} first appointment (TMT CPNS), gender {@code 1|2} and a 3-digit serial. PPPK numbers
 * have another layout and are checked for 18 digits only. An elected official (the kepala daerah) has
 * no NIP: their identifier is a login of 3 to 18 lower-case letters, digits, dots, hyphens or
 * underscores, starting with a letter, so it can never be taken for a NIP.
 */
public final class Nip {

  private static final Pattern EIGHTEEN_DIGITS = Pattern.compile("\\d{18}");
  private static final Pattern LOGIN = Pattern.compile("[a-z][a-z0-9._-]{2,17}");

  private Nip() {}

  /** The reason the number is not a valid NIP for this employment type, in Bahasa Indonesia. */
  public static Optional<String> problem(String nip, EmploymentType type) {
    if (type == EmploymentType.PEJABAT_NEGARA) {
      return nip != null && LOGIN.matcher(nip).matches() ? Optional.empty()
          : Optional.of("identitas pejabat negara harus 3-18 huruf kecil, angka, titik atau tanda hubung, diawali huruf (bukan NIP)");
    }
    if (nip == null || !EIGHTEEN_DIGITS.matcher(nip).matches()) {
      return Optional.of("NIP harus 18 digit angka");
    }
    if (type == EmploymentType.PPPK) {
      return Optional.empty();
    }
    LocalDate birth;
    try {
      birth = LocalDate.of(digits(nip, 0, 4), digits(nip, 4, 6), digits(nip, 6, 8));
    } catch (DateTimeException e) {
      return Optional.of("tanggal lahir pada NIP (" + nip.substring(0, 8) + ") bukan tanggal yang ada");
    }
    if (birth.getYear() < 1900 || birth.isAfter(LocalDate.now())) {
      return Optional.of("tanggal lahir pada NIP (" + nip.substring(0, 8) + ") tidak mungkin");
    }
    YearMonth appointment;
    try {
      appointment = YearMonth.of(digits(nip, 8, 12), digits(nip, 12, 14));
    } catch (DateTimeException e) {
      return Optional.of("TMT CPNS pada NIP (" + nip.substring(8, 14) + ") bukan bulan yang ada");
    }
    if (!appointment.isAfter(YearMonth.from(birth))) {
      return Optional.of("TMT CPNS pada NIP harus sesudah tanggal lahir");
    }
    char gender = nip.charAt(14);
    if (gender != '1' && gender != '2') {
      return Optional.of("digit jenis kelamin pada NIP (ke-15) harus 1 atau 2, bukan " + gender);
    }
    return Optional.empty();
  }

  public static boolean isValid(String nip, EmploymentType type) {
    return problem(nip, type).isEmpty();
  }

  private static int digits(String nip, int from, int to) {
    return Integer.parseInt(nip.substring(from, to));
  }
}

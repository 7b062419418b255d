package id.kinerja.document;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Values as an Indonesian document prints them: "2 Januari 2026", "2 Januari 2026 09.15", "12,5". */
public final class Print {

  private static final Locale INDONESIAN = Locale.forLanguageTag("id-ID");
  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", INDONESIAN);
  private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("d MMMM yyyy HH.mm", INDONESIAN);

  private Print() {}

  public static String date(LocalDate date) {
    return date == null ? "" : DATE.format(date);
  }

  public static String date(Timestamp at) {
    return at == null ? "" : DATE.format(at.toLocalDateTime());
  }

  public static String dateTime(Timestamp at) {
    return at == null ? "" : DATE_TIME.format(at.toLocalDateTime());
  }

  public static String number(BigDecimal value) {
    return value == null ? "" : value.stripTrailingZeros().toPlainString().replace('.', ',');
  }

  public static String text(String value) {
    return value == null ? "" : value;
  }
}

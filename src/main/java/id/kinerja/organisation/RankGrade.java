package id.kinerja.organisation;

import java.util.Optional;
import java.util.Set;

/** Golongan/ruang of a PNS (I/a..IV/e) or the grade of a PPPK (I..XVII); an elected official has none. */
public final class RankGrade {

  private static final Set<String> PNS = Set.of(
      "I/a", "I/b", "I/c", "I/d",
      "II/a", "II/b", "II/c", "II/d",
      "III/a", "III/b", "III/c", "III/d",
      "IV/a", "IV/b", "IV/c", "IV/d", "IV/e");

  private static final Set<String> PPPK = Set.of(
      "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX",
      "X", "XI", "XII", "XIII", "XIV", "XV", "XVI", "XVII");

  private RankGrade() {}

  public static Optional<String> problem(String grade, EmploymentType type) {
    if (type == EmploymentType.PEJABAT_NEGARA) {
      return grade == null ? Optional.empty() : Optional.of("golongan dikosongkan untuk pejabat negara");
    }
    Set<String> allowed = type == EmploymentType.PNS ? PNS : PPPK;
    if (grade != null && allowed.contains(grade)) {
      return Optional.empty();
    }
    String example = type == EmploymentType.PNS ? "III/a" : "IX";
    return Optional.of("golongan '" + (grade == null ? "" : grade) + "' tidak dikenal untuk "
        + type + " (contoh: " + example + ")");
  }
}

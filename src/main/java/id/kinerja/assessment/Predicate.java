package id.kinerja.assessment;

import java.util.Arrays;

/** Predikat kinerja; which one follows from the ratings is the DMN table's business. */
public enum Predicate {
  SANGAT_BAIK("Sangat Baik"),
  BAIK("Baik"),
  BUTUH_PERBAIKAN("Butuh Perbaikan"),
  KURANG("Kurang/Misconduct"),
  SANGAT_KURANG("Sangat Kurang");

  private final String label;

  Predicate(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** The label of a predicate code; a code the list lacks shows as it is (deployment keeps tables to the list). */
  public static String labelOf(Object code) {
    return code == null ? "" : Arrays.stream(values()).filter(p -> p.name().equals(code.toString()))
        .map(Predicate::label).findFirst().orElse(code.toString());
  }
}

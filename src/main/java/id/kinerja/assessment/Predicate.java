package id.kinerja.assessment;

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

  public static String labelOf(Object code) {
    return code == null ? "" : valueOf(code.toString()).label();
  }
}

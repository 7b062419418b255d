package id.kinerja.assessment;

/** The three levels of the results rating and the behaviour rating. */
public enum Rating {
  DI_ATAS_EKSPEKTASI("Di atas ekspektasi"),
  SESUAI_EKSPEKTASI("Sesuai ekspektasi"),
  DI_BAWAH_EKSPEKTASI("Di bawah ekspektasi");

  private final String label;

  Rating(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}

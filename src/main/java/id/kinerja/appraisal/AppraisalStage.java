package id.kinerja.appraisal;

/**
 * The stages an appraisal passes through, in order, as {@code kinerja.appraisal.status} records
 * them; the database accepts no other value (check constraint {@code appraisal_stage}).
 */
public enum AppraisalStage {
  /** From the opening until the SKP is set (ditetapkan). */
  PERENCANAAN("Perencanaan SKP"),
  /** The SKP is set: quarters, feedback and dialog kinerja until the period ends. */
  PEMANTAUAN("Pemantauan dan pembinaan"),
  /** The annual assessment is open: self-assessment and the rater's final rating. */
  PENILAIAN_AKHIR("Penilaian akhir"),
  /** The predicate waits for the unit's calibration against the distribution curve. */
  KALIBRASI("Kalibrasi unit"),
  /** The employee has the (calibrated) result and may accept it or appeal. */
  HASIL("Tanggapan atas hasil penilaian"),
  /** The appeal is with the reviewer. */
  KEBERATAN("Keberatan"),
  /** The result is final; the follow-up (training referral, award) runs. */
  FINAL("Hasil final, tindak lanjut"),
  /** Everything is done. */
  SELESAI("Selesai");

  private final String label;

  AppraisalStage(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** The label of a stage as stored; the stored value is always one of the list (the database checks it). */
  public static String labelOf(String stage) {
    return valueOf(stage).label();
  }
}

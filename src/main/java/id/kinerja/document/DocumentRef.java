package id.kinerja.document;

/**
 * Which document: its kind and the record it is of. An appraisal's documents name the appraisal
 * (and, for an evaluation, its period: 1..12, or {@link #YEAR} for the annual one); a unit's
 * Penetapan names the unit. {@link #subject()} is the key its versions are filed under.
 */
public record DocumentRef(DocumentKind kind, int year, Long appraisalId, Integer period, String unitCode) {

  /** The period of the annual evaluation. */
  public static final int YEAR = 0;

  public static DocumentRef ofAppraisal(DocumentKind kind, long appraisalId, int year) {
    return new DocumentRef(kind, year, appraisalId, null, null);
  }

  public static DocumentRef evaluation(long appraisalId, int year, int period) {
    return new DocumentRef(DocumentKind.EVALUASI_KINERJA, year, appraisalId, period, null);
  }

  public static DocumentRef ofUnit(String unitCode, int year) {
    return new DocumentRef(DocumentKind.PENETAPAN_PREDIKAT, year, null, null, unitCode);
  }

  String subject() {
    if (unitCode != null) {
      return "unit:" + unitCode + ":" + year;
    }
    return "penilaian:" + appraisalId + (period == null ? "" : ":" + (period == YEAR ? "tahunan" : period));
  }

  /** The part of its URL after the appraisal's or unit's: {@code skp}, {@code evaluasi-kinerja/2}, ... */
  public String path() {
    return kind.slug() + (period == null ? "" : "/" + (period == YEAR ? "tahunan" : period));
  }

  /** Its file name in a download or ZIP. */
  String fileName(String holderKey) {
    return kind.slug() + "-" + holderKey + "-" + year + (period == null ? "" : "-" + (period == YEAR ? "tahunan" : period))
        + ".pdf";
  }
}

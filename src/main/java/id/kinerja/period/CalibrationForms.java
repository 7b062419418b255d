package id.kinerja.period;

import id.kinerja.process.TaskForm;

/** The fields of the calibration's forms: the organisation predicate and the unit head's calibration. */
public final class CalibrationForms {

  public static final String ORGANISATION_PREDICATE = "predikatOrganisasi";
  public static final String CHANGES = "perubahan";
  public static final String NIP = "nip";
  public static final String NEW_RESULTS_RATING = "ratingHasilKerjaBaru";
  public static final String NEW_BEHAVIOUR_RATING = "ratingPerilakuKerjaBaru";
  public static final String REASON = "alasan";
  public static final String ACCEPT_DEVIATION = "terimaPenyimpangan";
  public static final String DEVIATION_REASON = "alasanPenyimpangan";

  public static final TaskForm PREDIKAT_ORGANISASI = TaskForm.of("predikat-organisasi", ORGANISATION_PREDICATE);
  public static final TaskForm KALIBRASI_UNIT = TaskForm.of("kalibrasi-unit", ACCEPT_DEVIATION, DEVIATION_REASON)
      .withRows(CHANGES, NIP, NEW_RESULTS_RATING, NEW_BEHAVIOUR_RATING, REASON);

  private CalibrationForms() {}
}

package id.kinerja.appeal;

import id.kinerja.process.TaskForm;

/** The fields of the appeal's forms: the reviewer's examination and the explanations asked for. */
public final class AppealForms {

  public static final String ACTION = "tindakanPeninjau";
  public static final String ASK_RATER = "mintaPenjelasanPenilai";
  public static final String ASK_EMPLOYEE = "mintaPenjelasanPegawai";
  public static final String QUESTION = "pertanyaanPeninjau";
  public static final String DECISION = "keputusanKeberatan";
  public static final String NEW_RESULTS_RATING = "ratingHasilKerjaBaru";
  public static final String NEW_BEHAVIOUR_RATING = "ratingPerilakuKerjaBaru";
  public static final String DECISION_REASON = "alasanKeputusan";
  public static final String EXPLANATION = "penjelasan";

  public static final TaskForm PERIKSA_KEBERATAN = TaskForm.of("periksa-keberatan", ACTION, ASK_RATER, ASK_EMPLOYEE,
      QUESTION, DECISION, NEW_RESULTS_RATING, NEW_BEHAVIOUR_RATING, DECISION_REASON);
  public static final TaskForm BERI_PENJELASAN = TaskForm.of("beri-penjelasan", EXPLANATION);

  private AppealForms() {}
}

package id.kinerja.appeal;

import id.kinerja.process.TaskForm;

/**
 * The fields of the appeal's forms: the reviewer's questions to both parties, each party's
 * explanation, and the reviewer's decision.
 */
public final class AppealForms {

  public static final String QUESTION_TO_RATER = "pertanyaanUntukPenilai";
  public static final String QUESTION_TO_EMPLOYEE = "pertanyaanUntukPegawai";
  public static final String DECISION = "keputusanKeberatan";
  public static final String NEW_RESULTS_RATING = "ratingHasilKerjaBaru";
  public static final String NEW_BEHAVIOUR_RATING = "ratingPerilakuKerjaBaru";
  public static final String DECISION_REASON = "alasanKeputusan";
  public static final String EXPLANATION = "penjelasan";

  public static final TaskForm PERIKSA_KEBERATAN = TaskForm.of("periksa-keberatan", QUESTION_TO_RATER, QUESTION_TO_EMPLOYEE);
  public static final TaskForm PUTUSKAN_KEBERATAN = TaskForm.of("putuskan-keberatan", DECISION, NEW_RESULTS_RATING,
      NEW_BEHAVIOUR_RATING, DECISION_REASON);
  public static final TaskForm BERI_PENJELASAN = TaskForm.of("beri-penjelasan", EXPLANATION);

  private AppealForms() {}
}

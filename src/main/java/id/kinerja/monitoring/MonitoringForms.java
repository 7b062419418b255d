package id.kinerja.monitoring;

import static id.kinerja.plan.PlanForms.DESCRIPTION;
import static id.kinerja.plan.PlanForms.QUALITY_TARGET;
import static id.kinerja.plan.PlanForms.QUANTITY_TARGET;
import static id.kinerja.plan.PlanForms.QUANTITY_UNIT;
import static id.kinerja.plan.PlanForms.RESULT_ID;
import static id.kinerja.plan.PlanForms.TIME_TARGET;

import id.kinerja.appraisal.AppraisalVariables;
import id.kinerja.process.TaskForm;

/** The fields of the periodic forms "Catat realisasi" and "Beri umpan balik", and of the early request. */
public final class MonitoringForms {

  public static final String REALISATIONS = "realisasi";
  public static final String QUANTITY = "realisasiKuantitas";
  public static final String QUALITY = "realisasiKualitas";
  public static final String TIME = "realisasiWaktu";
  public static final String EVIDENCE = "buktiDukung";
  public static final String NOTE = "catatan";
  /** One row per RHK of the SKP in the rater's form: the realisation and the feedback on it. */
  public static final String FEEDBACK_ROWS = "umpanBalikRhk";
  public static final String FEEDBACK = "umpanBalik";
  public static final String REALISATION_SUMMARY = "ringkasanRealisasi";
  public static final String EARLY_REASON = "alasanEvaluasiAwal";

  public static final TaskForm CATAT_REALISASI = TaskForm.of("catat-realisasi").withRows(REALISATIONS, RESULT_ID,
      DESCRIPTION, QUANTITY_TARGET, QUANTITY_UNIT, QUALITY_TARGET, TIME_TARGET, QUANTITY, QUALITY, TIME, EVIDENCE, NOTE);
  public static final TaskForm UMPAN_BALIK_TRIWULAN = TaskForm.of("umpan-balik-triwulan",
      AppraisalVariables.RESULTS_RATING, AppraisalVariables.BEHAVIOUR_RATING)
      .withRows(FEEDBACK_ROWS, RESULT_ID, DESCRIPTION, REALISATION_SUMMARY, FEEDBACK);
  public static final TaskForm MINTA_EVALUASI_AWAL = TaskForm.of("minta-evaluasi-awal", EARLY_REASON);

  private MonitoringForms() {}
}

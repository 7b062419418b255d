package id.kinerja.monitoring;

import static id.kinerja.plan.PlanForms.DESCRIPTION;
import static id.kinerja.plan.PlanForms.QUANTITY_TARGET;
import static id.kinerja.plan.PlanForms.QUANTITY_UNIT;
import static id.kinerja.plan.PlanForms.RESULT_ID;

import id.kinerja.appraisal.AppraisalVariables;
import id.kinerja.process.TaskForm;

/** The fields of the quarterly forms "Catat realisasi triwulan" and "Beri umpan balik triwulan". */
public final class MonitoringForms {

  public static final String REALISATIONS = "realisasi";
  public static final String QUANTITY = "realisasiKuantitas";
  public static final String QUALITY = "realisasiKualitas";
  public static final String TIME = "realisasiWaktu";
  public static final String EVIDENCE = "buktiDukung";
  public static final String NOTE = "catatan";
  public static final String FEEDBACK = "umpanBalik";

  public static final TaskForm CATAT_REALISASI = TaskForm.of("catat-realisasi").withRows(REALISATIONS, RESULT_ID,
      DESCRIPTION, QUANTITY_TARGET, QUANTITY_UNIT, QUANTITY, QUALITY, TIME, EVIDENCE, NOTE);
  public static final TaskForm UMPAN_BALIK_TRIWULAN = TaskForm.of("umpan-balik-triwulan", FEEDBACK,
      AppraisalVariables.RESULTS_RATING, AppraisalVariables.BEHAVIOUR_RATING);

  private MonitoringForms() {}
}

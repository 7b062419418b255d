package id.kinerja.assessment;

import static id.kinerja.appraisal.AppraisalVariables.BEHAVIOUR_RATING;
import static id.kinerja.appraisal.AppraisalVariables.RESULTS_RATING;
import static id.kinerja.plan.PlanForms.DESCRIPTION;
import static id.kinerja.plan.PlanForms.RESULT_ID;

import id.kinerja.monitoring.MonitoringForms;
import id.kinerja.process.TaskForm;

/** The fields of the final assessment's forms: self-assessment, the rater's rating, the employee's answer. */
public final class AssessmentForms {

  public static final String SELF_ROWS = "penilaianMandiri";
  public static final String FINAL_ACHIEVEMENT = "realisasiAkhir";
  public static final String SELF_RATING = "capaianMandiri";
  public static final String SELF_SUMMARY = "ringkasanMandiri";
  public static final String RESULTS_REASON = "alasanHasilKerja";
  /** Prefixes of the rating and its reason per BerAKHLAK value, e.g. {@code ratingKompeten}, {@code alasanKompeten}. */
  public static final String VALUE_RATING = "rating";
  public static final String VALUE_REASON = "alasan";
  public static final String APPEAL = "ajukanKeberatan";
  public static final String APPEAL_REASONS = "alasanKeberatan";

  public static final TaskForm PENILAIAN_MANDIRI = TaskForm.of("penilaian-mandiri", SELF_SUMMARY)
      .withRows(SELF_ROWS, RESULT_ID, DESCRIPTION, FINAL_ACHIEVEMENT, MonitoringForms.EVIDENCE, SELF_RATING);
  public static final TaskForm NILAI_KINERJA = TaskForm.of("nilai-kinerja", RESULTS_RATING, RESULTS_REASON,
      BEHAVIOUR_RATING).and(BehaviourValue.fieldNames(VALUE_RATING)).and(BehaviourValue.fieldNames(VALUE_REASON));
  public static final TaskForm TINJAU_HASIL = TaskForm.of("tinjau-hasil", APPEAL, APPEAL_REASONS);

  private AssessmentForms() {}
}

package id.kinerja.appraisal;

import id.kinerja.process.ProcessContract;

/** The contract of {@code processes/penilaian-kinerja.bpmn}: its key, what the code names in it, how it starts. */
public final class AppraisalProcess {

  public static final String KEY = "penilaian-kinerja";

  public static final String DRAFT_TASK = "Task_SusunSkp";
  /** The rater's review of the SKP; its approving completion sets the SKP. */
  public static final String PLAN_REVIEW_TASK = "Task_PeriksaSkp";
  /** The appeal's explanation tasks: each shows the question asked of its party. */
  public static final String RATER_EXPLANATION_TASK = "Task_PenjelasanPenilai";
  public static final String EMPLOYEE_EXPLANATION_TASK = "Task_PenjelasanPegawai";

  /** Wakes the subordinates' submissions that wait for their supervisor's SKP. */
  public static final String SUPERVISOR_PLAN_SET = "SkpAtasanDisetujui";
  public static final String COACHING_REQUESTED = "DialogKinerjaDiminta";
  public static final String UNIT_RESULTS_RELEASED = "HasilUnitDikalibrasi";
  /** Wakes a unit head's appraisal waiting for the unit's organisation predicate. */
  public static final String UNIT_PREDICATE_SET = "PredikatOrganisasiDitetapkan";
  /** Opens the waiting evaluation period before it ends, on the employee's own request. */
  public static final String EARLY_EVALUATION_REQUESTED = "EvaluasiLebihAwalDiminta";

  public static final String PERIOD_ENDED = "Timer_PeriodeEvaluasiBerakhir";
  public static final String EVALUATION_REMINDER = "Timer_PengingatEvaluasi";
  public static final String EVALUATION_DEADLINE = "Timer_BatasEvaluasi";
  public static final String EVALUATION_ESCALATION = "Task_EskalasiEvaluasi";
  /** Dialog kinerja can be asked for from the start of monitoring until this task is completed. */
  public static final String MONITORING = "SubProcess_Pemantauan";
  /** The rater's feedback per RHK and ratings of one evaluation period. */
  public static final String PERIOD_REVIEW_TASK = "Task_UmpanBalikTriwulan";
  public static final String FINAL_RATING_TASK = "Task_NilaiKinerja";
  /** The employee's answer to the result: accepted, or an appeal filed. */
  public static final String RESULT_REVIEW_TASK = "Task_TinjauHasil";
  /** The appeal reviewer's decision: the result confirmed or changed. */
  public static final String APPEAL_DECISION_TASK = "Task_PutuskanKeberatan";

  public static final ProcessContract CONTRACT = ProcessContract.of(KEY, AppraisalVariables.class)
      .elements(DRAFT_TASK, PLAN_REVIEW_TASK, RATER_EXPLANATION_TASK, EMPLOYEE_EXPLANATION_TASK, PERIOD_ENDED, EVALUATION_REMINDER, EVALUATION_DEADLINE, EVALUATION_ESCALATION, MONITORING,
          PERIOD_REVIEW_TASK, FINAL_RATING_TASK, RESULT_REVIEW_TASK, APPEAL_DECISION_TASK)
      .messages(SUPERVISOR_PLAN_SET, COACHING_REQUESTED, UNIT_RESULTS_RELEASED, UNIT_PREDICATE_SET,
          EARLY_EVALUATION_REQUESTED)
      .startedWith(AppraisalVariables.NIP, AppraisalVariables.YEAR);

  private AppraisalProcess() {}
}

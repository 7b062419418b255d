package id.kinerja.appraisal;

import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * Names of the process variables of {@code penilaian-kinerja} used by the Java side; forms use the
 * same names as field keys. Form-only values (notes, rows) are read by the listener of their task.
 */
public final class AppraisalVariables {

  public static final String PROCESS_KEY = "penilaian-kinerja";

  public static final String NIP = "nip";
  public static final String YEAR = "tahun";
  public static final String APPRAISAL_ID = "penilaianId";
  public static final String EMPLOYEE_NAME = "namaPegawai";
  public static final String EMPLOYEE_POSITION = "jabatanPegawai";
  public static final String EMPLOYEE_UNIT = "unitPegawai";
  public static final String RATER_NIP = "atasanNip";
  public static final String RATER_NAME = "namaAtasan";

  public static final String PLAN_DEADLINE = "batasRencana";
  public static final String PLAN_REMINDER = "pengingatRencana";
  public static final String FINAL_ASSESSMENT_OPENS = "akhirPeriode";
  public static final String APPEAL_WINDOW = "jendelaKeberatan";
  public static final String APPEAL_DECISION_DEADLINE = "batasPutusanKeberatan";
  public static final String APPEAL_DECISION_REMINDER = "pengingatPutusanKeberatan";

  public static final String RESULTS_RATING = "ratingHasilKerja";
  public static final String BEHAVIOUR_RATING = "ratingPerilakuKerja";
  public static final String PREDICATE = "predikatKinerja";
  public static final String PREDICATE_LABEL = "labelPredikat";

  public static final String LATE_STAGE = "tahapTerlambat";
  public static final String LATE_DEADLINE = "batasWaktu";

  private AppraisalVariables() {}

  /** The appraisal's id; numbers are read as Number, whatever type a form submitted them back as. */
  public static long appraisalId(VariableScope scope) {
    return number(scope.getVariable(APPRAISAL_ID)).longValue();
  }

  public static int year(VariableScope scope) {
    return number(scope.getVariable(YEAR)).intValue();
  }

  public static Number number(Object value) {
    return value instanceof Number n ? n : Double.valueOf(String.valueOf(value));
  }

  public static String businessKey(String nip, int year) {
    return nip + ":" + year;
  }
}

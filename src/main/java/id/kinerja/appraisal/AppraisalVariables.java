package id.kinerja.appraisal;

import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * The variables of {@code penilaian-kinerja}, declared once: every constant here is one (see
 * {@link AppraisalProcess#CONTRACT}). The server sets all of them; what the person enters arrives
 * in the fields of the task's form (the {@code *Forms} classes) and is checked by its listener,
 * which sets the variables the model reads after it.
 */
public final class AppraisalVariables {

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

  public static final String QUARTERS_SUMMARY = "ringkasanTriwulan";
  public static final String RATER_OF_RESULT = "penilaiNip";
  public static final String RATER_OF_RESULT_NAME = "namaPenilai";
  /** The ratings with their reasons as the employee and the appeal reviewer read them. */
  public static final String SUMMARY = "ringkasanPenilaian";
  public static final String APPEAL_DEADLINE = "batasKeberatan";
  /** Set by the server from the employee's answer to the result; the gateway "Ada keberatan?" reads it. */
  public static final String APPEAL_FILED = "keberatanDiajukan";
  /** False when no post above the rater decides an appeal (the Sekda, rated by the kepala daerah): the form says so. */
  public static final String APPEAL_AVAILABLE = "keberatanDapatDiajukan";

  public static final String LATE_STAGE = "tahapTerlambat";
  public static final String LATE_DEADLINE = "batasWaktu";
  /** Input parameters of a reminder: the stage and its deadline. */
  public static final String REMINDER_STAGE = "tahap";
  public static final String REMINDER_DEADLINE = "batas";

  public static final String PARENT_OPTIONS = "pilihanRhkAtasan";
  public static final String PLAN_ROUND = "putaranSkp";
  public static final String RETURN_NOTES = "catatanPengembalian";
  /** The rater's decision on the SKP, as the check stored it; the gateway "SKP disetujui?" reads it. */
  public static final String PLAN_APPROVED = "skpDisetujui";
  public static final String SUPERVISOR_PLAN_APPROVED = "skpAtasanDisetujui";

  public static final String QUARTER = "triwulan";
  public static final String QUARTER_LABEL = "labelTriwulan";
  public static final String PREVIOUS_FEEDBACK = "umpanBalikSebelumnya";
  /** The evaluation calendar, fixed when monitoring begins: the frequency and how many periods it makes. */
  public static final String EVALUATION_FREQUENCY = "frekuensiEvaluasi";
  public static final String EVALUATION_PERIODS = "jumlahPeriodeEvaluasi";
  /** Per period (local to its instance): when its tasks open, their due date and the reminder. */
  public static final String EVALUATION_OPENS = "evaluasiDibuka";
  public static final String EVALUATION_DUE = "batasEvaluasi";
  public static final String EVALUATION_REMINDER = "pengingatEvaluasi";
  public static final String EVALUATION_DUE_LABEL = "labelBatasEvaluasi";

  public static final String COACHING_SESSION = "dialogId";
  public static final String COACHING_REQUESTED_BY = "dialogDimintaOleh";
  public static final String COACHING_TOPIC = "topikDialog";

  public static final String WAITING_FOR_CALIBRATION = "menungguKalibrasi";
  /** The calibration's reason, shown to the employee with the calibrated rating; null when not calibrated. */
  public static final String CALIBRATION_REASON = "alasanKalibrasi";

  /** Whether the employee heads the unit carrying an organisation predicate that they are in; the final rating form reads it. */
  public static final String UNIT_HEAD = "kepalaUnit";
  /** The unit carrying the organisation predicate that the employee heads. */
  public static final String PREDICATE_UNIT = "unitBerpredikat";
  /** What the rater reads about the head's results rating, which follows from the unit's organisation predicate. */
  public static final String HEAD_RESULTS_NOTE = "keteranganHasilKerjaKepala";
  /** Read by the gateway "Menunggu predikat organisasi?": the head's unit has no organisation predicate yet. */
  public static final String WAITING_FOR_UNIT_PREDICATE = "menungguPredikatOrganisasi";

  public static final String APPEAL_ID = "keberatanId";
  public static final String APPEAL_REVIEWER = "peninjauNip";
  public static final String APPEAL_REVIEWER_NAME = "namaPeninjau";
  public static final String APPEAL_DECISION_DATE = "tanggalBatasKeberatan";
  public static final String APPEAL_DECISION_DUE = "batasPutusan";
  /** Both parties' explanations (or that one was missing) as the reviewer reads them before deciding. */
  public static final String RECEIVED_EXPLANATIONS = "penjelasanDiterima";
  /** When the explanations are due, set by the server when the reviewer asks; their timers and due dates read it. */
  public static final String APPEAL_EXPLANATION_DUE = "batasPenjelasan";
  public static final String APPEAL_EXPLANATION_DATE = "tanggalBatasPenjelasan";
  /** The question asked of the party, shown on that party's explanation task. */
  public static final String APPEAL_QUESTION = "pertanyaanPeninjau";
  /** The reviewer's decision as the check stored it; the gateway "Penilaian diubah?" reads it. */
  public static final String RATINGS_CHANGED = "penilaianDiubah";

  /** Inputs and outputs of the decision table {@code rujukan-tindak-lanjut}. */
  public static final String COMPETENCY_RATING = "ratingKompeten";
  public static final String LOWEST_SCORE = "skorKompetensiTerendah";
  public static final String LOWEST_COMPETENCY = "kompetensiTerendah";
  public static final String LOWEST_COMPETENCY_LABEL = "labelKompetensiTerendah";
  public static final String FOLLOW_UP_RESULT = "hasilRujukan";
  public static final String TRAINING_REFERRAL = "rujukanPelatihan";
  public static final String AWARD_NOMINATION = "nominasiPenghargaan";
  /** The topic code a rule refers to; after the decision, the labels of the topics, for the forms. */
  public static final String TRAINING_TOPICS = "topikPelatihan";
  /** The label a rule gives its topic: the table owns its topics, the server needs no list of them. */
  public static final String TRAINING_TOPIC_LABEL = "labelTopik";

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

package id.kinerja.coaching;

import id.kinerja.process.TaskForm;

/** The fields of the coaching forms: the request (a start form), the record and the employee's feedback. */
public final class CoachingForms {

  public static final String EMPLOYEE = "nipPegawai";
  public static final String TOPIC = "topikDialog";
  public static final String HELD_ON = "tanggalDialog";
  public static final String NOTES = "catatanDialog";
  public static final String AGREED_ACTIONS = "tindakLanjutDisepakati";
  public static final String COMPETENCY = "kompetensiDievaluasi";
  public static final String SCORE = "skorKompetensi";
  public static final String FEEDBACK = "umpanBalikPegawai";

  public static final TaskForm MINTA_DIALOG_KINERJA = TaskForm.of("minta-dialog-kinerja", EMPLOYEE, TOPIC);
  public static final TaskForm CATAT_DIALOG_KINERJA = TaskForm.of("catat-dialog-kinerja", HELD_ON, NOTES,
      AGREED_ACTIONS, COMPETENCY, SCORE);
  public static final TaskForm UMPAN_BALIK_DIALOG = TaskForm.of("umpan-balik-dialog", FEEDBACK);

  private CoachingForms() {}
}

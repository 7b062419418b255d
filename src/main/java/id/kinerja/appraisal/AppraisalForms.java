package id.kinerja.appraisal;

import id.kinerja.process.TaskForm;

/** The field of HR's form for a missed deadline ("Tindak lanjuti keterlambatan"). */
public final class AppraisalForms {

  public static final String FOLLOW_UP_NOTE = "catatanTindakLanjut";

  public static final TaskForm ESKALASI_KETERLAMBATAN = TaskForm.of("eskalasi-keterlambatan", FOLLOW_UP_NOTE);

  private AppraisalForms() {}
}

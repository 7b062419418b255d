package id.kinerja.followup;

import id.kinerja.process.TaskForm;

/** The fields of the follow-up forms: HR's training plan and award, the employee's acknowledgement. */
public final class FollowUpForms {

  public static final String TRAINING_PLAN = "rencanaPelatihan";
  public static final String TRAINING_DATE = "jadwalPelatihan";
  public static final String ACKNOWLEDGED = "konfirmasiRujukan";
  public static final String EMPLOYEE_NOTE = "catatanPegawai";
  public static final String AWARD_KIND = "jenisPenghargaan";
  public static final String AWARD_NOTE = "catatanPenghargaan";

  public static final TaskForm RENCANAKAN_PELATIHAN = TaskForm.of("rencanakan-pelatihan", TRAINING_PLAN, TRAINING_DATE);
  public static final TaskForm KONFIRMASI_RUJUKAN = TaskForm.of("konfirmasi-rujukan", ACKNOWLEDGED, EMPLOYEE_NOTE);
  public static final TaskForm PROSES_PENGHARGAAN = TaskForm.of("proses-penghargaan", AWARD_KIND, AWARD_NOTE);

  private FollowUpForms() {}
}

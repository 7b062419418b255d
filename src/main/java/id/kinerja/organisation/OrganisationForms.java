package id.kinerja.organisation;

import id.kinerja.process.TaskForm;

/** The fields of the data confirmation forms: the employee's answer and HR's follow-up of a correction. */
public final class OrganisationForms {

  public static final String DATA_CORRECT = "dataBenar";
  public static final String CORRECTION = "koreksi";
  public static final String FOLLOW_UP_NOTE = "catatanTindakLanjut";

  public static final TaskForm KONFIRMASI_DATA_PEGAWAI = TaskForm.of("konfirmasi-data-pegawai", DATA_CORRECT, CORRECTION);
  public static final TaskForm TINDAK_LANJUT_KOREKSI_DATA = TaskForm.of("tindak-lanjut-koreksi-data", FOLLOW_UP_NOTE);

  private OrganisationForms() {}
}

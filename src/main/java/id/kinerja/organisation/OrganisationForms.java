package id.kinerja.organisation;

import id.kinerja.process.TaskForm;

/**
 * The fields of the directory's forms: the employee's data confirmation, HR's follow-up of a
 * correction, and HR's appointment of a Plt/Plh to a vacant post.
 */
public final class OrganisationForms {

  public static final String DATA_CORRECT = "dataBenar";
  public static final String CORRECTION = "koreksi";
  public static final String FOLLOW_UP_NOTE = "catatanTindakLanjut";
  public static final String ACTING_NIP = "nipPelaksana";
  public static final String ACTING_KIND = "jenisPenugasan";
  public static final String ACTING_START = "tanggalMulai";
  public static final String ACTING_END = "tanggalSelesai";

  public static final TaskForm KONFIRMASI_DATA_PEGAWAI = TaskForm.of("konfirmasi-data-pegawai", DATA_CORRECT, CORRECTION);
  public static final TaskForm TINDAK_LANJUT_KOREKSI_DATA = TaskForm.of("tindak-lanjut-koreksi-data", FOLLOW_UP_NOTE);
  public static final TaskForm TUNJUK_PLT = TaskForm.of("tunjuk-plt", ACTING_NIP, ACTING_KIND, ACTING_START, ACTING_END);

  private OrganisationForms() {}
}

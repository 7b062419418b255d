package id.kinerja.organisation;

import id.kinerja.process.ProcessContract;

/** The contract of {@code processes/konfirmasi-data-pegawai.bpmn}: an employee checks their directory data. */
public final class DataConfirmationProcess {

  public static final String KEY = "konfirmasi-data-pegawai";

  /** Its variables; the server sets every one. */
  public static final class Variables {
    public static final String NIP = "nip";
    public static final String NAME = "nama";
    public static final String POSITION = "jabatan";
    public static final String UNIT = "unit";
    /** The employee's answer as the check stored it; the gateway "Data benar?" reads it. */
    public static final String CONFIRMED = "dataTerkonfirmasi";

    private Variables() {}
  }

  public static final ProcessContract CONTRACT = ProcessContract.of(KEY, Variables.class).startedWith(Variables.NIP);

  private DataConfirmationProcess() {}
}

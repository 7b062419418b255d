package id.kinerja.organisation;

import id.kinerja.process.ProcessContract;

/** The contract of {@code processes/penunjukan-plt.bpmn}: HR appoints a Plt/Plh to a vacant post. */
public final class AppointmentProcess {

  public static final String KEY = "penunjukan-plt";
  /** Correlated when the post got a holder some other way (the directory API): the task is no longer needed. */
  public static final String POST_FILLED = "JabatanTerisi";

  /** Its variables; the server sets every one at the start. */
  public static final class Variables {
    public static final String POSITION_CODE = "kodeJabatan";
    public static final String POSITION_TITLE = "namaJabatan";
    public static final String UNIT_NAME = "namaUnit";
    public static final String ACTING_FOR = "pelaksanaSementara";
    public static final String DUE = "batasPenunjukan";

    private Variables() {}
  }

  public static final ProcessContract CONTRACT = ProcessContract.of(KEY, Variables.class).messages(POST_FILLED);

  private AppointmentProcess() {}
}

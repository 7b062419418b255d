package id.kinerja.monitoring;

import id.kinerja.process.ProcessContract;
import id.kinerja.security.Groups;

/**
 * The contract of {@code processes/permintaan-evaluasi-awal.bpmn}: an employee starts it from
 * Tasklist to open the running evaluation period of their own appraisal before it ends.
 */
public final class EarlyEvaluationProcess {

  public static final String KEY = "permintaan-evaluasi-awal";

  /** Its variables; the server sets every one. */
  public static final class Variables {
    /** Who asked: the logged-in user, whatever the request names. */
    public static final String REQUESTER = "pemohon";

    private Variables() {}
  }

  public static final ProcessContract CONTRACT = ProcessContract.of(KEY, Variables.class).startableBy(Groups.PEGAWAI);

  private EarlyEvaluationProcess() {}
}

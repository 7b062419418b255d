package id.kinerja.coaching;

import id.kinerja.process.ProcessContract;
import id.kinerja.security.Groups;

/**
 * The contract of {@code processes/permintaan-dialog-kinerja.bpmn}: staff and raters start it from
 * Tasklist with its start form; it forwards the request to the employee's appraisal.
 */
public final class CoachingRequestProcess {

  public static final String KEY = "permintaan-dialog-kinerja";

  /** Its variables; the server sets every one. */
  public static final class Variables {
    /** Who asked: the logged-in user, whatever the request names. */
    public static final String REQUESTER = "pemohon";

    private Variables() {}
  }

  public static final ProcessContract CONTRACT = ProcessContract.of(KEY, Variables.class).startableBy(Groups.PEGAWAI);

  private CoachingRequestProcess() {}
}

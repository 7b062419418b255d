package id.kinerja.security;

import java.util.List;

/** The Camunda groups that carry the roles of the shared rules. */
public final class Groups {

  /** Every active employee. */
  public static final String PEGAWAI = "pegawai";
  /** HR staff running the cycle (BKPSDM). */
  public static final String PENGELOLA_KINERJA = "pengelola-kinerja";
  /** May change and deploy BPMN, DMN and forms. */
  public static final String PROCESS_OWNER = "process-owner";
  /** Managers who watch progress and bottlenecks. */
  public static final String PIMPINAN = "pimpinan";
  /** Full administration of the engine and its users. */
  public static final String CAMUNDA_ADMIN = "camunda-admin";
  /** May read the Prometheus metrics. */
  public static final String MONITORING = "monitoring";
  /** Internal auditors (Inspektorat): read the audit trail, change nothing. */
  public static final String AUDITOR = "auditor";

  /** Who sees the bottleneck figures, through the REST API and in Cockpit: managers, HR, admins. */
  public static final List<String> BOTTLENECK_VIEWERS = List.of(PIMPINAN, PENGELOLA_KINERJA, CAMUNDA_ADMIN);

  /** Who reads the audit trail: HR, auditors, admins. */
  public static final List<String> AUDIT_READERS = List.of(PENGELOLA_KINERJA, AUDITOR, CAMUNDA_ADMIN);

  /** Who issues and downloads the documents of whole units: HR, admins. */
  public static final List<String> DOCUMENT_BUNDLERS = List.of(PENGELOLA_KINERJA, CAMUNDA_ADMIN);

  /** Groups mirrored from units are named {@code unit-<code>} and have this type. */
  public static final String UNIT_GROUP_TYPE = "UNIT";
  public static final String UNIT_GROUP_PREFIX = "unit-";
  public static final String ROLE_GROUP_TYPE = "WORKFLOW";

  private Groups() {}
}

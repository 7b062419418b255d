package id.kinerja.audit;

/** What an audit event records; the names are stored and shown as they are. */
public enum AuditAction {
  /** A task completed, with the values its form sent and the server accepted. */
  TUGAS_DISELESAIKAN,
  /** A request refused: its answer, who sent it and what it tried. */
  PERMINTAAN_DITOLAK,
  LOGIN_GAGAL,
  /** A change through the engine API outside a task's form (an administrator's variables, authorizations, groups, users, jobs). */
  PERUBAHAN_API,
  MODEL_DIDEPLOY,
  DEPLOYMENT_DIHAPUS,
  IMPOR_DIREKTORI,
  PLT_PLH_DITUNJUK,
  PLT_PLH_DIAKHIRI,
  PENGATURAN_PERIODE,
  PERIODE_DIBUKA,
  PREDIKAT_ORGANISASI,
  KALIBRASI,
  PERIODE_DITUTUP,
  /** The demo clock moved (demo only). */
  JAM_DEMO_DIUBAH
}

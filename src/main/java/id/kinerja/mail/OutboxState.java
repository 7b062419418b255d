package id.kinerja.mail;

/** Where an outbox entry (a row of kinerja.notification) stands in its delivery. */
public enum OutboxState {
  /** Not yet tried. */
  MENUNGGU,
  /** Tried, the SMTP server did not take it; tried again from next_attempt_at. */
  GAGAL_SEMENTARA,
  DIKIRIM,
  /** Given up: the attempts ran out or the server refused the address. */
  GAGAL_TETAP,
  /** Neither the employee nor any member of the group has an e-mail address in the directory. */
  ALAMAT_TIDAK_ADA,
  /** No SMTP server is configured (KINERJA_MAIL_HOST). */
  TIDAK_DIKIRIM
}

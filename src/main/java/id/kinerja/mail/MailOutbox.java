package id.kinerja.mail;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The outbox: kinerja.notification rows (written by AppraisalRepository.notify) with their
 * delivery state. Times here are the wall clock, not the demo's engine clock: claims and back-off
 * are about real seconds between nodes.
 */
@Repository
public class MailOutbox {

  public record Entry(long id, Long appraisalId, String recipient, String kind, String message, Timestamp createdAt,
      String state, int attempts, Timestamp nextAttemptAt, Timestamp sentAt, String lastError) {}

  private static final String COLUMNS = "id, appraisal_id, recipient, kind, message, created_at, state, attempts,"
      + " next_attempt_at, sent_at, last_error";
  private static final String DUE = "state in ('MENUNGGU', 'GAGAL_SEMENTARA') and (next_attempt_at is null or next_attempt_at <= :now)"
      + " and (claimed_until is null or claimed_until < :now)";

  private final JdbcClient jdbc;

  public MailOutbox(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  static Timestamp now() {
    // Milliseconds: PostgreSQL keeps microseconds, and a claim is found again by its exact claimed_until.
    return Timestamp.from(Instant.now().truncatedTo(ChronoUnit.MILLIS));
  }

  /**
   * Claims up to {@code limit} due entries for {@code node} until {@code until} in one statement
   * and returns them. The due conditions are on the updated rows themselves, so a second node's
   * concurrent UPDATE re-checks them on the row and skips what the first one claimed.
   */
  List<Entry> claim(String node, Timestamp until, int limit) {
    Timestamp now = now();
    jdbc.sql("update kinerja.notification set claimed_by = :node, claimed_until = :until where " + DUE
            + " and id in (select id from kinerja.notification where " + DUE + " order by id limit :limit)")
        .param("node", node).param("until", until).param("now", now).param("limit", limit).update();
    return jdbc.sql("select " + COLUMNS + " from kinerja.notification where claimed_by = ? and claimed_until = ?"
            + " and state in ('MENUNGGU', 'GAGAL_SEMENTARA') order by id")
        .params(node, until).query(Entry.class).list();
  }

  /** Its own short transaction right after the send: the window for a second send is this statement. */
  void sent(long id, String node) {
    jdbc.sql("update kinerja.notification set state = 'DIKIRIM', attempts = attempts + 1, sent_at = ?, last_error = null,"
            + " next_attempt_at = null, claimed_by = null, claimed_until = null where id = ? and claimed_by = ?")
        .params(now(), id, node).update();
  }

  void retryAt(long id, String node, Timestamp next, String error) {
    jdbc.sql("update kinerja.notification set state = 'GAGAL_SEMENTARA', attempts = attempts + 1, next_attempt_at = ?,"
            + " last_error = ?, claimed_by = null, claimed_until = null where id = ? and claimed_by = ?")
        .params(next, shorten(error), id, node).update();
  }

  /** A final state other than DIKIRIM; {@code attempted} counts a try at the SMTP server. */
  void finish(long id, String node, OutboxState state, boolean attempted, String error) {
    jdbc.sql("update kinerja.notification set state = ?, attempts = attempts + ?, next_attempt_at = null, last_error = ?,"
            + " claimed_by = null, claimed_until = null where id = ? and claimed_by = ?")
        .params(state.name(), attempted ? 1 : 0, shorten(error), id, node).update();
  }

  public List<Entry> page(OutboxState state, int offset, int limit) {
    return jdbc.sql("select " + COLUMNS + " from kinerja.notification" + where(state)
            + " order by id desc offset " + offset + " rows fetch next " + limit + " rows only")
        .params(state == null ? List.of() : List.of(state.name())).query(Entry.class).list();
  }

  public long count(OutboxState state) {
    return jdbc.sql("select count(*) from kinerja.notification" + where(state))
        .params(state == null ? List.of() : List.of(state.name())).query(Long.class).single();
  }

  public Entry entry(long id) {
    return jdbc.sql("select " + COLUMNS + " from kinerja.notification where id = ?").param(id).query(Entry.class).single();
  }

  private static String where(OutboxState state) {
    return state == null ? "" : " where state = ?";
  }

  private static String shorten(String error) {
    return error == null || error.length() <= 2000 ? error : error.substring(0, 2000);
  }
}

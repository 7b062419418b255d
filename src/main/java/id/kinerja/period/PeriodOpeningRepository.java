package id.kinerja.period;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Openings of a period and the employees each one starts. */
@Repository
public class PeriodOpeningRepository {

  public record Opening(long id, int periodYear, String unitCode, String requestedBy, java.sql.Timestamp requestedAt,
      int total, String status) {}

  public record Failure(String nip, String reason) {}

  private static final String SUBTREE = "with recursive subtree (code) as ("
      + " select code from kinerja.org_unit where code = :unit or cast(:unit as varchar) is null and parent_code is null"
      + " union all select u.code from kinerja.org_unit u join subtree s on u.parent_code = s.code) ";

  private final JdbcClient jdbc;

  public PeriodOpeningRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * Records an opening with every active civil servant of the unit subtree (or of the whole
   * organisation) who has no running appraisal for the year yet. One set-based insert; the
   * kepala daerah, an elected official, has no appraisal.
   */
  public long create(int year, String unitCode, String requestedBy) {
    var key = new GeneratedKeyHolder();
    jdbc.sql("insert into kinerja.period_opening (period_year, unit_code, requested_by, requested_at, total, status)"
            + " values (?, ?, ?, current_timestamp, 0, 'BERJALAN')")
        .params(year, unitCode, requestedBy).update(key, "id");
    long id = key.getKey().longValue();
    int total = jdbc.sql("insert into kinerja.period_opening_item (opening_id, nip, status) " + SUBTREE
            + "select :opening, e.nip, 'MENUNGGU' from kinerja.employee e join subtree s on s.code = e.unit_code"
            + " where e.active and e.employment_type <> 'PEJABAT_NEGARA' and not exists (select 1 from kinerja.appraisal a where a.nip = e.nip"
            + " and a.period_year = :year and a.process_instance_id is not null)")
        .param("unit", unitCode).param("opening", id).param("year", year).update();
    jdbc.sql("update kinerja.period_opening set total = ? where id = ?").params(total, id).update();
    return id;
  }

  public List<String> nextPending(long openingId, String afterNip, int limit) {
    return jdbc.sql("select nip from kinerja.period_opening_item where opening_id = ? and status = 'MENUNGGU'"
            + " and nip > ? order by nip fetch first " + limit + " rows only")
        .params(openingId, afterNip).query(String.class).list();
  }

  public void markStarted(long openingId, String nip) {
    jdbc.sql("update kinerja.period_opening_item set status = 'DIMULAI', reason = null where opening_id = ? and nip = ?")
        .params(openingId, nip).update();
  }

  public void markFailed(long openingId, String nip, String reason) {
    jdbc.sql("update kinerja.period_opening_item set status = 'GAGAL', reason = ? where opening_id = ? and nip = ?")
        .params(reason.length() > 1000 ? reason.substring(0, 1000) : reason, openingId, nip).update();
  }

  public void finish(long openingId) {
    jdbc.sql("update kinerja.period_opening set status = 'SELESAI', finished_at = current_timestamp where id = ?"
            + " and not exists (select 1 from kinerja.period_opening_item where opening_id = ? and status = 'MENUNGGU')")
        .params(openingId, openingId).update();
  }

  public Optional<Opening> find(long openingId) {
    return jdbc.sql("select id, period_year, unit_code, requested_by, requested_at, total, status"
            + " from kinerja.period_opening where id = ?").param(openingId).query(Opening.class).optional();
  }

  public List<Opening> ofYear(int year) {
    return jdbc.sql("select id, period_year, unit_code, requested_by, requested_at, total, status"
            + " from kinerja.period_opening where period_year = ? order by id").param(year).query(Opening.class).list();
  }

  /**
   * Takes the lease of a running opening for this node when nobody holds it, this node already
   * does, or its holder has not renewed it since {@code expiredBefore}; only one node wins.
   */
  public boolean takeLease(long openingId, String node, Instant now, Instant expiredBefore) {
    return jdbc.sql("update kinerja.period_opening set worker = ?, lease_renewed_at = ? where id = ? and status = 'BERJALAN'"
            + " and (worker is null or worker = ? or lease_renewed_at < ?)")
        .params(node, Timestamp.from(now), openingId, node, Timestamp.from(expiredBefore)).update() == 1;
  }

  public void renewLease(long openingId, String node, Instant now) {
    jdbc.sql("update kinerja.period_opening set lease_renewed_at = ? where id = ? and worker = ?")
        .params(Timestamp.from(now), openingId, node).update();
  }

  /** Running openings nobody works on: never leased, or their lease expired before the given time. */
  public List<Long> unleased(Instant expiredBefore) {
    return jdbc.sql("select id from kinerja.period_opening where status = 'BERJALAN'"
            + " and (worker is null or lease_renewed_at < ?) order by id")
        .param(Timestamp.from(expiredBefore)).query(Long.class).list();
  }

  public Map<String, Integer> countsByStatus(long openingId) {
    Map<String, Integer> counts = new java.util.TreeMap<>(Map.of("MENUNGGU", 0, "DIMULAI", 0, "GAGAL", 0));
    jdbc.sql("select status, count(*) from kinerja.period_opening_item where opening_id = ? group by status")
        .param(openingId).query((rs, n) -> counts.put(rs.getString(1), rs.getInt(2))).list();
    return counts;
  }

  public List<Failure> failures(long openingId, int limit) {
    return jdbc.sql("select nip, reason from kinerja.period_opening_item where opening_id = ? and status = 'GAGAL'"
            + " order by nip fetch first " + limit + " rows only").param(openingId).query(Failure.class).list();
  }
}

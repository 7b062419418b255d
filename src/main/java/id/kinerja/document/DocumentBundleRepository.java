package id.kinerja.document;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/**
 * HR's bundles of a unit's documents: all their state is in {@code kinerja.document_bundle}, so any
 * node answers their progress and serves their ZIP. A worker's updates name the bundle as running:
 * once a bundle was given up as stale, its old worker's updates change nothing and it stops.
 */
@Repository
class DocumentBundleRepository {

  enum Status {
    BERJALAN,
    SELESAI,
    GAGAL
  }

  record Bundle(long id, String unitCode, int periodYear, String requestedBy, Timestamp requestedAt, int total, int done,
      int failed, String status, Timestamp finishedAt, Timestamp heartbeatAt) {}

  /** An appraisal of the unit's people, for the documents it has and the folder they go in. */
  record Holder(long appraisalId, String nip, String name) {}

  private static final String COLUMNS = "id, unit_code, period_year, requested_by, requested_at, total, done, failed, status,"
      + " finished_at, heartbeat_at";

  private final JdbcClient jdbc;

  DocumentBundleRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  Optional<Bundle> find(long id) {
    return jdbc.sql("select " + COLUMNS + " from kinerja.document_bundle where id = ?").param(id).query(Bundle.class).optional();
  }

  /** Serialises the requests for a unit's bundles across nodes, until the caller's transaction ends. */
  boolean lockUnit(String unitCode) {
    return jdbc.sql("select code from kinerja.org_unit where code = ? for update").param(unitCode).query(String.class)
        .optional().isPresent();
  }

  Optional<Bundle> running(String unitCode, int year) {
    return jdbc.sql("select " + COLUMNS + " from kinerja.document_bundle where unit_code = ? and period_year = ?"
            + " and status = 'BERJALAN' order by id desc fetch first 1 rows only")
        .params(unitCode, year).query(Bundle.class).optional();
  }

  long insert(String unitCode, int year, String requestedBy, Instant now) {
    GeneratedKeyHolder key = new GeneratedKeyHolder();
    jdbc.sql("insert into kinerja.document_bundle (unit_code, period_year, requested_by, requested_at, status, heartbeat_at)"
            + " values (?, ?, ?, ?, 'BERJALAN', ?)")
        .params(unitCode, year, requestedBy, Timestamp.from(now), Timestamp.from(now)).update(key, "id");
    return key.getKey().longValue();
  }

  /** Counted so far; false when the bundle is no longer this worker's to run. */
  boolean progress(long id, int total, int done, int failed) {
    return jdbc.sql("update kinerja.document_bundle set total = ?, done = ?, failed = ?, heartbeat_at = ?"
            + " where id = ? and status = 'BERJALAN'")
        .params(total, done, failed, Timestamp.from(Instant.now()), id).update() == 1;
  }

  void finish(long id, Status status) {
    Timestamp now = Timestamp.from(Instant.now());
    jdbc.sql("update kinerja.document_bundle set status = ?, finished_at = ?, heartbeat_at = ? where id = ?"
            + " and status = 'BERJALAN'")
        .params(status.name(), now, now, id).update();
  }

  /** The appraisals of the year of everyone now in the units, in NIP order. */
  List<Holder> holders(List<String> units, int year) {
    return jdbc.sql("select a.id as appraisal_id, e.nip, e.name from kinerja.appraisal a join kinerja.employee e on e.nip = a.nip"
            + " where e.unit_code in (:units) and a.period_year = :year order by e.nip")
        .param("units", units).param("year", year).query(Holder.class).list();
  }
}

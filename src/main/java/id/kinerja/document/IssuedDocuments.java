package id.kinerja.document;

import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The issued documents: every version, with its PDF, kept; a newer version marks the older replaced. */
@Repository
class IssuedDocuments {

  /** An issued version; {@link #content} is loaded only where the PDF is served. */
  record Issued(long id, String kind, String subject, int periodYear, Long appraisalId, String unitCode, Integer periodNo,
      long serial,
      int version, String docNumber, String verificationCode, String holderName, Timestamp issuedAt, String recordHash,
      String sha256, Timestamp replacedAt, byte[] content) {

    DocumentKind documentKind() {
      return DocumentKind.valueOf(kind);
    }

    boolean current() {
      return replacedAt == null;
    }

    DocumentRef ref() {
      return new DocumentRef(documentKind(), periodYear, appraisalId, periodNo, unitCode);
    }
  }

  private static final String META = "id, kind, subject, period_year, appraisal_id, unit_code, period_no, serial, version, doc_number,"
      + " verification_code, holder_name, issued_at, record_hash, sha256, replaced_at";

  private static final String SELECT = "select " + META + ", cast(null as bytea) as content from kinerja.issued_document where ";

  private final JdbcClient jdbc;

  IssuedDocuments(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** The newest version of a document, without its PDF. */
  Optional<Issued> latest(DocumentRef ref) {
    return jdbc.sql(SELECT + "kind = ? and subject = ? order by version desc fetch first 1 rows only")
        .params(ref.kind().name(), ref.subject()).query(Issued.class).optional();
  }

  Optional<Issued> byCode(String code) {
    return jdbc.sql(SELECT + "verification_code = ?")
        .param(code).query(Issued.class).optional();
  }

  byte[] content(long id) {
    return jdbc.sql("select content from kinerja.issued_document where id = ?").param(id).query(byte[].class).single();
  }

  /** The current versions of a unit's documents for a year (the unit's own and its people's), for a ZIP. */
  List<Issued> currentOf(List<Long> appraisalIds, String unitCode, int year) {
    return jdbc.sql(SELECT + "replaced_at is null and period_year = :year and (appraisal_id in (:ids) or unit_code = :unit)"
            + " order by appraisal_id, kind, subject")
        .param("year", year).param("ids", appraisalIds.isEmpty() ? List.of(-1L) : appraisalIds).param("unit", unitCode)
        .query(Issued.class).list();
  }

  List<Issued> currentOfAppraisal(long appraisalId) {
    return jdbc.sql(SELECT + "appraisal_id = ? and replaced_at is null").param(appraisalId).query(Issued.class).list();
  }

  List<Issued> currentOfUnit(String unitCode) {
    return jdbc.sql(SELECT + "unit_code = ? and replaced_at is null").param(unitCode).query(Issued.class).list();
  }

  /** Files a new version; a second writer of the same version loses on the unique key. */
  Issued insert(DocumentRef ref, long serial, int version, String number, String code, String holderName,
      Timestamp issuedAt, String recordHash, String sha256, byte[] pdf) {
    jdbc.sql("insert into kinerja.issued_document (kind, subject, period_year, appraisal_id, unit_code, period_no,"
            + " serial, version, doc_number, verification_code, holder_name, issued_at, record_hash, sha256, content)"
            + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .params(ref.kind().name(), ref.subject(), ref.year(), ref.appraisalId(), ref.unitCode(), ref.period(), serial, version, number,
            code, holderName, issuedAt, recordHash, sha256, pdf)
        .update();
    return byCode(code).orElseThrow();
  }

  void markReplaced(long id, Timestamp at) {
    jdbc.sql("update kinerja.issued_document set replaced_at = ? where id = ? and replaced_at is null").params(at, id).update();
  }

  /**
   * The next serial of a kind in a year. Called in a transaction of its own, so the counter's row is
   * locked only for this update, not while the document renders; a failed issue leaves a gap. Two
   * first calls of a year race on the insert: the loser's caller tries again.
   */
  long nextSerial(DocumentKind kind, int year) {
    String update = "update kinerja.document_serial set last_serial = last_serial + 1 where kind = ? and period_year = ?";
    if (jdbc.sql(update).params(kind.name(), year).update() == 0) {
      jdbc.sql("insert into kinerja.document_serial (kind, period_year, last_serial) values (?, ?, 1)")
          .params(kind.name(), year).update();
      return 1;
    }
    return jdbc.sql("select last_serial from kinerja.document_serial where kind = ? and period_year = ?")
        .params(kind.name(), year).query(Long.class).single();
  }
}

package id.kinerja.audit;

import java.sql.Timestamp;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads the audit trail: one appraisal's, one person's (as subject or actor), or all of a time. */
@Repository
class AuditRepository {

  record Entry(long id, Timestamp occurredAt, String actor, String clientAddress, String action, String subjectNip,
      Long appraisalId, String processInstanceId, String target, String detail) {}

  record Page(List<Entry> items, int page, int size, long total) {}

  private static final String COLUMNS = "id, occurred_at, actor, client_address, action, subject_nip, appraisal_id,"
      + " process_instance_id, target, detail";

  private final JdbcClient jdbc;

  AuditRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  Page ofAppraisal(String nip, int year, int page, int size) {
    String where = " from kinerja.audit_event where appraisal_id = (select id from kinerja.appraisal"
        + " where nip = :nip and period_year = :year)";
    return page(where, page, size, q -> q.param("nip", nip).param("year", year));
  }

  Page ofPerson(String nip, int page, int size) {
    return page(" from kinerja.audit_event where subject_nip = :nip or actor = :nip", page, size, q -> q.param("nip", nip));
  }

  Page all(String action, Timestamp from, Timestamp to, int page, int size) {
    String where = " from kinerja.audit_event where (cast(:action as varchar) is null or action = :action)"
        + " and occurred_at >= :from and occurred_at < :to";
    return page(where, page, size, q -> q.param("action", action).param("from", from).param("to", to));
  }

  private Page page(String where, int page, int size,
      java.util.function.UnaryOperator<JdbcClient.StatementSpec> params) {
    long total = params.apply(jdbc.sql("select count(*)" + where)).query(Long.class).single();
    List<Entry> items = params.apply(jdbc.sql("select " + COLUMNS + where + " order by id offset " + (long) page * size
        + " rows fetch next " + size + " rows only")).query(Entry.class).list();
    return new Page(items, page, size, total);
  }
}

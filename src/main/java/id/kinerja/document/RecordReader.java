package id.kinerja.document;

import id.kinerja.appraisal.AppraisalProcess;
import id.kinerja.audit.AuditAction;
import java.sql.Timestamp;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What every document reads: the people named on it as the directory has them, the appraisal it
 * belongs to, and who completed a task of it and when, from the audit trail.
 */
@Component
class RecordReader {

  /** An appraisal's identity: whose, which year, its stage. */
  record Appraisal(long id, String nip, int periodYear, String status) {}

  private record Person(String nip, String name, String rankGrade, String employmentType, String positionTitle,
      String unitName) {}

  private record Completion(String actor, Timestamp occurredAt) {}

  private final JdbcClient jdbc;
  private final String place;

  RecordReader(JdbcClient jdbc, @Value("${kinerja.documents.place}") String place) {
    this.jdbc = jdbc;
    this.place = place;
  }

  Optional<Appraisal> appraisal(long appraisalId) {
    return jdbc.sql("select id, nip, period_year, status from kinerja.appraisal where id = ?").param(appraisalId)
        .query(Appraisal.class).optional();
  }

  /** Name, NIP, rank, post and unit of a person for an identity table; a person no longer in the directory by NIP only. */
  Map<String, Object> person(String nip) {
    Map<String, Object> person = new LinkedHashMap<>();
    Optional<Person> found = nip == null ? Optional.empty() : jdbc.sql("select e.nip, e.name, e.rank_grade,"
            + " e.employment_type, p.title as position_title, u.name as unit_name from kinerja.employee e"
            + " join kinerja.org_position p on p.code = e.position_code join kinerja.org_unit u on u.code = e.unit_code"
            + " where e.nip = ?")
        .param(nip).query(Person.class).optional();
    boolean official = found.map(p -> "PEJABAT_NEGARA".equals(p.employmentType())).orElse(false);
    person.put("nama", found.map(Person::name).orElse(nip == null ? "" : nip));
    person.put("nip", official ? "-" : Print.text(nip));
    person.put("pangkat", found.map(Person::rankGrade).map(Print::text).orElse("-"));
    person.put("jabatan", found.map(Person::positionTitle).orElse(""));
    person.put("unit", found.map(Person::unitName).orElse(""));
    return person;
  }

  /**
   * Who last completed the task of the appraisal and when, as the audit trail recorded it; with an
   * expected actor, that person's last completion (an approval after returns, say).
   */
  Map<String, Object> completedBy(long appraisalId, String taskElement, String expectedActor) {
    String target = AppraisalProcess.KEY + "/" + taskElement;
    Optional<Completion> completion = jdbc.sql("select actor, occurred_at from kinerja.audit_event where appraisal_id = ?"
            + " and action = ? and target = ? and (cast(? as varchar) is null or actor = ?) order by id desc"
            + " fetch first 1 rows only")
        .params(appraisalId, AuditAction.TUGAS_DISELESAIKAN.name(), target, expectedActor, expectedActor)
        .query(Completion.class).optional();
    return signed(completion.map(Completion::actor).orElse(expectedActor), completion.map(Completion::occurredAt).orElse(null));
  }

  /** The name of the top unit above the person's unit: the instansi in a document's heading. */
  String instance(String nip) {
    return instanceOfUnit(jdbc.sql("select unit_code from kinerja.employee where nip = ?").param(nip).query(String.class)
        .optional().orElse(null));
  }

  /** The name of the top unit above (or at) a unit. */
  String instanceOfUnit(String unitCode) {
    String unit = unitCode;
    String name = "";
    for (int depth = 0; unit != null && depth < 50; depth++) {
      Map<String, Object> row = jdbc.sql("select name, parent_code from kinerja.org_unit where code = ?").param(unit)
          .query().singleRow();
      name = (String) row.get("name");
      unit = (String) row.get("parent_code");
    }
    return name;
  }

  /** A person with the time they acted, for the record block of a document. */
  Map<String, Object> signed(String nip, Timestamp at) {
    Map<String, Object> signed = person(nip);
    signed.put("waktu", Print.dateTime(at));
    return signed;
  }

  /** "Palembang, 2 Januari 2026". */
  String placeAndDate(Timestamp at) {
    return place + ", " + Print.date(at);
  }

  static String periodOfYear(int year) {
    return "1 Januari " + year + " s.d. 31 Desember " + year;
  }
}

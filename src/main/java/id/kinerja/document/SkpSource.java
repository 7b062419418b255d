package id.kinerja.document;

import id.kinerja.appraisal.AppraisalProcess;
import id.kinerja.assessment.BehaviourValue;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The SKP as set by the rater: identities, Hasil Kerja (per RHK the supervisor's RHK or the
 * organisation goal it serves, and its three aspects with indicator and target), Perilaku Kerja
 * with the leader's expectations, the appendix, and who submitted and set it.
 */
@Component
class SkpSource implements DocumentSource {

  private record Plan(String status, Timestamp submittedAt, Timestamp approvedAt, String approvedBy, String resourceSupport,
      String accountabilityScheme, String consequences) {}

  private record Result(int seq, String kind, String description, String parentDescription, String goalDescription,
      String quantityIndicator, BigDecimal quantityTarget, String quantityUnit, String qualityIndicator,
      BigDecimal qualityTarget, String timeIndicator, int timeTarget) {}

  private final JdbcClient jdbc;
  private final RecordReader reader;

  SkpSource(JdbcClient jdbc, RecordReader reader) {
    this.jdbc = jdbc;
    this.reader = reader;
  }

  @Override
  public DocumentKind kind() {
    return DocumentKind.SKP;
  }

  @Override
  public List<DocumentRef> available(long appraisalId, int year) {
    return approved(appraisalId).isPresent() ? List.of(DocumentRef.ofAppraisal(DocumentKind.SKP, appraisalId, year)) : List.of();
  }

  @Override
  public Optional<DocumentContent> content(DocumentRef ref) {
    Optional<Plan> plan = approved(ref.appraisalId());
    Optional<RecordReader.Appraisal> appraisal = reader.appraisal(ref.appraisalId());
    if (plan.isEmpty() || appraisal.isEmpty()) {
      return Optional.empty();
    }
    Map<String, Object> values = new LinkedHashMap<>();
    Map<String, Object> employee = reader.person(appraisal.get().nip());
    values.put("instansi", reader.instance(appraisal.get().nip()));
    values.put("tahun", ref.year());
    values.put("periode", RecordReader.periodOfYear(ref.year()));
    values.put("pegawai", employee);
    values.put("penilai", reader.person(plan.get().approvedBy()));
    values.put("hasilKerjaUtama", results(ref.appraisalId(), "UTAMA"));
    values.put("hasilKerjaTambahan", results(ref.appraisalId(), "TAMBAHAN"));
    values.put("perilakuKerja", expectations(ref.appraisalId()));
    values.put("dukunganSumberDaya", Print.text(plan.get().resourceSupport()));
    values.put("skemaPertanggungjawaban", Print.text(plan.get().accountabilityScheme()));
    values.put("konsekuensi", Print.text(plan.get().consequences()));
    values.put("tempatTanggal", reader.placeAndDate(plan.get().approvedAt()));
    values.put("diajukan", reader.completedBy(ref.appraisalId(), AppraisalProcess.DRAFT_TASK, appraisal.get().nip()));
    values.put("ditetapkan", reader.completedBy(ref.appraisalId(), AppraisalProcess.PLAN_REVIEW_TASK, plan.get().approvedBy()));
    values.put("tanggalDitetapkan", Print.dateTime(plan.get().approvedAt()));
    return Optional.of(new DocumentContent((String) employee.get("nama"), appraisal.get().nip(), values));
  }

  /** The SKP as set, for a screen: its RHK, Perilaku Kerja and who set it when; empty until it is set. */
  Optional<Map<String, Object>> asSet(long appraisalId) {
    return approved(appraisalId).map(plan -> {
      Map<String, Object> skp = new LinkedHashMap<>();
      skp.put("hasilKerjaUtama", results(appraisalId, "UTAMA", true));
      skp.put("hasilKerjaTambahan", results(appraisalId, "TAMBAHAN", true));
      skp.put("perilakuKerja", expectations(appraisalId));
      skp.put("ditetapkanOleh", reader.person(plan.approvedBy()).get("nama"));
      skp.put("tanggalDitetapkan", Print.date(plan.approvedAt()));
      return skp;
    });
  }

  private Optional<Plan> approved(long appraisalId) {
    return jdbc.sql("select status, submitted_at, approved_at, approved_by, resource_support, accountability_scheme,"
            + " consequences from kinerja.performance_plan where appraisal_id = ? and status = 'DISETUJUI'")
        .param(appraisalId).query(Plan.class).optional();
  }

  private List<Map<String, Object>> results(long appraisalId, String kind) {
    return results(appraisalId, kind, false);
  }

  /**
   * The RHK of one kind (UTAMA, TAMBAHAN) with the RHK each serves and its aspects; numbered per
   * kind as the document prints them, or with the employee's own numbers (one list over both kinds).
   */
  private List<Map<String, Object>> results(long appraisalId, String kind, boolean employeesNumbers) {
    List<Map<String, Object>> rows = new ArrayList<>();
    for (Result r : jdbc.sql("select r.seq, r.kind, r.description, parent.description as parent_description,"
            + " goal.description as goal_description, r.quantity_indicator, r.quantity_target, r.quantity_unit,"
            + " r.quality_indicator, r.quality_target, r.time_indicator, r.time_target from kinerja.planned_result r"
            + " left join kinerja.planned_result parent on parent.id = r.parent_result_id"
            + " left join kinerja.organisation_goal goal on goal.id = r.organisation_goal_id"
            + " where r.appraisal_id = ? and r.kind = ? order by r.seq")
        .params(appraisalId, kind).query(Result.class).list()) {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("nomor", employeesNumbers ? r.seq() : rows.size() + 1);
      row.put("rhkAtasan", r.parentDescription() != null ? r.parentDescription()
          : r.goalDescription() != null ? "Tujuan organisasi: " + r.goalDescription() : "-");
      row.put("rhk", r.description());
      row.put("aspek", List.of(
          aspect("Kuantitas", r.quantityIndicator(), Print.number(r.quantityTarget()) + " " + r.quantityUnit()),
          aspect("Kualitas", r.qualityIndicator(), Print.number(r.qualityTarget()) + "%"),
          aspect("Waktu", r.timeIndicator(), r.timeTarget() + " bulan")));
      rows.add(row);
    }
    return rows;
  }

  private static Map<String, Object> aspect(String name, String indicator, String target) {
    Map<String, Object> aspect = new LinkedHashMap<>();
    aspect.put("aspek", name);
    aspect.put("iki", indicator);
    aspect.put("target", target);
    return aspect;
  }

  private List<Map<String, Object>> expectations(long appraisalId) {
    Map<String, String> byValue = new LinkedHashMap<>();
    jdbc.sql("select value_code, expectation from kinerja.behaviour_expectation where appraisal_id = ?").param(appraisalId)
        .query((rs, row) -> byValue.put(rs.getString(1), rs.getString(2))).list();
    List<Map<String, Object>> rows = new ArrayList<>();
    for (BehaviourValue value : BehaviourValue.values()) {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("nomor", rows.size() + 1);
      row.put("kode", value.name());
      row.put("nilai", value.label());
      row.put("ekspektasi", byValue.getOrDefault(value.name(), "-"));
      rows.add(row);
    }
    return rows;
  }
}

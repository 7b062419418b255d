package id.kinerja.document;

import id.kinerja.appraisal.AppraisalProcess;
import id.kinerja.document.AppealAndFollowUp.Appeal;
import id.kinerja.organisation.Employee;
import id.kinerja.organisation.ReportingLine;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Dokumen Evaluasi Kinerja Pegawai, once the year's result is final: employee, rater and Atasan
 * Pejabat Penilai Kinerja, the capaian kinerja organisasi, the final predicate, notes and
 * recommendations (follow-up), the appeal's decision where there was one, and the record of who
 * rated, who decided the appeal and when the result became final.
 */
@Component
class EvaluationFileSource implements DocumentSource {

  private record Final(String nip, Timestamp finalAt) {}

  private final JdbcClient jdbc;
  private final RecordReader reader;
  private final AppraisalOutcome outcome;
  private final ReportingLine reportingLine;
  private final AppealAndFollowUp aftermath;

  EvaluationFileSource(JdbcClient jdbc, RecordReader reader, AppraisalOutcome outcome, ReportingLine reportingLine,
      AppealAndFollowUp aftermath) {
    this.aftermath = aftermath;
    this.jdbc = jdbc;
    this.reader = reader;
    this.outcome = outcome;
    this.reportingLine = reportingLine;
  }

  @Override
  public DocumentKind kind() {
    return DocumentKind.DOKUMEN_EVALUASI;
  }

  @Override
  public List<DocumentRef> available(long appraisalId, int year) {
    return finalResult(appraisalId).isPresent() && outcome.finalRating(appraisalId).isPresent()
        ? List.of(DocumentRef.ofAppraisal(DocumentKind.DOKUMEN_EVALUASI, appraisalId, year)) : List.of();
  }

  @Override
  public Optional<DocumentContent> content(DocumentRef ref) {
    Optional<Final> result = finalResult(ref.appraisalId());
    Optional<AppraisalOutcome.FinalRating> rating = outcome.finalRating(ref.appraisalId());
    if (result.isEmpty() || rating.isEmpty()) {
      return Optional.empty();
    }
    String nip = result.get().nip();
    AppraisalOutcome.FinalRating f = rating.get();
    Optional<Appeal> appeal = aftermath.appeal(ref.appraisalId());
    Map<String, Object> values = new LinkedHashMap<>();
    Map<String, Object> employee = reader.person(nip);
    values.put("instansi", reader.instance(nip));
    values.put("tahun", ref.year());
    values.put("periode", RecordReader.periodOfYear(ref.year()));
    values.put("pegawai", employee);
    values.put("penilai", reader.person(f.raterNip()));
    String reviewer = appeal.map(a -> a.decidedBy() != null ? a.decidedBy() : a.reviewerNip())
        .orElseGet(() -> reviewerOnTheDay(nip, result.get().finalAt(), f.raterNip()));
    values.put("atasanPenilai", reviewer == null ? noReviewer() : reader.person(reviewer));
    values.put("capaianOrganisasi", outcome.organisation(nip, ref.year()));
    values.put("predikat", AppraisalOutcome.predicate(f.predicate()));
    values.put("ratingHasilKerja", AppraisalOutcome.rating(f.resultsRating()));
    values.put("ratingPerilakuKerja", AppraisalOutcome.rating(f.behaviourRating()));
    values.put("catatan", notes(f));
    values.put("rekomendasi", aftermath.recommendations(ref.appraisalId()));
    appeal.ifPresent(a -> values.put("keberatan", aftermath.printed(a)));
    values.put("tempatTanggal", reader.placeAndDate(result.get().finalAt()));
    values.put("jejak", trail(ref.appraisalId(), nip, f, appeal, result.get().finalAt()));
    return Optional.of(new DocumentContent((String) employee.get("nama"), nip, values));
  }

  private Optional<Final> finalResult(long appraisalId) {
    return jdbc.sql("select nip, final_at from kinerja.appraisal where id = ? and final_at is not null"
            + " and status in ('FINAL', 'SELESAI')")
        .param(appraisalId).query(Final.class).optional();
  }

  /** Without an appeal, the Atasan Pejabat Penilai is whoever held the reviewer's duty the day the result became final. */
  private String reviewerOnTheDay(String nip, Timestamp finalAt, String raterNip) {
    return reportingLine.reviewerDutyOf(nip, finalAt.toLocalDateTime().toLocalDate(), raterNip)
        .flatMap(ReportingLine.Duty::holder).map(Employee::nip).orElse(null);
  }

  private static Map<String, Object> noReviewer() {
    Map<String, Object> none = new LinkedHashMap<>();
    none.put("nama", "Tidak ada: tidak ada jabatan di atas pejabat penilai");
    none.put("nip", "-");
    none.put("pangkat", "-");
    none.put("jabatan", "-");
    none.put("unit", "-");
    return none;
  }

  private static List<Map<String, Object>> notes(AppraisalOutcome.FinalRating f) {
    List<Map<String, Object>> notes = new ArrayList<>();
    note(notes, "Ringkasan penilaian mandiri pegawai", f.summary());
    // A result the appeal changed carries the decision's reason as its results reason.
    boolean decided = "UBAH".equals(f.appealDecision()) && f.resultsReason() != null
        && f.resultsReason().equals(f.appealReason());
    note(notes, decided ? "Alasan rating hasil kerja (keputusan keberatan)" : "Alasan rating hasil kerja", f.resultsReason());
    note(notes, "Alasan kalibrasi oleh kepala unit", f.calibrationReason());
    return notes;
  }

  private static void note(List<Map<String, Object>> notes, String label, String text) {
    if (text != null && !text.isBlank()) {
      notes.add(new LinkedHashMap<>(Map.of("judul", label, "isi", text)));
    }
  }

  /** Who rated, who decided the appeal and who answered the result, from the audit trail; when the result became final. */
  private List<Map<String, Object>> trail(long appraisalId, String nip, AppraisalOutcome.FinalRating f, Optional<Appeal> appeal,
      Timestamp finalAt) {
    List<Map<String, Object>> trail = new ArrayList<>();
    trail.add(step("Dinilai oleh pejabat penilai kinerja",
        reader.completedBy(appraisalId, AppraisalProcess.FINAL_RATING_TASK, f.raterNip())));
    Map<String, Object> answered = reader.completedBy(appraisalId, AppraisalProcess.RESULT_REVIEW_TASK, nip);
    trail.add(step(appeal.isPresent() ? "Keberatan diajukan oleh pegawai" : "Hasil penilaian diterima pegawai", answered));
    appeal.filter(a -> a.decidedBy() != null).ifPresent(a -> trail.add(step("Keberatan diputus oleh atasan pejabat penilai kinerja",
        reader.completedBy(appraisalId, AppraisalProcess.APPEAL_DECISION_TASK, a.decidedBy()))));
    Map<String, Object> closed = new LinkedHashMap<>();
    closed.put("nama", "Sistem (hasil ditetapkan final)");
    closed.put("nip", "-");
    closed.put("waktu", Print.dateTime(finalAt));
    trail.add(step("Hasil penilaian final", closed));
    return trail;
  }

  private static Map<String, Object> step(String action, Map<String, Object> who) {
    Map<String, Object> step = new LinkedHashMap<>();
    step.put("tindakan", action);
    step.put("nama", who.get("nama"));
    step.put("nip", who.get("nip"));
    step.put("waktu", "".equals(who.get("waktu")) ? "tidak tercatat (batas waktu terlewati)" : who.get("waktu"));
    return step;
  }
}

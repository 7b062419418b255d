package id.kinerja.document;

import id.kinerja.appraisal.AppraisalProcess;
import id.kinerja.appraisal.EvaluationFrequency;
import id.kinerja.assessment.BehaviourValue;
import id.kinerja.monitoring.EvaluationCalendar;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Evaluasi Kinerja Pegawai: one per evaluation period once the rater has reviewed it (its
 * predicate decided), and one for the year once the rater's annual rating is in. Per RHK the
 * three aspects with IKI, target and realisation with its evidence, and the rater's feedback;
 * Perilaku Kerja; the ratings and predicate; the capaian kinerja organisasi with its curve.
 */
@Component
class EvaluationSource implements DocumentSource {

  private record Review(int quarter, String feedback, String resultsRating, String behaviourRating, String predicate,
      String reviewerNip, Timestamp reviewedAt) {}

  private record Behaviour(String valueCode, String expectation, String rating, String reason) {}

  private final JdbcClient jdbc;
  private final RecordReader reader;
  private final AppraisalOutcome outcome;
  private final EvaluationResults results;

  EvaluationSource(JdbcClient jdbc, RecordReader reader, AppraisalOutcome outcome, EvaluationResults results) {
    this.jdbc = jdbc;
    this.results = results;
    this.reader = reader;
    this.outcome = outcome;
  }

  @Override
  public DocumentKind kind() {
    return DocumentKind.EVALUASI_KINERJA;
  }

  @Override
  public List<DocumentRef> available(long appraisalId, int year) {
    List<DocumentRef> refs = new ArrayList<>(jdbc.sql("select quarter from kinerja.quarterly_review where appraisal_id = ?"
            + " and predicate is not null order by quarter")
        .param(appraisalId).query(Integer.class).list().stream().map(n -> DocumentRef.evaluation(appraisalId, year, n)).toList());
    if (outcome.finalRating(appraisalId).isPresent()) {
      refs.add(DocumentRef.evaluation(appraisalId, year, DocumentRef.YEAR));
    }
    return refs;
  }

  @Override
  public Optional<DocumentContent> content(DocumentRef ref) {
    Optional<RecordReader.Appraisal> appraisal = reader.appraisal(ref.appraisalId());
    if (appraisal.isEmpty()) {
      return Optional.empty();
    }
    Map<String, Object> values = ref.period() == DocumentRef.YEAR ? annual(ref, appraisal.get()).orElse(null)
        : periodic(ref, appraisal.get()).orElse(null);
    if (values == null) {
      return Optional.empty();
    }
    String nip = appraisal.get().nip();
    values.put("instansi", reader.instance(nip));
    values.put("tahun", ref.year());
    values.put("pegawai", reader.person(nip));
    values.put("capaianOrganisasi", outcome.organisation(nip, ref.year()));
    return Optional.of(new DocumentContent((String) ((Map<?, ?>) values.get("pegawai")).get("nama"), nip, values));
  }

  private Optional<Map<String, Object>> periodic(DocumentRef ref, RecordReader.Appraisal appraisal) {
    Optional<Review> review = jdbc.sql("select quarter, feedback, results_rating, behaviour_rating, predicate, reviewer_nip,"
            + " reviewed_at from kinerja.quarterly_review where appraisal_id = ? and quarter = ? and predicate is not null")
        .params(ref.appraisalId(), ref.period()).query(Review.class).optional();
    if (review.isEmpty()) {
      return Optional.empty();
    }
    Review r = review.get();
    EvaluationFrequency frequency = results.frequency(ref.year());
    String label = EvaluationResults.periodLabel(r.quarter(), frequency);
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("jenis", "PERIODIK");
    if (r.quarter() <= frequency.periods()) {
      EvaluationCalendar.EvaluationPeriod period = EvaluationCalendar.period(ref.year(), frequency, r.quarter());
      values.put("periode", label + " (" + Print.date(period.first()) + " s.d. " + Print.date(period.last()) + ")");
    } else {
      // The year's setting changed after this period was evaluated: its months are no longer known here.
      values.put("periode", label + " tahun " + ref.year());
    }
    values.put("jenisEvaluasi", "Evaluasi periodik " + label + " tahun " + ref.year() + ", frekuensi "
        + frequencyLabel(frequency));
    values.put("penilai", reader.person(r.reviewerNip()));
    values.putAll(results.ofPeriod(ref.appraisalId(), r.quarter()));
    values.put("judulRealisasi", "Realisasi " + label);
    values.put("perilakuKerja", behaviour(ref.appraisalId(), false));
    values.put("umpanBalikPerilaku", r.feedback() == null ? "Tidak ada umpan balik tertulis atas perilaku kerja pada periode ini;"
        + " umpan balik diberikan per RHK di atas." : r.feedback());
    values.put("ratingHasilKerja", AppraisalOutcome.rating(r.resultsRating()));
    values.put("ratingPerilakuKerja", AppraisalOutcome.rating(r.behaviourRating()));
    values.put("predikat", AppraisalOutcome.predicate(r.predicate()));
    values.put("catatanHasil", List.of());
    values.put("tempatTanggal", reader.placeAndDate(r.reviewedAt()));
    // The audit trail records each completion of the periodic review task, but not which period it
    // was (the periods run as a parallel multi-instance and the form does not send its number), so
    // who reviewed and when come from the period's own review row, which the same completion wrote.
    values.put("dinilai", reader.signed(r.reviewerNip(), r.reviewedAt()));
    values.put("sumberJejak", "menurut catatan evaluasi periode");
    return Optional.of(values);
  }

  private Optional<Map<String, Object>> annual(DocumentRef ref, RecordReader.Appraisal appraisal) {
    Optional<AppraisalOutcome.FinalRating> rating = outcome.finalRating(ref.appraisalId());
    if (rating.isEmpty()) {
      return Optional.empty();
    }
    AppraisalOutcome.FinalRating f = rating.get();
    EvaluationFrequency frequency = results.frequency(ref.year());
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("jenis", "TAHUNAN");
    values.put("periode", RecordReader.periodOfYear(ref.year()));
    values.put("jenisEvaluasi", "Evaluasi tahunan " + ref.year() + " (evaluasi periodik " + frequencyLabel(frequency) + ")");
    values.put("penilai", reader.person(f.raterNip()));
    values.putAll(results.ofYear(ref.appraisalId(), frequency));
    values.put("perilakuKerja", behaviour(ref.appraisalId(), true));
    values.put("umpanBalikPerilaku", "");
    values.put("ratingHasilKerja", AppraisalOutcome.rating(f.resultsRating()));
    values.put("ratingPerilakuKerja", AppraisalOutcome.rating(f.behaviourRating()));
    values.put("predikat", AppraisalOutcome.predicate(f.predicate()));
    List<String> notes = new ArrayList<>();
    boolean changedByAppeal = "UBAH".equals(f.appealDecision());
    // A changed result carries the decision's reason as its results reason: printed once, below.
    if (f.resultsReason() != null && !(changedByAppeal && f.resultsReason().equals(f.appealReason()))) {
      notes.add("Alasan rating hasil kerja: " + f.resultsReason());
    }
    if (f.calibrationReason() != null) {
      notes.add("Dikalibrasi oleh kepala unit; alasan kalibrasi: " + f.calibrationReason());
    }
    if (f.appealDecision() != null) {
      notes.add((changedByAppeal ? "Rating dan predikat diubah" : "Hasil penilaian ditetapkan")
          + " oleh keputusan Atasan Pejabat Penilai Kinerja atas keberatan pegawai: " + Print.text(f.appealReason()));
    }
    if (changedByAppeal) {
      notes.add("Rating per nilai Perilaku Kerja di atas adalah rating pejabat penilai sebelum keputusan keberatan.");
    }
    values.put("catatanHasil", notes);
    values.put("tempatTanggal", reader.placeAndDate(f.ratedAt()));
    values.put("dinilai", reader.completedBy(ref.appraisalId(), AppraisalProcess.FINAL_RATING_TASK, f.raterNip()));
    values.put("sumberJejak", "jejak audit");
    values.put("judulRealisasi", "Realisasi s.d. periode terakhir");
    return Optional.of(values);
  }

  /** The seven values with the leader's expectation, and for the year the rater's rating of each with its reason. */
  private List<Map<String, Object>> behaviour(long appraisalId, boolean annual) {
    Map<String, Behaviour> byValue = new LinkedHashMap<>();
    jdbc.sql("select e.value_code, e.expectation, b.rating, b.reason from kinerja.behaviour_expectation e"
            + " left join kinerja.behaviour_rating b on b.appraisal_id = e.appraisal_id and b.value_code = e.value_code"
            + " where e.appraisal_id = ?")
        .param(appraisalId).query(Behaviour.class).list().forEach(b -> byValue.put(b.valueCode(), b));
    List<Map<String, Object>> rows = new ArrayList<>();
    for (BehaviourValue value : BehaviourValue.values()) {
      Optional<Behaviour> b = Optional.ofNullable(byValue.get(value.name()));
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("nomor", rows.size() + 1);
      row.put("kode", value.name());
      row.put("nilai", value.label());
      row.put("ekspektasi", b.map(Behaviour::expectation).orElse("-"));
      row.put("rating", annual ? b.map(Behaviour::rating).map(AppraisalOutcome::rating).orElse("-") : "");
      row.put("umpanBalik", annual ? b.map(Behaviour::reason).orElse("-") : "");
      rows.add(row);
    }
    return rows;
  }

  private static String frequencyLabel(EvaluationFrequency frequency) {
    return switch (frequency) {
      case QUARTERLY -> "triwulanan";
      case SEMESTER -> "semesteran";
      case MONTHLY -> "bulanan";
    };
  }
}
